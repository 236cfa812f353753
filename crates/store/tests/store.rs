//! Idempotent writes, failures, every query and the exports on a small
//! corpus built here.

mod common;

use common::{article, country, event, quote};
use dossier_core::contract::ExtractRecord;
use dossier_store::{
    gdelt_row, ActorFilter, EventFilter, Outcome, QuoteFilter, RelationFilter, Store, GDELT_COLUMNS, SCHEMA_VERSION,
};

const AID: &str = "Norway pledged aid to Kenya after the floods.";
const STRIKE: &str = "Sweden accused Norway of spying on its fleet.\n\nThe ministry said more was to come.";

/// Three articles: an aid pledge reported twice, an accusation, a quote.
fn corpus() -> Vec<ExtractRecord> {
    let mut aid1 = article("aid1", "https://daily.example.org/aid", Some("2022-05-03"), AID);
    aid1.entities = vec![country("NOR", "Norway"), country("KEN", "Kenya")];
    aid1.events = vec![event("051", "NORGOV", Some("KEN"), Some("2022-05-02"), AID.len())];
    aid1.quotes = vec![quote("Ingrid Example", "We will stand by Kenya.")];
    let mut aid2 = article("aid2", "https://weekly.example.net/kenya", Some("2022-05-04"), AID);
    aid2.entities = vec![country("NOR", "Norway"), country("KEN", "Kenya")];
    aid2.events = vec![event("051", "NOR", Some("KEN"), Some("2022-05"), AID.len())];
    let mut accuse = article("acc1", "notes/accusation.txt", Some("2022-06-10"), STRIKE);
    accuse.entities = vec![country("SWE", "Sweden"), country("NOR", "Norway")];
    accuse.events = vec![event("112", "SWE", Some("NORMIL"), None, 45)];
    accuse.quotes = vec![quote("Lars Placeholder", "More is to come.")];
    vec![aid1, aid2, accuse]
}

fn stored() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    store.write_batch(&corpus(), &[]).unwrap();
    store
}

#[test]
fn writing_the_same_records_again_changes_nothing() {
    let mut store = stored();
    let before = store.totals().unwrap();
    let outcomes = store.write_batch(&corpus(), &[]).unwrap();
    assert!(outcomes.iter().all(|o| *o == Outcome::Skipped), "{outcomes:?}");
    assert_eq!(store.totals().unwrap(), before);
    assert_eq!((before.articles, before.events, before.mentions, before.quotes), (3, 2, 3, 2));
}

#[test]
fn the_same_url_with_other_content_is_not_stored_twice() {
    let mut store = stored();
    let again = article("other-bytes", "https://daily.example.org/aid", Some("2022-05-03"), "Updated text.");
    assert_eq!(store.write_batch(&[again], &[]).unwrap(), [Outcome::Skipped]);
}

#[test]
fn failed_documents_are_recorded_and_the_batch_goes_on() {
    let mut store = Store::open_in_memory().unwrap();
    let mut bad = article("bad", "broken.html", None, "");
    bad.error = Some("no text in the document".to_string());
    let good = article("good", "fine.txt", None, "Fine.");
    let outcomes = store.write_batch(&[bad, good], &[]).unwrap();
    assert_eq!(outcomes[0], Outcome::Failed("no text in the document".to_string()));
    assert!(matches!(outcomes[1], Outcome::Stored { .. }));
    let totals = store.totals().unwrap();
    assert_eq!((totals.articles, totals.failures), (1, 1));
}

#[test]
fn events_filter_by_actor_prefix_partner_code_and_sources() {
    let store = stored();
    let by = |filter: EventFilter| store.events(&filter).unwrap().into_iter().map(|e| e.code).collect::<Vec<_>>();
    assert_eq!(by(EventFilter { actor: Some("nor".into()), ..Default::default() }), ["112", "051"]);
    assert_eq!(by(EventFilter { actor: Some("NORMIL".into()), ..Default::default() }), ["112"]);
    assert_eq!(by(EventFilter { actor: Some("KEN".into()), with: Some("NOR".into()), ..Default::default() }), ["051"]);
    assert_eq!(by(EventFilter { min_sources: Some(2), ..Default::default() }), ["051"]);
    assert_eq!(by(EventFilter { code: Some("11".into()), ..Default::default() }), ["112"]);
    assert_eq!(by(EventFilter { since: Some("2022-06".into()), ..Default::default() }), ["112"]);
    assert_eq!(by(EventFilter { until: Some("2022-05".into()), ..Default::default() }), ["051"]);
    assert_eq!(by(EventFilter { limit: Some(1), ..Default::default() }).len(), 1);
}

#[test]
fn timeline_is_chronological_with_names_and_sources() {
    let store = stored();
    let timeline = store.timeline(&EventFilter { actor: Some("NOR".into()), ..Default::default() }).unwrap();
    let days: Vec<&str> = timeline.iter().map(|e| e.day.as_str()).collect();
    assert_eq!(days, ["2022-05-02", "2022-06-10"], "the undated event sorts by its publication day");
    assert_eq!(timeline[0].source_name.as_deref(), Some("Norway"));
    assert_eq!(timeline[0].num_sources, 2);
    assert_eq!(timeline[0].sentence, AID);
}

#[test]
fn actors_count_articles_and_match_by_prefix() {
    let store = stored();
    let actors = store.actors(&ActorFilter::default()).unwrap();
    assert_eq!((actors[0].name.as_str(), actors[0].articles), ("Norway", 3));
    let kenya = store.actors(&ActorFilter { actor: Some("KE".into()), limit: None }).unwrap();
    assert_eq!(kenya.len(), 1);
    assert_eq!(kenya[0].code.as_deref(), Some("KEN"));
}

#[test]
fn quotes_match_part_of_the_speaker_name_in_any_case() {
    let store = stored();
    let quotes = store.quotes(&QuoteFilter { speaker: Some("ingrid".into()), ..Default::default() }).unwrap();
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].text, "We will stand by Kenya.");
    assert_eq!(quotes[0].source, "https://daily.example.org/aid");
    assert!(store.quotes(&QuoteFilter { speaker: Some("%".into()), ..Default::default() }).unwrap().is_empty());
}

#[test]
fn a_record_with_many_entities_and_quotes_stores_each_once_in_order() {
    let mut record = article("many", "https://many.example.org/a", Some("2024-01-02"), AID);
    // 37 entities, one of them listed twice; 41 quotes: whole groups of rows and some over.
    record.entities = (0..36).map(|i| country(&format!("Q{i:02}"), &format!("Country {i}"))).collect();
    record.entities.insert(20, country("Q07", "Country 7 again"));
    record.quotes = (0..41).map(|i| quote(&format!("Speaker {i}"), &format!("Quote number {i}."))).collect();
    let mut store = Store::open_in_memory().unwrap();
    assert!(matches!(store.write_batch(&[record], &[]).unwrap()[0], Outcome::Stored { quotes: 41, .. }));
    let actors = store.actors(&ActorFilter::default()).unwrap();
    assert_eq!(actors.len(), 36);
    let seventh = actors.iter().find(|a| a.entity == "country:Q07").unwrap();
    assert_eq!((seventh.name.as_str(), seventh.articles), ("Country 7", 1), "the first listing of an entity is kept");
    let quotes = store.quotes(&QuoteFilter::default()).unwrap();
    let texts: Vec<String> = quotes.iter().map(|q| q.text.clone()).collect();
    assert_eq!(texts, (0..41).map(|i| format!("Quote number {i}.")).collect::<Vec<_>>());
}

#[test]
fn relations_sum_events_per_dyad_and_month() {
    let store = stored();
    let rows = store.relations(&RelationFilter { actor: Some("NOR".into()), ..Default::default() }).unwrap();
    let summary: Vec<_> = rows
        .iter()
        .map(|r| (r.source_code.as_str(), r.target_code.as_str(), r.month.as_str(), r.events, r.verbal_conflict, r.goldstein))
        .collect();
    assert_eq!(summary, [("NORGOV", "KEN", "2022-05", 1, 0, 3.5), ("SWE", "NORMIL", "2022-06", 1, 1, -6.0)]);
    let dyad = RelationFilter { actor: Some("NORMIL".into()), with: Some("SWE".into()), ..Default::default() };
    assert_eq!(store.relations(&dyad).unwrap().len(), 1);
}

#[test]
fn show_lists_every_mention_and_refuses_unknown_ids() {
    let store = stored();
    let id = store.events(&EventFilter { code: Some("051".into()), ..Default::default() }).unwrap()[0].id;
    let detail = store.show(id).unwrap();
    let sources: Vec<&str> = detail.mentions.iter().map(|m| m.source.as_str()).collect();
    assert_eq!(sources, ["https://daily.example.org/aid", "https://weekly.example.net/kenya"]);
    assert_eq!(detail.mentions[1].date.as_deref(), Some("2022-05"));
    let err = store.show(9999).unwrap_err().to_string();
    assert!(err.contains("dossier events"), "{err}");
}

#[test]
fn search_ranks_articles_and_marks_matches() {
    let store = stored();
    let hits = store.search("spying fleet", Some(10)).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].source, "notes/accusation.txt");
    assert!(hits[0].snippet.contains("[spying]"), "{}", hits[0].snippet);
    assert!(store.search("NOT \"(", None).unwrap().is_empty(), "odd input is searched, not parsed");
}

#[test]
fn gdelt_export_has_gdelts_61_columns() {
    let store = stored();
    let mut lines = Vec::new();
    store
        .export(&EventFilter::default(), false, |e| {
            lines.push(gdelt_row(&e));
            Ok(())
        })
        .unwrap();
    assert_eq!(lines.len(), 2);
    let fields: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(fields.len(), GDELT_COLUMNS.len());
    let at = |name: &str| fields[GDELT_COLUMNS.iter().position(|c| *c == name).unwrap()];
    assert_eq!((at("Day"), at("Actor1Code"), at("Actor1CountryCode"), at("Actor1Type1Code")), ("20220502", "NORGOV", "NOR", "GOV"));
    assert_eq!((at("EventCode"), at("EventRootCode"), at("QuadClass")), ("051", "05", "1"));
    assert_eq!((at("NumMentions"), at("NumSources"), at("IsRootEvent")), ("2", "2", "1"));
    assert_eq!(at("SOURCEURL"), "https://daily.example.org/aid");
    assert_eq!(at("AvgTone"), "");
    assert_eq!(at("DATEADDED").len(), 14);
}

#[test]
fn a_file_database_is_created_with_its_directory_and_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join("dossier.db");
    let mut store = Store::open(&path).unwrap();
    store.write_batch(&corpus(), &[]).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.totals().unwrap().events, 2);
    assert_eq!(store.check().unwrap(), Ok(()));
}

#[test]
fn processes_opening_a_new_database_at_once_all_open_it() {
    for round in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dossier.db");
        let openers: Vec<_> = (0..4).map(|_| {
            let path = path.clone();
            std::thread::spawn(move || Store::open(&path).map(|store| store.schema_version().unwrap()))
        }).collect();
        for opener in openers {
            let version = opener.join().unwrap();
            assert!(matches!(version, Ok(SCHEMA_VERSION)), "round {round}: {version:?}");
        }
    }
}

#[test]
fn a_database_from_a_newer_dossier_is_refused_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dossier.db");
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE schema_version SET version = ?1", [SCHEMA_VERSION + 1]).unwrap();
    drop(conn);
    let err = Store::open(&path).err().expect("a newer schema is refused").to_string();
    assert!(err.contains("upgrade dossier"), "{err}");
}

/// Thirty events of one actor, alternately as source and as target, with
/// partners and days that never merge, published out of order.
fn one_actor_corpus() -> Vec<ExtractRecord> {
    (0..30u32)
        .map(|i| {
            let partner = format!("Q{}{}", char::from(b'A' + (i / 26) as u8), char::from(b'A' + (i % 26) as u8));
            let day = format!("2021-{:02}-{:02}", 1 + (i * 7) % 12, 1 + (i * 11) % 28);
            let code = if i % 3 == 0 { "112" } else { "051" };
            let (source, target) = if i % 2 == 0 { ("NORGOV", partner.as_str()) } else { (partner.as_str(), "NOR") };
            let mut record = article(&format!("n{i}"), &format!("https://n.example/{i}"), Some("2021-12-31"), AID);
            record.events = vec![event(code, source, Some(target), Some(&day), AID.len())];
            record
        })
        .collect()
}

#[test]
fn a_limited_one_actor_listing_is_the_start_of_the_full_one() {
    let mut store = Store::open_in_memory().unwrap();
    store.write_batch(&one_actor_corpus(), &[]).unwrap();
    let ids = |rows: Vec<dossier_store::EventRow>| rows.into_iter().map(|e| e.id).collect::<Vec<_>>();
    for base in [
        EventFilter { actor: Some("NOR".into()), ..Default::default() },
        EventFilter { actor: Some("NOR".into()), code: Some("05".into()), since: Some("2021-03".into()), ..Default::default() },
    ] {
        let timeline = ids(store.timeline(&base).unwrap());
        let newest = ids(store.events(&base).unwrap());
        assert!(timeline.len() >= 10, "{timeline:?}");
        for limit in [1, 4, 7, 100] {
            let limited = EventFilter { limit: Some(limit), ..base.clone() };
            let n = limit.min(timeline.len());
            assert_eq!(ids(store.timeline(&limited).unwrap()), timeline[..n], "timeline limit {limit}");
            assert_eq!(ids(store.events(&limited).unwrap()), newest[..n], "events limit {limit}");
        }
    }
}

#[test]
fn a_record_the_database_refuses_fails_alone_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("refusing.db");
    let mut store = Store::open(&path).unwrap();
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON quotes WHEN NEW.text = 'Refuse me.'
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        )
        .unwrap();
    let [first, mut refused, last] = <[ExtractRecord; 3]>::try_from(corpus()).unwrap();
    refused.quotes.push(quote("Someone", "Refuse me."));
    let outcomes = store.write_batch(&[first, refused, last], &[]).unwrap();
    assert!(matches!(outcomes[0], Outcome::Stored { .. }), "{outcomes:?}");
    assert!(matches!(&outcomes[1], Outcome::Failed(why) if why.contains("refused by the test")), "{outcomes:?}");
    assert!(matches!(outcomes[2], Outcome::Stored { .. }), "{outcomes:?}");
    let totals = store.totals().unwrap();
    // The refused article, its event mention and its quotes are all undone.
    assert_eq!((totals.articles, totals.mentions, totals.quotes, totals.failures), (2, 2, 2, 1));
}
