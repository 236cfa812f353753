//! The `dossier` command line: a thin shell around the `dossier` library.
//!
//! Exit status: 0 when the command did its work; 1 when it could not (no
//! input could be read, the database could not be opened, ...); 2 when the
//! command line itself is wrong (clap's usage errors). A reader of the
//! output that goes away (`dossier extract news/ | head`) ends the command
//! quietly with 0: the output was taken as far as it was wanted.

mod cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// mimalloc rather than the system allocator: extraction makes many small,
/// short-lived vectors per document, and the full pipeline ran 10-20%
/// faster with it (pipeline_bench, one thread).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// dossier reads news (text, HTML, WARC, RSS/Atom, JSON Lines) and codes who
/// did what to whom, when, and who said what, with every fact linked to the
/// sentence it came from.
#[derive(Parser)]
#[command(name = "dossier", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Extract(cmd::extract::Args),
    Ingest(cmd::ingest::Args),
    Events(cmd::events::EventsArgs),
    Timeline(cmd::events::TimelineArgs),
    Actors(cmd::actors::Args),
    Quotes(cmd::quotes::Args),
    Relations(cmd::relations::Args),
    Show(cmd::show::Args),
    Search(cmd::search::Args),
    Export(cmd::export::Args),
    Dict(cmd::dict::Args),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_env("DOSSIER_LOG"))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Ingest(args) => cmd::ingest::run(args),
        Command::Events(args) => cmd::events::run_events(args),
        Command::Timeline(args) => cmd::events::run_timeline(args),
        Command::Actors(args) => cmd::actors::run(args),
        Command::Quotes(args) => cmd::quotes::run(args),
        Command::Relations(args) => cmd::relations::run(args),
        Command::Show(args) => cmd::show::run(args),
        Command::Search(args) => cmd::search::run(args),
        Command::Export(args) => cmd::export::run(args),
        Command::Dict(args) => cmd::dict::run(args),
    };
    match outcome {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("dossier: error: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// Whether `err` comes from writing to a pipe whose reader has closed it.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || cause.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind) == Some(std::io::ErrorKind::BrokenPipe)
    })
}
