//! Prints the text the reader alone extracts from each file given (no
//! cleaning stage), one document after another: for measuring the HTML
//! main-text extraction against other extractors.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut failed = false;
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("{path}: {error}");
                failed = true;
                continue;
            }
        };
        for result in dossier_read::read_bytes(&path, &bytes) {
            match result {
                Ok(input) => println!("{}", input.text),
                Err(failure) => {
                    eprintln!("{}: {}", failure.source, failure.error);
                    failed = true;
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
