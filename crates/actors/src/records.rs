//! The gazetteer TSV files (format: data/README.md) as typed records, the
//! name-shape lexicon among them. The
//! header says which kind of file it is; every record is checked field by
//! field so that `dossier dict check` and `--dict` report the same
//! line-numbered issues. Parsing itself is `dossier_core::tsv::Table`.

use dossier_core::tsv::{Row, Table};
use jiff::civil::Date;

use crate::lexicon::{Role, WordKind};
use crate::Issue;

/// Which gazetteer file a header announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictKind {
    Countries,
    People,
    Organizations,
    Locations,
    /// The words that give unknown names their shape (titles, head nouns).
    Lexicon,
}

impl DictKind {
    const ALL: [DictKind; 5] =
        [DictKind::Countries, DictKind::People, DictKind::Organizations, DictKind::Locations, DictKind::Lexicon];

    /// The exact column names of this kind of file.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            DictKind::Countries => &["code", "wikidata", "name", "aliases", "demonyms", "capital", "seats", "name_order"],
            DictKind::People => &["wikidata", "name", "aliases", "country", "role", "office", "from", "until"],
            DictKind::Organizations => &["code", "wikidata", "name", "aliases", "kind", "country"],
            DictKind::Locations => &["wikidata", "name", "aliases", "country", "kind"],
            DictKind::Lexicon => &["word", "kind", "role"],
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DictKind::Countries => "countries",
            DictKind::People => "people",
            DictKind::Organizations => "organizations",
            DictKind::Locations => "locations",
            DictKind::Lexicon => "lexicon",
        }
    }

    /// How many of the last columns a file may leave out: columns added to
    /// a format later, so that files written before still load.
    fn optional_columns(self) -> usize {
        match self {
            DictKind::Countries => 1,
            _ => 0,
        }
    }

    /// The kind whose columns are exactly those of `table`'s header (or all
    /// but its optional last ones).
    pub fn of(table: &Table<'_>) -> Option<DictKind> {
        DictKind::ALL.into_iter().find(|k| {
            let columns = k.columns();
            (0..=k.optional_columns()).any(|left_out| table.has_columns(&columns[..columns.len() - left_out]))
        })
    }
}

/// A state or territory.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryRec {
    pub code: String,
    pub wikidata: Option<String>,
    pub name: String,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    pub capitals: Vec<String>,
    pub seats: Vec<String>,
    /// Whether its people's names are written family name first.
    pub family_name_first: bool,
}

/// One office held by one person (people.tsv has a row per office).
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeRec {
    pub wikidata: Option<String>,
    pub name: String,
    pub aliases: Vec<String>,
    pub country: String,
    pub role: String,
    pub office: String,
    pub from: Option<Date>,
    pub until: Option<Date>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrgRec {
    pub code: Option<String>,
    pub wikidata: Option<String>,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: String,
    pub country: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LocationRec {
    pub wikidata: Option<String>,
    pub name: String,
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub kind: String,
}

/// One word of the name-shape lexicon and what it does next to a name.
#[derive(Clone, Debug, PartialEq)]
pub struct WordRec {
    pub word: String,
    pub kind: WordKind,
    /// The CAMEO role a title or apposition gives, or a state body's head
    /// noun; no code for the others.
    pub role: Role,
}

/// One parsed record of any kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Country(CountryRec),
    Office(OfficeRec),
    Org(OrgRec),
    Location(LocationRec),
    Word(WordRec),
}

impl Record {
    /// What a `--dict` record must share with an embedded one to replace
    /// it: the ISO code, else the Wikidata id, else the name.
    pub fn key(&self) -> String {
        let by = |wikidata: &Option<String>, name: &str| wikidata.clone().unwrap_or_else(|| name.to_string());
        match self {
            Record::Country(c) => c.code.clone(),
            Record::Office(o) => by(&o.wikidata, &o.name),
            Record::Org(o) => by(&o.wikidata, &o.name),
            Record::Location(l) => by(&l.wikidata, &l.name),
            Record::Word(w) => format!("{} / {}", w.word, w.kind.as_str()),
        }
    }
}

/// A whole file: its kind, its valid records with their line numbers, and
/// the issues of the others.
#[derive(Debug, Default)]
pub struct Parsed {
    /// `None` when the header is no gazetteer kind (another stage's file).
    pub kind: Option<DictKind>,
    pub records: Vec<(usize, Record)>,
    pub issues: Vec<Issue>,
}

const ORG_KINDS: &[&str] =
    &["igo", "government", "military", "state-media", "media", "think-tank", "party", "company", "armed-group", "ngo"];

/// Parses a gazetteer file. A file whose header is no gazetteer kind comes
/// back with `kind: None` and no records.
pub fn parse(text: &str) -> Parsed {
    let table = match Table::parse(text) {
        Ok(table) => table,
        Err(err) => {
            // A row with too many fields stops the reader; say where, and
            // only when the header shows it is a gazetteer file.
            let kind = header_kind(text);
            let issues = kind.map(|_| vec![Issue { line: err.line, message: err.message }]).unwrap_or_default();
            return Parsed { kind, records: Vec::new(), issues };
        }
    };
    let Some(kind) = DictKind::of(&table) else { return Parsed::default() };
    let mut parsed = Parsed { kind: Some(kind), ..Parsed::default() };
    let mut keys = std::collections::HashSet::new();
    for row in &table.rows {
        match parse_record(kind, row) {
            Ok(record) if !keys.insert(duplicate_key(&record)) => parsed
                .issues
                .push(Issue { line: row.line, message: format!("duplicate record `{}`", duplicate_key(&record)) }),
            Ok(record) => parsed.records.push((row.line, record)),
            Err(message) => parsed.issues.push(Issue { line: row.line, message }),
        }
    }
    parsed
}

/// The kind announced by the first non-comment line, read on its own.
fn header_kind(text: &str) -> Option<DictKind> {
    let header = text.lines().find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    DictKind::of(&Table::parse(header).ok()?)
}

/// What must be unique within one file.
fn duplicate_key(record: &Record) -> String {
    match record {
        Record::Country(c) => c.code.clone(),
        Record::Office(o) => {
            format!("{} / {} / {}", o.name, o.office, o.from.map(|d| d.to_string()).unwrap_or_default())
        }
        Record::Org(o) => o.name.clone(),
        Record::Location(l) => format!("{} / {}", l.name, l.country.as_deref().unwrap_or("")),
        Record::Word(_) => record.key(),
    }
}

fn parse_record(kind: DictKind, row: &Row<'_>) -> Result<Record, String> {
    let f = |i: usize| row.get(i);
    let list = |i: usize| row.list(i).map(String::from).collect::<Vec<_>>();
    Ok(match kind {
        DictKind::Countries => Record::Country(CountryRec {
            code: code(f(0), "code")?,
            wikidata: qid(f(1))?,
            name: name(f(2))?,
            aliases: list(3),
            demonyms: list(4),
            capitals: list(5),
            seats: list(6),
            family_name_first: name_order(f(7))?,
        }),
        DictKind::People => {
            let from = date(f(6), "from", false)?;
            let until = date(f(7), "until", true)?;
            if let (Some(a), Some(b)) = (from, until) {
                if b < a {
                    return Err(format!("`until` {b} is before `from` {a}; swap them"));
                }
            }
            Record::Office(OfficeRec {
                wikidata: qid(f(0))?,
                name: name(f(1))?,
                aliases: list(2),
                country: code(f(3), "country")?,
                role: optional(f(4)).map(|r| code(r, "role")).transpose()?.unwrap_or_default(),
                office: f(5).to_string(),
                from,
                until,
            })
        }
        DictKind::Organizations => Record::Org(OrgRec {
            code: optional(f(0)).map(actor_code).transpose()?,
            wikidata: qid(f(1))?,
            name: name(f(2))?,
            aliases: list(3),
            kind: one_of(f(4), "kind", ORG_KINDS)?,
            country: optional(f(5)).map(|c| code(c, "country")).transpose()?,
        }),
        DictKind::Locations => Record::Location(LocationRec {
            wikidata: qid(f(0))?,
            name: name(f(1))?,
            aliases: list(2),
            country: optional(f(3)).map(|c| code(c, "country")).transpose()?,
            kind: f(4).to_string(),
        }),
        DictKind::Lexicon => Record::Word(word_record(f(0), f(1), f(2))?),
    })
}

/// A lexicon row: a word of one token, a known kind, and a role only
/// where the kind gives one.
fn word_record(word: &str, kind: &str, role: &str) -> Result<WordRec, String> {
    if word.is_empty() || word.contains(char::is_whitespace) {
        return Err(format!("`word` is `{word}`; expected one word with no spaces (names are matched word by word)"));
    }
    let kinds = WordKind::ALL.map(WordKind::as_str);
    let kind = WordKind::ALL
        .into_iter()
        .find(|k| k.as_str() == kind)
        .ok_or_else(|| format!("`kind` is `{kind}`; expected one of {}", kinds.join(", ")))?;
    let role = match optional(role) {
        None => Role::NONE,
        Some(_) if !kind.has_role() => {
            return Err(format!("`role` is `{role}` but a {} word gives no role; leave it empty", kind.as_str()))
        }
        Some(code_text) => Role::of_code(&code(code_text, "role")?),
    };
    if kind.is_head() && !(word.starts_with(|c: char| c.is_uppercase()) && word.chars().any(char::is_lowercase)) {
        return Err(format!(
            "`word` is `{word}`; a {} is matched as written in a name, so write it capitalised (`Institute`)",
            kind.as_str()
        ));
    }
    Ok(WordRec { word: word.to_string(), kind, role })
}

/// `family-first`, or nothing for names written family name last.
fn name_order(field: &str) -> Result<bool, String> {
    match field {
        "" => Ok(false),
        "family-first" => Ok(true),
        other => Err(format!("`name_order` is `{other}`; expected family-first, or nothing when the family name comes last")),
    }
}

fn optional(field: &str) -> Option<&str> {
    (!field.is_empty()).then_some(field)
}

fn name(field: &str) -> Result<String, String> {
    optional(field).map(String::from).ok_or_else(|| "`name` is empty; every record needs a name".to_string())
}

/// A three-letter code: ISO alpha-3 country or CAMEO role.
fn code(field: &str, column: &str) -> Result<String, String> {
    let ok = field.len() == 3 && field.bytes().all(|b| b.is_ascii_uppercase());
    ok.then(|| field.to_string())
        .ok_or_else(|| format!("`{column}` is `{field}`; expected 3 upper-case letters (such as PRK or GOV)"))
}

/// A CAMEO actor code: a country or IGO/NGO code, optionally followed by
/// three-character roles (`PRK`, `RUSMIL`, `IGOUNO`; group codes may hold
/// digits: `IGOG20`).
fn actor_code(field: &str) -> Result<String, String> {
    let letters = field.get(..3).is_some_and(|s| s.bytes().all(|b| b.is_ascii_uppercase()));
    let rest = field.bytes().skip(3).all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    #[allow(clippy::manual_is_multiple_of)] // is_multiple_of is newer than the workspace MSRV
    let ok = letters && rest && field.len() % 3 == 0;
    ok.then(|| field.to_string()).ok_or_else(|| {
        format!("`code` is `{field}`; expected an actor code of 3, 6 or 9 upper-case letters or digits after the first three (PRK, RUSMIL, IGOUNO)")
    })
}

fn qid(field: &str) -> Result<Option<String>, String> {
    let Some(id) = optional(field) else { return Ok(None) };
    let ok = id.len() > 1 && id.starts_with('Q') && id[1..].bytes().all(|b| b.is_ascii_digit());
    ok.then(|| Some(id.to_string()))
        .ok_or_else(|| format!("`wikidata` is `{id}`; expected a Wikidata id such as Q423, or nothing"))
}

fn one_of(field: &str, column: &str, allowed: &[&str]) -> Result<String, String> {
    allowed
        .contains(&field)
        .then(|| field.to_string())
        .ok_or_else(|| format!("`{column}` is `{field}`; expected one of {}", allowed.join(", ")))
}

/// `YYYY` or `YYYY-MM-DD`; a bare year means its first day (`from`) or its
/// last day (`until`).
fn date(field: &str, column: &str, end_of_year: bool) -> Result<Option<Date>, String> {
    let Some(text) = optional(field) else { return Ok(None) };
    let parsed = if text.len() == 4 {
        text.parse::<i16>().ok().and_then(|y| if end_of_year { Date::new(y, 12, 31) } else { Date::new(y, 1, 1) }.ok())
    } else {
        text.parse::<Date>().ok()
    };
    parsed.map(Some).ok_or_else(|| format!("`{column}` is `{text}`; expected a year (2012) or a date (2012-05-07)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PEOPLE: &str = "wikidata\tname\taliases\tcountry\trole\toffice\tfrom\tuntil\n";

    #[test]
    fn the_header_names_the_kind() {
        assert_eq!(
            parse("# note\n\ncode\twikidata\tname\taliases\tdemonyms\tcapital\tseats\tname_order\n").kind,
            Some(DictKind::Countries)
        );
        // Files written before the name order column still load.
        assert_eq!(parse("code\twikidata\tname\taliases\tdemonyms\tcapital\tseats\n").kind, Some(DictKind::Countries));
        assert_eq!(parse("code\tpattern\tflags\n").kind, None);
    }

    #[test]
    fn bad_fields_are_reported_with_their_line() {
        let text = format!(
            "{PEOPLE}Q1\tAda Example\t\tXX\tGOV\tPresident\t2001\t\n\tBo Example\t\tFRA\tGOV\tPresident\t2010\t2005\n"
        );
        let parsed = parse(&text);
        assert!(parsed.records.is_empty());
        assert_eq!(parsed.issues.len(), 2);
        assert_eq!(parsed.issues[0].line, 2);
        assert!(parsed.issues[0].message.contains("country"), "{}", parsed.issues[0].message);
        assert!(parsed.issues[1].message.contains("before"), "{}", parsed.issues[1].message);
    }

    #[test]
    fn too_many_fields_and_duplicates_are_issues() {
        let dup = format!(
            "{PEOPLE}\tBo Example\t\tFRA\tGOV\tPresident\t2010\t\n\tBo Example\t\tFRA\tGOV\tPresident\t2010\t\n"
        );
        let parsed = parse(&dup);
        assert_eq!(parsed.records.len(), 1);
        assert_eq!(parsed.issues.iter().map(|i| i.line).collect::<Vec<_>>(), vec![3]);
        let long = format!("{PEOPLE}\tBo\t\tFRA\tGOV\tPresident\t2010\t\textra\n");
        assert_eq!(parse(&long).issues[0].line, 2);
    }

    #[test]
    fn years_cover_the_whole_year() {
        let text = format!("{PEOPLE}\tBo Example\t\tFRA\tGOV\tPresident\t2010\t2012\n");
        let Record::Office(o) = &parse(&text).records[0].1 else { panic!("not an office") };
        assert_eq!(o.from, Some(jiff::civil::date(2010, 1, 1)));
        assert_eq!(o.until, Some(jiff::civil::date(2012, 12, 31)));
    }
}
