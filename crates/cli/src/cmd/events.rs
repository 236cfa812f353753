//! `dossier events` and `dossier timeline`: merged events.

use std::process::ExitCode;

use dossier_store::EventRow;
use serde::Serialize;

use super::db::DbArgs;
use super::filters::EventFilterArgs;
use super::output::{self, human_date, Format, Tabular};

/// List merged events, newest first: each real-world event once, however
/// many articles reported it, with how many distinct sources did.
///
/// Examples:
///   dossier events --actor PRK --since 2023-09
///   dossier events --code 19 --min-sources 2 --format csv
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct EventsArgs {
    #[command(flatten)]
    filters: EventFilterArgs,
    /// At most this many events (0: all).
    #[arg(long, default_value_t = 50)]
    limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    db: DbArgs,
}

/// Show the events of an actor or a dyad in chronological order, with how
/// many sources reported each, the earliest report and its modality.
///
/// Examples:
///   dossier timeline --actor PRK --with RUS
///   dossier timeline --actor USA --since 2024-01 --format json
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct TimelineArgs {
    #[command(flatten)]
    filters: EventFilterArgs,
    /// At most this many events (0: all).
    #[arg(long, default_value_t = 0)]
    limit: usize,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    db: DbArgs,
}

pub fn run_events(args: EventsArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let rows = store.events(&args.filters.filter(output::limit(args.limit)))?;
    output::print(&rows, args.format)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_timeline(args: TimelineArgs) -> anyhow::Result<ExitCode> {
    let store = args.db.open_existing()?;
    let rows = store.timeline(&args.filters.filter(output::limit(args.limit)))?;
    let rows: Vec<TimelineRow> = rows.into_iter().map(TimelineRow).collect();
    output::print(&rows, args.format)?;
    Ok(ExitCode::SUCCESS)
}

/// `Russia [RUSGOV]`, or `-` when there is no such actor.
pub fn actor(code: &str, name: Option<&str>) -> String {
    match (code, name) {
        ("", _) => "-".to_string(),
        (code, Some(name)) => format!("{name} [{code}]"),
        (code, None) => code.to_string(),
    }
}

/// The event's date as reported, or `~` and the day of its first report.
pub fn when(event: &EventRow) -> String {
    match &event.date {
        Some(date) => human_date(date),
        None if event.day.is_empty() => "?".to_string(),
        None => format!("~{}", human_date(&event.day)),
    }
}

/// The quad class in words.
pub fn quad_name(quad: u8) -> &'static str {
    match quad {
        1 => "verbal coop",
        2 => "material coop",
        3 => "verbal conflict",
        4 => "material conflict",
        _ => "",
    }
}

impl Tabular for EventRow {
    const HEADERS: &'static [&'static str] =
        &["ID", "DATE", "SOURCE", "EVENT", "TARGET", "SOURCES", "MODALITY", "FIRST REPORT", "SENTENCE"];
    const WIDTHS: &'static [usize] = &[0, 0, 24, 0, 24, 0, 0, 32, 60];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            when(self),
            actor(&self.source_code, self.source_name.as_deref()),
            self.code.clone(),
            actor(&self.target_code, self.target_name.as_deref()),
            self.num_sources.to_string(),
            self.modality.clone(),
            self.first_source.clone(),
            self.sentence.clone(),
        ]
    }
}

/// An event as a timeline line.
#[derive(Serialize)]
#[serde(transparent)]
struct TimelineRow(EventRow);

impl Tabular for TimelineRow {
    const HEADERS: &'static [&'static str] =
        &["DATE", "WHO", "EVENT", "TO WHOM", "QUAD", "SOURCES", "MODALITY", "FIRST REPORT", "SENTENCE", "ID"];
    const WIDTHS: &'static [usize] = &[0, 24, 0, 24, 0, 0, 0, 32, 60, 0];

    fn cells(&self) -> Vec<String> {
        let e = &self.0;
        vec![
            when(e),
            actor(&e.source_code, e.source_name.as_deref()),
            e.code.clone(),
            actor(&e.target_code, e.target_name.as_deref()),
            quad_name(e.quad).to_string(),
            format!("{} ({} reports)", e.num_sources, e.num_mentions),
            e.modality.clone(),
            e.first_source.clone(),
            e.sentence.clone(),
            e.id.to_string(),
        ]
    }
}
