//! Reports of one real-world event by several articles become one event.

mod common;

use common::{article, country, event};
use dossier_store::{EventFilter, Outcome, Store};

const TALKS: &str = "Chile and Peru held talks on fishing rights.";

fn talks_report(id: &str, source: &str, published: &str, code: &str, dyad: (&str, &str), date: Option<&str>) -> dossier_core::contract::ExtractRecord {
    let mut record = article(id, source, Some(published), TALKS);
    record.entities = vec![country("CHL", "Chile"), country("PER", "Peru")];
    record.events = vec![event(code, dyad.0, Some(dyad.1), date, TALKS.len())];
    record
}

fn all(store: &Store) -> Vec<dossier_store::EventRow> {
    store.events(&EventFilter::default()).unwrap()
}

#[test]
fn reports_in_either_direction_of_a_symmetric_event_merge() {
    let mut store = Store::open_in_memory().unwrap();
    let first = talks_report("a1", "https://one.example.org/talks", "2023-09-14", "043", ("CHLGOV", "PER"), Some("2023-09-13"));
    let second = talks_report("a2", "https://www.two.example.net/x", "2023-09-15", "043", ("PER", "CHL"), Some("2023-09"));
    store.write_batch(&[second, first], &[]).unwrap();
    let events = all(&store);
    assert_eq!(events.len(), 1, "{events:#?}");
    let merged = &events[0];
    assert_eq!((merged.num_mentions, merged.num_sources), (2, 2));
    assert_eq!(merged.date.as_deref(), Some("2023-09-13"), "the more precise date wins");
    assert_eq!(merged.first_published.as_deref(), Some("2023-09-14"));
    assert_eq!(merged.first_source, "https://one.example.org/talks", "the earliest report is kept");
    let detail = store.show(merged.id).unwrap();
    assert_eq!(detail.mentions.len(), 2);
    assert_eq!(detail.mentions[0].sentence, TALKS);
    assert_eq!(detail.mentions[0].source, "https://one.example.org/talks");
}

#[test]
fn directed_events_do_not_merge_with_the_reverse_direction() {
    let mut store = Store::open_in_memory().unwrap();
    let a = talks_report("a1", "x/1.txt", "2023-09-14", "173", ("CHL", "PER"), Some("2023-09-13"));
    let b = talks_report("a2", "x/2.txt", "2023-09-14", "173", ("PER", "CHL"), Some("2023-09-13"));
    store.write_batch(&[a, b], &[]).unwrap();
    assert_eq!(all(&store).len(), 2);
}

#[test]
fn different_days_roots_or_dyads_stay_apart() {
    let mut store = Store::open_in_memory().unwrap();
    let records = [
        talks_report("a1", "x/1.txt", "2023-09-14", "043", ("CHL", "PER"), Some("2023-09-13")),
        talks_report("a2", "x/2.txt", "2023-09-14", "043", ("CHL", "PER"), Some("2023-09-12")),
        talks_report("a3", "x/3.txt", "2023-09-14", "190", ("CHL", "PER"), Some("2023-09-13")),
        talks_report("a4", "x/4.txt", "2023-09-14", "043", ("CHL", "BOL"), Some("2023-09-13")),
    ];
    store.write_batch(&records, &[]).unwrap();
    assert_eq!(all(&store).len(), 4);
}

#[test]
fn same_root_family_merges_and_roles_do_not_split_a_dyad() {
    let mut store = Store::open_in_memory().unwrap();
    let a = talks_report("a1", "x/1.txt", "2023-09-14", "040", ("CHL", "PER"), Some("2023-09-13"));
    let b = talks_report("a2", "x/2.txt", "2023-09-14", "042", ("CHLGOV", "PERGOV"), Some("2023-09-13"));
    store.write_batch(&[a, b], &[]).unwrap();
    let events = all(&store);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].num_sources, 2, "two files are two sources");
}

#[test]
fn undated_reports_merge_only_when_published_days_apart() {
    let mut store = Store::open_in_memory().unwrap();
    let records = [
        talks_report("a1", "x/1.txt", "2024-02-27", "043", ("CHL", "PER"), None),
        talks_report("a2", "x/2.txt", "2024-03-01", "043", ("CHL", "PER"), None),
        talks_report("a3", "x/3.txt", "2024-04-20", "043", ("CHL", "PER"), None),
    ];
    store.write_batch(&records, &[]).unwrap();
    let mut counts: Vec<u32> = all(&store).iter().map(|e| e.num_mentions).collect();
    counts.sort();
    assert_eq!(counts, [1, 2]);
}

#[test]
fn two_events_of_one_article_are_never_merged_together() {
    let mut store = Store::open_in_memory().unwrap();
    let mut record = talks_report("a1", "x/1.txt", "2024-03-01", "043", ("CHL", "PER"), None);
    record.events.push(event("046", "PER", Some("CHL"), None, 10));
    store.write_batch(&[record], &[]).unwrap();
    assert_eq!(all(&store).len(), 2);
}

#[test]
fn one_outlet_reporting_twice_is_one_source() {
    let mut store = Store::open_in_memory().unwrap();
    let a = talks_report("a1", "https://wire.example.com/1", "2023-09-14", "043", ("CHL", "PER"), Some("2023-09-13"));
    let b = talks_report("a2", "https://wire.example.com/2", "2023-09-15", "043", ("CHL", "PER"), Some("2023-09-13"));
    store.write_batch(&[a, b], &[]).unwrap();
    let events = all(&store);
    assert_eq!((events[0].num_mentions, events[0].num_sources), (2, 1));
}

#[test]
fn refining_a_year_to_a_day_moves_the_event_to_its_month() {
    let mut store = Store::open_in_memory().unwrap();
    let a = talks_report("a1", "x/1.txt", "2023-12-01", "190", ("CHL", "PER"), Some("2023"));
    store.write_batch(&[a], &[]).unwrap();
    let months = |s: &Store| s.relations(&Default::default()).unwrap().into_iter().map(|r| (r.month, r.events)).collect::<Vec<_>>();
    assert_eq!(months(&store), [("2023-01".to_string(), 1)]);
    let b = talks_report("a2", "x/2.txt", "2023-12-02", "193", ("CHL", "PER"), Some("2023-11-30"));
    let outcomes = store.write_batch(&[b], &[]).unwrap();
    assert!(matches!(outcomes[0], Outcome::Stored { events: 1, .. }));
    assert_eq!(months(&store), [("2023-11".to_string(), 1)]);
}

#[test]
fn merged_stores_pass_the_consistency_check() {
    let mut store = Store::open_in_memory().unwrap();
    let records = [
        talks_report("a1", "x/1.txt", "2023-12-01", "190", ("CHL", "PER"), Some("2023")),
        talks_report("a2", "x/2.txt", "2023-12-02", "193", ("CHL", "PER"), Some("2023-11-30")),
        talks_report("a3", "x/3.txt", "2023-12-02", "043", ("PER", "CHL"), None),
    ];
    store.write_batch(&records, &[]).unwrap();
    assert_eq!(store.check().unwrap(), Ok(()));
}
