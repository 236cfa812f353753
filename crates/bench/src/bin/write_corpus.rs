//! Writes the benchmarks' generated corpus to a folder, one plain-text file
//! per page, so that the CLI (`dossier extract`, `dossier ingest`) and other
//! tools can be run and compared on exactly what the benchmarks measure.
//!
//! ```text
//! cargo run --release -p dossier-bench --bin write_corpus -- --megabytes 2 [--seed N] DIR
//! ```
//!
//! The default seed is the one `pipeline_bench` uses. DIR is created if
//! needed; files already in it are overwritten, others are left alone.

use std::path::PathBuf;
use std::process::ExitCode;

use dossier_bench::{Corpus, BENCH_SEED};

const USAGE: &str = "usage: write_corpus [--megabytes N (default 2)] [--seed N (default 20240507)] DIR";

fn main() -> ExitCode {
    let Some((megabytes, seed, dir)) = options() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let corpus = Corpus::generate(megabytes, seed);
    for article in &corpus.articles {
        let name = article.source.rsplit('/').next().unwrap_or(&article.source);
        let path = dir.join(name);
        let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, &article.bytes));
        if let Err(err) = written {
            eprintln!("write_corpus: cannot write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!("{} pages, {:.1} MB, in {}", corpus.articles.len(), corpus.megabytes(), dir.display());
    ExitCode::SUCCESS
}

fn options() -> Option<(usize, u64, PathBuf)> {
    let (mut megabytes, mut seed, mut dir) = (2, BENCH_SEED, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--megabytes" => megabytes = args.next()?.parse().ok().filter(|&v| v > 0)?,
            "--seed" => seed = args.next()?.parse().ok()?,
            flag if flag.starts_with('-') => return None,
            path if dir.is_none() => dir = Some(PathBuf::from(path)),
            _ => return None,
        }
    }
    Some((megabytes, seed, dir?))
}
