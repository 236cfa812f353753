//! `dossier dict check`: validate extra dictionaries before using them with
//! `--dict`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Work with extra dictionaries (the TSV formats of data/README.md).
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand)]
enum Command {
    Check(CheckArgs),
}

/// Check gazetteer files (countries, people, organizations, locations, the
/// name-shape lexicon of titles and head nouns) and CAMEO verb-pattern
/// files, and print every problem with its line number. The header row
/// tells which kind of file it is.
///
/// Exit status: 0 when every file is clean, 1 when any has a problem.
///
/// Example:
///   dossier dict check my-people.tsv
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
struct CheckArgs {
    /// Dictionary files to check.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let Command::Check(check) = args.command;
    let mut clean = true;
    for file in &check.files {
        let (summary, problems) = check_file(file);
        match &summary {
            Some(summary) if problems.is_empty() => println!("{}: ok ({summary})", file.display()),
            _ => clean = false,
        }
        for problem in problems {
            println!("{}:{problem}", file.display());
        }
    }
    Ok(if clean { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// What the file holds, if it could be told, and its problems, each as
/// `LINE: message` (or ` message` when no line applies).
fn check_file(path: &Path) -> (Option<String>, Vec<String>) {
    let checked = match dossier_actors::check_dict(path) {
        Ok(checked) => checked,
        Err(err) => return (None, vec![format!(" {err}")]),
    };
    if let Some(kind) = checked.kind {
        let problems = checked.issues.iter().map(|i| format!("{}: {}", i.line, i.message)).collect();
        let summary = match kind {
            dossier_actors::DictKind::Lexicon => format!("name-shape lexicon, {} words", checked.records),
            _ => format!("{} gazetteer, {} records", kind.as_str(), checked.records),
        };
        return (Some(summary), problems);
    }
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => return (None, vec![format!(" could not read it: {err}")]),
    };
    let name = path.display().to_string();
    match dossier_events::patterns::Patterns::parse(&name, &text) {
        Ok(patterns) => (Some(format!("CAMEO verb patterns, {} patterns", patterns.list.len())), Vec::new()),
        Err(dossier_events::Error::Header { .. }) => (
            None,
            vec![" not a gazetteer or CAMEO pattern file: its header row names none of the formats in data/README.md"
                .into()],
        ),
        Err(err) => (None, vec![format!(" {}", err.to_string().trim_start_matches(&format!("{name}: ")))]),
    }
}
