//! The query and export verbs on a small database built here through the
//! store (so they are tested whatever the extraction stages find).

use std::path::Path;
use std::process::Command;

use dossier_core::contract::{ActorRecord, CharSpan, EntityRecord, EventRecord, ExtractRecord, QuoteRecord, SCHEMA};
use dossier_store::Store;

const TALKS: &str = "Ghana and Togo signed a border agreement in Accra.";
const SEIZURE: &str = "Togo seized a fishing boat flagged in Ghana, officials said.";

fn country(code: &str, name: &str) -> EntityRecord {
    EntityRecord {
        id: format!("country:{code}"),
        name: name.into(),
        kind: "country".into(),
        code: Some(code.into()),
        wikidata: None,
        mentions: Vec::new(),
    }
}

fn event(code: &str, quad: u8, goldstein: f32, dyad: (&str, &str), date: Option<&str>, sentence: &str) -> EventRecord {
    let actor = |c: &str| Some(ActorRecord { entity: format!("country:{}", &c[..3]), code: c.into() });
    EventRecord {
        code: code.into(),
        root: code[..2].into(),
        quad,
        goldstein,
        source: actor(dyad.0),
        target: actor(dyad.1),
        date: date.map(Into::into),
        date_text: None,
        quantity: None,
        location: None,
        modality: "asserted".into(),
        attributed_to: None,
        sentence: CharSpan { start: 0, end: sentence.chars().count() },
        confidence: 0.9,
    }
}

fn record(id: &str, source: &str, published: &str, text: &str, events: Vec<EventRecord>) -> ExtractRecord {
    ExtractRecord {
        schema: SCHEMA.into(),
        id: id.into(),
        source: source.into(),
        title: Some(format!("Headline {id}")),
        published: Some(published.into()),
        language: Some("en".into()),
        text: text.into(),
        entities: vec![country("GHA", "Ghana"), country("TGO", "Togo")],
        events,
        quotes: vec![QuoteRecord {
            speaker: None,
            speaker_name: "Ama Sample".into(),
            affiliation: Some("Ministry of Fisheries".into()),
            text: "The boat was in our waters.".into(),
            direct: true,
            span: CharSpan { start: 0, end: 10 },
        }],
        error: None,
    }
}

fn database(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("q.db");
    let mut store = Store::open(&db).unwrap();
    let records = [
        record("r1", "https://a.example.org/1", "2021-04-02", TALKS, vec![event("057", 1, 8.0, ("GHAGOV", "TGO"), Some("2021-04-01"), TALKS)]),
        record("r2", "https://b.example.net/2", "2021-04-03", TALKS, vec![event("057", 1, 8.0, ("TGO", "GHA"), Some("2021-04"), TALKS)]),
        record("r3", "https://a.example.org/3", "2021-07-10", SEIZURE, vec![event("171", 4, -9.2, ("TGO", "GHA"), None, SEIZURE)]),
    ];
    store.write_batch(&records, &[]).unwrap();
    db
}

fn run(args: &[&str], db: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).arg("--db").arg(db).output().unwrap();
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn json(args: &[&str], db: &Path) -> serde_json::Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    serde_json::from_str(&run(&args, db)).unwrap()
}

#[test]
fn timeline_of_a_dyad_is_chronological_and_merged() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let table = run(&["timeline", "--actor", "GHA", "--with", "TGO"], &db);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    assert!(lines[0].contains("DATE") && lines[0].contains("SOURCES"), "{table}");
    assert!(lines[1].contains("1 Apr 2021") && lines[1].contains("2 (2 reports)"), "{table}");
    assert!(lines[2].contains("~10 Jul 2021") && lines[2].contains("material conflict"), "{table}");
    let rows = json(&["timeline", "--actor", "TGO"], &db);
    assert_eq!(rows[0]["num_sources"], 2);
    assert_eq!(rows[0]["source_code"], "GHAGOV");
}

#[test]
fn events_filter_and_print_csv() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let csv = run(&["events", "--code", "17", "--format", "csv"], &db);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("ID,DATE,SOURCE,EVENT"));
    let row = lines.next().unwrap();
    assert!(row.contains(",171,") && row.contains(SEIZURE), "{csv}");
    assert_eq!(lines.next(), None);
    assert_eq!(json(&["events", "--min-sources", "2"], &db).as_array().unwrap().len(), 1);
}

#[test]
fn show_prints_every_report_of_an_event() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let id = json(&["events", "--code", "057"], &db)[0]["id"].as_i64().unwrap().to_string();
    let detail = json(&["show", &id], &db);
    assert_eq!(detail["mentions"].as_array().unwrap().len(), 2);
    let table = run(&["show", &id], &db);
    assert!(table.contains("https://a.example.org/1") && table.contains("https://b.example.net/2"), "{table}");
    let missing = Command::new(env!("CARGO_BIN_EXE_dossier")).args(["show", "999", "--db"]).arg(&db).output().unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("dossier events"));
}

#[test]
fn actors_quotes_relations_and_search() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let actors = json(&["actors"], &db);
    assert_eq!(actors[0]["articles"], 3);
    let quotes = run(&["quotes", "--speaker", "sample"], &db);
    assert_eq!(quotes.lines().count(), 4, "{quotes}");
    let relations = json(&["relations", "--actor", "TGO", "--with", "GHA"], &db);
    let months: Vec<_> = relations.as_array().unwrap().iter().map(|r| (r["month"].clone(), r["goldstein"].clone())).collect();
    assert_eq!(months, [("2021-04".into(), 8.0.into()), ("2021-07".into(), (-9.2f32 as f64).into())]);
    let hits = run(&["search", "fishing", "boat"], &db);
    assert!(hits.contains("https://a.example.org/3") && hits.contains("[fishing]"), "{hits}");
}

#[test]
fn gdelt_export_is_tab_separated_with_61_columns() {
    let dir = tempfile::tempdir().unwrap();
    let db = database(dir.path());
    let export = run(&["export", "--format", "gdelt"], &db);
    let rows: Vec<Vec<&str>> = export.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.len() == 61));
    assert_eq!((rows[0][1], rows[0][5], rows[0][26], rows[0][32]), ("20210401", "GHAGOV", "057", "2"));
    assert_eq!(rows[0][60], "https://a.example.org/1");
    let jsonl = run(&["export", "--format", "jsonl", "--actor", "GHA"], &db);
    let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first["mentions"].as_array().unwrap().len(), 2);
    assert_eq!(run(&["export", "--format", "csv"], &db).lines().count(), 3);
}

#[test]
fn querying_a_database_that_does_not_exist_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["events", "--db"])
        .arg(dir.path().join("none.db"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("dossier ingest"));
}
