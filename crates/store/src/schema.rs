//! The database schema and its migrations.
//!
//! `MIGRATIONS[i]` takes a database from version `i` to `i + 1`; the
//! `schema_version` table records how far a database has come, so a newer
//! dossier upgrades an older database in place and an older dossier refuses
//! a newer one instead of misreading it.

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use crate::{Error, Result};

const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7, V8];

/// The schema version this build writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Version 1: articles with full-text search, their entities and quotes,
/// merged events with one mention per reporting article, the per-dyad-month
/// aggregate, failed documents and finished input files.
const V1: &str = r#"
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT UNIQUE,
    outlet TEXT NOT NULL,
    title TEXT,
    published TEXT,
    language TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
CREATE TABLE entities (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    entity TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    code TEXT,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity)
) WITHOUT ROWID;
CREATE INDEX entities_by_entity ON entities(entity);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL,
    root TEXT NOT NULL,
    quad INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    source_code TEXT NOT NULL,
    source_name TEXT,
    target_code TEXT NOT NULL,
    target_name TEXT,
    key_a TEXT NOT NULL,
    key_b TEXT NOT NULL,
    symmetric INTEGER NOT NULL,
    date TEXT,
    day TEXT NOT NULL,
    first_published TEXT,
    first_article INTEGER NOT NULL REFERENCES articles(id),
    modality TEXT NOT NULL,
    location TEXT,
    num_mentions INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX events_merge ON events(root, key_a, key_b, date, first_published);
CREATE INDEX events_dyad ON events(source_code, target_code, day);
CREATE INDEX events_target ON events(target_code, day);
CREATE INDEX events_day ON events(day);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    article_id INTEGER NOT NULL REFERENCES articles(id),
    code TEXT NOT NULL,
    source_code TEXT,
    target_code TEXT,
    date TEXT,
    date_text TEXT,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    sentence TEXT NOT NULL,
    is_root INTEGER NOT NULL,
    modality TEXT NOT NULL,
    attributed_to TEXT,
    confidence REAL NOT NULL,
    quantity TEXT
);
CREATE INDEX mentions_by_event ON mentions(event_id, article_id);
CREATE INDEX mentions_by_article ON mentions(article_id);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    speaker TEXT,
    speaker_name TEXT NOT NULL,
    affiliation TEXT,
    text TEXT NOT NULL,
    direct INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
);
CREATE INDEX quotes_by_article ON quotes(article_id);
CREATE TABLE relations (
    source_code TEXT NOT NULL,
    target_code TEXT NOT NULL,
    month TEXT NOT NULL,
    events INTEGER NOT NULL,
    verbal_coop INTEGER NOT NULL,
    material_coop INTEGER NOT NULL,
    verbal_conflict INTEGER NOT NULL,
    material_conflict INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    PRIMARY KEY (source_code, target_code, month)
) WITHOUT ROWID;
CREATE INDEX relations_by_target ON relations(target_code, source_code, month);
CREATE TABLE failures (
    source TEXT NOT NULL,
    content_id TEXT NOT NULL,
    error TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (source, content_id)
) WITHOUT ROWID;
CREATE TABLE inputs (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    modified INTEGER NOT NULL,
    documents INTEGER NOT NULL
) WITHOUT ROWID;
"#;

/// Version 2: `--min-sources` lists well-corroborated events without
/// visiting every event.
const V2: &str = "CREATE INDEX events_by_sources ON events(num_sources, day);";

/// Version 3: the indexes no query reads are dropped, as each cost the
/// writer an insert per row: entities by entity (listing actors reads every
/// row anyway, and faster in table order), mentions and quotes by article.
const V3: &str = "DROP INDEX entities_by_entity; DROP INDEX mentions_by_article; DROP INDEX quotes_by_article;";

/// Version 4: the full-text index merges its segments 16 at a time rather
/// than 4 (FTS5's default), so that each word's entries are rewritten fewer
/// times as batches are added: the merging was 7% of the writer's
/// instructions. Searches read a few more segments and find the same.
const V4: &str = "INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 16);";

/// Version 5: the index of well-corroborated events holds only those
/// reported by two sources or more. Every new event has one source, so the
/// index of all of them cost the writer an insert per event (one of the six
/// b-trees each event goes into) for the sake of `--min-sources 2` and up,
/// which reads only the others.
const V5: &str = "DROP INDEX events_by_sources;
    CREATE INDEX events_by_sources ON events(num_sources, day) WHERE num_sources >= 2;";

/// Version 6: entities are appended to a plain table instead of a b-tree
/// keyed by (article, entity): each insert searched that key's place, for
/// about a fifth of the writer's instructions. The writer stores each
/// entity of an article once, as the key did; `actors`, the one query that
/// reads the table, reads all of it and orders its answer fully.
const V6: &str = "CREATE TABLE entities_appended (
        article_id INTEGER NOT NULL REFERENCES articles(id),
        entity TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        code TEXT,
        mentions INTEGER NOT NULL
    );
    INSERT INTO entities_appended SELECT article_id, entity, name, kind, code, mentions FROM entities;
    DROP TABLE entities;
    ALTER TABLE entities_appended RENAME TO entities;";

/// Version 7: a mention keeps its sentence as the character span into its
/// article's stored text, not as a copy of the text: the queries read the
/// sentence from the article (see `mention_sentence!`).
const V7: &str = "ALTER TABLE mentions DROP COLUMN sentence;";

/// Version 8: one index of events by actor keys serves both the merge
/// lookup and the listings by source, in place of the merge index and the
/// index by (source code, target code, day): an event went into one
/// b-tree fewer. It leads with the keys (a dyad's events are together) and
/// ends with the day (a source's events are ordered without reading them).
const V8: &str = "DROP INDEX events_merge; DROP INDEX events_dyad;
    CREATE INDEX events_keys ON events(key_a, key_b, root, date, first_published, day);";

/// Brings `conn` to [`VERSION`], one transaction per step so that an
/// interrupted upgrade leaves a database at a known version.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let found = current_version(conn)?;
    if found > VERSION {
        return Err(Error::TooNew { found, known: VERSION });
    }
    if found == VERSION {
        // Nothing to write: a reader must not wait for the write lock that
        // a running ingest holds.
        return Ok(());
    }
    conn.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")?;
    for (from, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process opening the database at the same time may have
        // taken this step while this one waited for the write lock.
        if current_version(&tx)? > from as i64 {
            continue;
        }
        tx.execute_batch(sql)?;
        tx.execute("DELETE FROM schema_version", [])?;
        tx.execute("INSERT INTO schema_version (version) VALUES (?1)", [from as i64 + 1])?;
        tx.commit()?;
    }
    Ok(())
}

/// The version recorded in `conn`, 0 for a new database.
pub(crate) fn current_version(conn: &Connection) -> Result<i64> {
    let tracked: bool =
        conn.query_row("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", [], |r| r.get(0))?;
    if !tracked {
        return Ok(0);
    }
    let version = conn
        .query_row("SELECT max(version) FROM schema_version", [], |row| row.get::<_, Option<i64>>(0))
        .optional()?
        .flatten();
    Ok(version.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use dossier_core::contract::{ActorRecord, CharSpan, EntityRecord, EventRecord, ExtractRecord, QuoteRecord, SCHEMA};

    use super::*;
    use crate::{ActorFilter, EventFilter, QuoteFilter, RelationFilter, Store};

    /// A database as dossier left it at schema version `version`.
    fn store_at(version: usize) -> Store {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE schema_version (version INTEGER NOT NULL)").unwrap();
        for sql in &MIGRATIONS[..version] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute("INSERT INTO schema_version VALUES (?1)", [version as i64]).unwrap();
        Store::with_connection(conn)
    }

    fn record(n: usize) -> ExtractRecord {
        let text = format!("Country A met country B on day {n}. \u{201c}We talked,\u{201d} said C.");
        let entity = |id: &str, code: &str| EntityRecord {
            id: id.to_string(),
            name: format!("Name of {id}"),
            kind: "country".to_string(),
            code: Some(code.to_string()),
            wikidata: None,
            mentions: Vec::new(),
        };
        let actor = |code: &str| Some(ActorRecord { entity: format!("e:{code}"), code: code.to_string() });
        let event = EventRecord {
            code: "043".to_string(),
            root: "04".to_string(),
            quad: 1,
            goldstein: 2.8,
            source: actor("AAA"),
            target: actor("BBB"),
            date: Some(format!("2024-03-{:02}", 1 + n % 3)),
            date_text: None,
            quantity: None,
            location: None,
            modality: "asserted".to_string(),
            attributed_to: None,
            sentence: CharSpan { start: 0, end: 30 },
            confidence: 0.8,
        };
        let quote = QuoteRecord {
            speaker: None,
            speaker_name: "C".to_string(),
            affiliation: None,
            text: "We talked,".to_string(),
            direct: true,
            span: CharSpan { start: 38, end: 48 },
        };
        ExtractRecord {
            schema: SCHEMA.to_string(),
            id: format!("doc-{n}"),
            source: format!("https://outlet{}.example/{n}", n % 2),
            title: Some(format!("Talks {n}")),
            published: Some("2024-03-04".to_string()),
            language: Some("en".to_string()),
            text,
            entities: vec![entity("e:AAA", "AAA"), entity("e:BBB", "BBB")],
            events: vec![event],
            quotes: vec![quote],
            error: None,
        }
    }

    /// Everything the queries show of `store`.
    fn shown(store: &Store) -> String {
        format!(
            "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
            store.events(&EventFilter::default()).unwrap(),
            store.timeline(&EventFilter { actor: Some("AAA".into()), with: Some("BBB".into()), ..Default::default() }).unwrap(),
            store.actors(&ActorFilter::default()).unwrap(),
            store.quotes(&QuoteFilter::default()).unwrap(),
            store.relations(&RelationFilter::default()).unwrap(),
            store.search("talked", None).unwrap(),
        )
    }

    /// A database at `version` holding the first `stored` of six records,
    /// and the six records.
    fn holding(version: usize, stored: usize) -> (Store, Vec<ExtractRecord>) {
        let records: Vec<ExtractRecord> = (0..6).map(record).collect();
        (store_holding(version, &records[..stored]), records)
    }

    /// A database at `version` holding `records` as that version's writer
    /// left them.
    fn store_holding(version: usize, records: &[ExtractRecord]) -> Store {
        if version < 7 {
            return holding_sentences(version, records);
        }
        let mut store = store_at(version);
        store.write_batch(records, &[]).unwrap();
        store
    }

    /// A new database at the version this build writes.
    fn current_store() -> Store {
        store_at(MIGRATIONS.len())
    }

    fn entity_rows(store: &Store) -> i64 {
        store.conn.query_row("SELECT count(*) FROM entities", [], |r| r.get(0)).unwrap()
    }

    fn index_count(store: &Store) -> i64 {
        store.conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn a_version_1_database_is_upgraded_in_place() {
        let mut store = store_at(1);
        migrate(&mut store.conn).unwrap();
        assert_eq!(current_version(&store.conn).unwrap(), VERSION);
        let indexed: i64 = store
            .conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'events_by_sources'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(indexed, 1);
    }

    #[test]
    fn a_version_2_database_keeps_its_data_and_answers_alike_without_the_unread_indexes() {
        let (mut store, records) = holding(2, 3);
        let before = shown(&store);
        let indexes_before = index_count(&store);
        migrate(&mut store.conn).unwrap();
        assert_eq!(store.schema_version().unwrap(), VERSION);
        // Three unread indexes dropped (version 3), two event indexes made one (version 8).
        assert_eq!(index_count(&store), indexes_before - 4);
        assert_eq!(shown(&store), before);
        // The upgraded database goes on merging with what it held.
        store.write_batch(&records, &[]).unwrap();
        let totals = store.totals().unwrap();
        assert_eq!((totals.articles, totals.events, totals.mentions, totals.quotes), (6, 3, 6, 6));
        assert_eq!(store.check().unwrap(), Ok(()));
    }

    fn automerge(store: &Store) -> Option<i64> {
        store.conn.query_row("SELECT v FROM articles_fts_config WHERE k = 'automerge'", [], |r| r.get(0)).optional().unwrap()
    }

    #[test]
    fn a_version_3_database_keeps_its_data_and_answers_alike_with_wider_search_merges() {
        let (mut store, records) = holding(3, 3);
        let before = shown(&store);
        assert_eq!(automerge(&store), None);
        migrate(&mut store.conn).unwrap();
        assert_eq!(store.schema_version().unwrap(), VERSION);
        assert_eq!(automerge(&store), Some(16));
        assert_eq!(shown(&store), before);
        store.write_batch(&records, &[]).unwrap();
        let totals = store.totals().unwrap();
        assert_eq!((totals.articles, totals.events, totals.mentions, totals.quotes), (6, 3, 6, 6));
        assert_eq!(store.check().unwrap(), Ok(()));
    }

    /// What `events --min-sources` shows of `store`, for minimums 0 to 3.
    fn corroborated(store: &Store) -> String {
        let listed = |n: u32, limit: Option<usize>| {
            let filter = EventFilter { min_sources: Some(n), limit, ..Default::default() };
            (store.events(&filter).unwrap(), store.timeline(&EventFilter { actor: Some("AAA".into()), ..filter }).unwrap())
        };
        format!("{:?}", (0..4).flat_map(|n| [listed(n, None), listed(n, Some(1))]).collect::<Vec<_>>())
    }

    #[test]
    fn a_version_4_database_lists_corroborated_events_alike_from_a_partial_index() {
        let (mut store, records) = holding(4, 4);
        let before = (shown(&store), corroborated(&store));
        assert!(before.1.contains("num_sources: 2"), "{}", before.1);
        migrate(&mut store.conn).unwrap();
        assert_eq!(store.schema_version().unwrap(), VERSION);
        let sql: String =
            store.conn.query_row("SELECT sql FROM sqlite_master WHERE name = 'events_by_sources'", [], |r| r.get(0)).unwrap();
        assert!(sql.ends_with("WHERE num_sources >= 2"), "{sql}");
        assert_eq!((shown(&store), corroborated(&store)), before);
        store.write_batch(&records, &[]).unwrap();
        assert_eq!(store.check().unwrap(), Ok(()));
        let mut fresh = current_store();
        fresh.write_batch(&records, &[]).unwrap();
        assert_eq!((shown(&fresh), corroborated(&fresh)), (shown(&store), corroborated(&store)));
    }

    #[test]
    fn a_version_5_database_lists_actors_alike_from_appended_entities() {
        let (mut store, records) = holding(5, 3);
        let before = shown(&store);
        migrate(&mut store.conn).unwrap();
        assert_eq!(store.schema_version().unwrap(), VERSION);
        let keyed: i64 = store
            .conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE name = 'entities' AND sql LIKE '%PRIMARY KEY%'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(keyed, 0);
        assert_eq!(shown(&store), before);
        // Stored again, the same articles add no entity rows.
        store.write_batch(&records, &[]).unwrap();
        store.write_batch(&records, &[]).unwrap();
        assert_eq!(store.check().unwrap(), Ok(()));
        let mut fresh = current_store();
        fresh.write_batch(&records, &[]).unwrap();
        assert_eq!(shown(&fresh), shown(&store));
        assert_eq!(entity_rows(&store), 12);
    }

    /// Every event as `show` and `export` give it, with every mention, but
    /// for when it was stored: stores written a second apart differ there.
    fn detailed(store: &Store) -> String {
        let mut exported = Vec::new();
        store
            .export(&EventFilter::default(), true, |mut e| {
                e.added_at.clear();
                exported.push(e);
                Ok(())
            })
            .unwrap();
        let shows: Vec<_> = exported.iter().map(|e| store.show(e.event.id).unwrap()).collect();
        format!("{exported:?}\n{shows:?}")
    }

    /// A record whose events' sentences are cut from a text of characters
    /// of several widths, one span past the text's end and one reversed.
    fn record_with_spans(n: usize) -> ExtractRecord {
        let mut record = record(n);
        record.text = format!("Peña’s país met “B” on day {n}.\n\nThe talks went on \u{1F600} e\u{301}.");
        let event = record.events[0].clone();
        let spans = [(0, 30), (7, 200), (12, 3), (34, 52)];
        record.events = spans.map(|(start, end)| EventRecord { sentence: CharSpan { start, end }, ..event.clone() }).to_vec();
        record
    }

    /// A database at `version` (before 7) holding `records`, with each
    /// mention's copy of its sentence as the writer of then cut it, which
    /// this build's writer no longer writes: the records are written by
    /// this build into a database file, copied over, and the sentences cut
    /// from the articles.
    fn holding_sentences(version: usize, records: &[ExtractRecord]) -> Store {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("current.db");
        Store::open(&path).unwrap().write_batch(records, &[]).unwrap();
        let store = store_at(version);
        store.conn.execute("ATTACH ?1 AS current", [path.to_str().unwrap()]).unwrap();
        let columns = "id, event_id, article_id, code, source_code, target_code, date, date_text, sentence_start, sentence_end,
            is_root, modality, attributed_to, confidence, quantity";
        let copy = format!(
            "INSERT INTO articles SELECT * FROM current.articles; INSERT INTO entities SELECT * FROM current.entities;
             INSERT INTO events SELECT * FROM current.events; INSERT INTO quotes SELECT * FROM current.quotes;
             INSERT INTO relations SELECT * FROM current.relations;
             INSERT INTO mentions ({columns}, sentence) SELECT {columns}, '' FROM current.mentions;
             INSERT INTO articles_fts (articles_fts) VALUES ('rebuild'); DETACH current;"
        );
        store.conn.execute_batch(&copy).unwrap();
        let spans: Vec<(i64, String, i64, i64)> = {
            let mut statement = store
                .conn
                .prepare("SELECT m.id, a.text, m.sentence_start, m.sentence_end FROM mentions m JOIN articles a ON a.id = m.article_id")
                .unwrap();
            let rows = statement.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).unwrap();
            rows.collect::<rusqlite::Result<_>>().unwrap()
        };
        for (id, text, start, end) in spans {
            let sentence = crate::text::CharSlicer::new(&text).slice(CharSpan { start: start as usize, end: end as usize });
            store.conn.execute("UPDATE mentions SET sentence = ?2 WHERE id = ?1", rusqlite::params![id, sentence]).unwrap();
        }
        store
    }

    #[test]
    fn a_version_6_database_shows_the_same_sentences_read_from_the_articles() {
        let records: Vec<ExtractRecord> = (0..6).map(record_with_spans).collect();
        let mut store = store_holding(6, &records[..3]);
        let before = (shown(&store), detailed(&store));
        let sentences = |store: &Store| (1..=4).map(|id| store.show(id).unwrap().event.sentence).collect::<Vec<_>>();
        assert_eq!(sentences(&store), ["Peña’s país met “B” on day 0.\n", "país met “B” on day 0.\n\nThe talks went on \u{1F600} e\u{301}.", "", " talks went on \u{1F600} e"]);
        migrate(&mut store.conn).unwrap();
        assert_eq!(store.schema_version().unwrap(), VERSION);
        let copied: i64 =
            store.conn.query_row("SELECT count(*) FROM pragma_table_info('mentions') WHERE name = 'sentence'", [], |r| r.get(0)).unwrap();
        assert_eq!(copied, 0);
        assert_eq!((shown(&store), detailed(&store)), before);
        store.write_batch(&records, &[]).unwrap();
        assert_eq!(store.check().unwrap(), Ok(()));
        let mut fresh = current_store();
        fresh.write_batch(&records, &[]).unwrap();
        assert_eq!((shown(&fresh), detailed(&fresh)), (shown(&store), detailed(&store)));
    }

    /// A record of an event between `source` and `target` (codes, or no
    /// actor when empty), of root `04` or `19`.
    fn record_between(n: usize, source: &str, target: &str) -> ExtractRecord {
        let mut record = record(n);
        let actor = |code: &str| (!code.is_empty()).then(|| ActorRecord { entity: format!("e:{code}"), code: code.to_string() });
        let event = &mut record.events[0];
        (event.source, event.target) = (actor(source), actor(target));
        if n % 2 == 1 {
            (event.code, event.root, event.quad, event.goldstein) = ("190".to_string(), "19".to_string(), 4, -10.0);
        }
        record
    }

    /// Events between codes of several kinds: countries and their roles,
    /// six-letter organisation keys and their roles, and no actor.
    fn records_between() -> Vec<ExtractRecord> {
        let codes = ["AAA", "AAAGOV", "AABMIL", "BBB", "IGOUNO", "IGOUNOKID", "NGOAMN", ""];
        let pairs = codes.iter().flat_map(|a| codes.iter().map(move |b| (*a, *b)));
        pairs.enumerate().map(|(n, (a, b))| record_between(n, a, b)).collect()
    }

    /// What `events`, `timeline` and `export` list for actor prefixes
    /// shorter than, as long as and longer than actor keys, alone and in
    /// pairs, with and without a limit.
    fn listed_by_actor(store: &Store) -> String {
        let prefixes = ["A", "AA", "AAA", "AAAG", "AAAGOV", "aab", "B", "I", "IGO", "IGOUN", "IGOUNO", "IGOUNOK", "NGOAMN", "X", ""];
        let mut listed = String::new();
        for actor in prefixes {
            for with in [None, Some("AAA"), Some("IGOUNOKID"), Some("B")] {
                for limit in [None, Some(3)] {
                    let filter = EventFilter { actor: Some(actor.into()), with: with.map(Into::into), limit, ..Default::default() };
                    let mut exported = Vec::new();
                    store.export(&filter, false, |e| Ok(exported.push(e.event.id))).unwrap();
                    let ids = |rows: Vec<crate::EventRow>| rows.iter().map(|e| e.id).collect::<Vec<_>>();
                    let (events, timeline) = (ids(store.events(&filter).unwrap()), ids(store.timeline(&filter).unwrap()));
                    listed += &format!("{actor} {with:?} {limit:?}: {events:?} {timeline:?} {exported:?}\n");
                }
            }
        }
        listed
    }

    #[test]
    fn a_version_7_database_lists_events_alike_through_the_actor_keys() {
        let records = records_between();
        let (mut store, _) = holding(7, 0);
        store.write_batch(&records[..40], &[]).unwrap();
        let before = (shown(&store), listed_by_actor(&store));
        assert!(before.1.contains("IGOUNOK None None: [") && !before.1.contains("IGOUNOK None None: []"), "{}", before.1);
        migrate(&mut store.conn).unwrap();
        assert_eq!(store.schema_version().unwrap(), VERSION);
        let keyed: i64 = store.conn.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'events_keys'", [], |r| r.get(0)).unwrap();
        assert_eq!(keyed, 1);
        assert_eq!((shown(&store), listed_by_actor(&store)), before);
        store.write_batch(&records, &[]).unwrap();
        assert_eq!(store.check().unwrap(), Ok(()));
        let mut fresh = current_store();
        fresh.write_batch(&records, &[]).unwrap();
        assert_eq!(listed_by_actor(&fresh), listed_by_actor(&store));
    }

    #[test]
    fn actor_filters_list_the_events_whose_codes_start_with_the_prefix() {
        let mut store = current_store();
        store.write_batch(&records_between(), &[]).unwrap();
        let starts = |code: &str, prefix: &str| code.starts_with(&prefix.to_ascii_uppercase());
        for (actor, with) in [("AAA", None), ("AAAG", None), ("IGOUNOK", Some("AA")), ("aa", Some("IGO")), ("", Some("NGOAMN"))] {
            let filter = EventFilter { actor: Some(actor.into()), with: with.map(Into::into), ..Default::default() };
            let listed: Vec<i64> = store.timeline(&filter).unwrap().iter().map(|e| e.id).collect();
            let all = store.timeline(&EventFilter::default()).unwrap();
            let expected: Vec<i64> = all
                .iter()
                .filter(|e| match with {
                    None => starts(&e.source_code, actor) || starts(&e.target_code, actor),
                    Some(w) => {
                        (starts(&e.source_code, actor) && starts(&e.target_code, w)) || (starts(&e.source_code, w) && starts(&e.target_code, actor))
                    }
                })
                .map(|e| e.id)
                .collect();
            assert!(!expected.is_empty(), "{actor} {with:?}");
            assert_eq!(listed, expected, "{actor} {with:?}");
        }
    }

    #[test]
    fn an_entity_listed_twice_in_a_record_is_stored_once() {
        let mut store = current_store();
        let mut twice = record(0);
        twice.entities.push(twice.entities[0].clone());
        store.write_batch(&[twice], &[]).unwrap();
        assert_eq!(entity_rows(&store), 2);
        assert_eq!(store.actors(&ActorFilter::default()).unwrap().iter().map(|a| a.articles).collect::<Vec<_>>(), [1, 1]);
    }
}
