//! Reading the gazetteer TSV files (format: data/README.md): the header says
//! which kind of file it is; every record is checked field by field so that
//! `dossier dict check` and `--dict` report the same line-numbered issues.

use jiff::civil::Date;

use crate::Issue;

/// Which gazetteer file a header announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictKind {
    Countries,
    People,
    Organizations,
    Locations,
}

impl DictKind {
    const ALL: [DictKind; 4] = [DictKind::Countries, DictKind::People, DictKind::Organizations, DictKind::Locations];

    /// The exact column names of this kind of file.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            DictKind::Countries => &["code", "wikidata", "name", "aliases", "demonyms", "capital", "seats"],
            DictKind::People => &["wikidata", "name", "aliases", "country", "role", "office", "from", "until"],
            DictKind::Organizations => &["code", "wikidata", "name", "aliases", "kind", "country"],
            DictKind::Locations => &["wikidata", "name", "aliases", "country", "kind"],
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DictKind::Countries => "countries",
            DictKind::People => "people",
            DictKind::Organizations => "organizations",
            DictKind::Locations => "locations",
        }
    }

    /// The kind whose columns are exactly `header`'s.
    pub fn from_header(header: &str) -> Option<DictKind> {
        let names: Vec<&str> = header.split('\t').map(str::trim).collect();
        DictKind::ALL.into_iter().find(|k| k.columns() == names.as_slice())
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

/// One parsed record of any kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Country(CountryRec),
    Office(OfficeRec),
    Org(OrgRec),
    Location(LocationRec),
}

/// A whole file: its kind, its valid records with their line numbers, and
/// the issues of the others.
#[derive(Debug, Default)]
pub struct Table {
    pub kind: Option<DictKind>,
    pub header: String,
    pub records: Vec<(usize, Record)>,
    pub issues: Vec<Issue>,
}

const ORG_KINDS: &[&str] =
    &["igo", "government", "military", "state-media", "media", "think-tank", "party", "company", "armed-group", "ngo"];

/// Parses a gazetteer file. A file whose header is no gazetteer kind comes
/// back with `kind: None` and no records (it may be another stage's file).
pub fn parse(text: &str) -> Table {
    let mut table = Table::default();
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim_end_matches('\r')));
    let Some((_, header)) = lines.by_ref().find(|(_, l)| !is_skipped(l)) else {
        return table;
    };
    table.header = header.to_string();
    let Some(kind) = DictKind::from_header(header) else { return table };
    table.kind = Some(kind);
    let mut keys = std::collections::HashSet::new();
    for (line, text) in lines.filter(|(_, l)| !is_skipped(l)) {
        match parse_record(kind, text) {
            Ok(record) if !keys.insert(duplicate_key(&record)) => {
                table.issues.push(Issue { line, message: format!("duplicate record `{}`", duplicate_key(&record)) })
            }
            Ok(record) => table.records.push((line, record)),
            Err(message) => table.issues.push(Issue { line, message }),
        }
    }
    table
}

fn is_skipped(line: &str) -> bool {
    line.trim().is_empty() || line.starts_with('#')
}

/// What must be unique within one file.
fn duplicate_key(record: &Record) -> String {
    match record {
        Record::Country(c) => c.code.clone(),
        Record::Office(o) => format!("{} / {} / {:?}", o.name, o.office, o.from),
        Record::Org(o) => o.name.clone(),
        Record::Location(l) => format!("{} / {}", l.name, l.country.as_deref().unwrap_or("")),
    }
}

fn parse_record(kind: DictKind, line: &str) -> Result<Record, String> {
    let f: Vec<&str> = line.split('\t').map(str::trim).collect();
    let want = kind.columns().len();
    if f.len() != want {
        return Err(format!("{} field(s), expected {want} ({}) separated by tabs", f.len(), kind.columns().join(", ")));
    }
    Ok(match kind {
        DictKind::Countries => Record::Country(CountryRec {
            code: code(f[0], "code", 3, 3)?,
            wikidata: qid(f[1])?,
            name: name(f[2])?,
            aliases: list(f[3]),
            demonyms: list(f[4]),
            capitals: list(f[5]),
            seats: list(f[6]),
        }),
        DictKind::People => {
            let from = date(f[6], "from", false)?;
            let until = date(f[7], "until", true)?;
            if let (Some(a), Some(b)) = (from, until) {
                if b < a {
                    return Err(format!("`until` {b} is before `from` {a}"));
                }
            }
            Record::Office(OfficeRec {
                wikidata: qid(f[0])?,
                name: name(f[1])?,
                aliases: list(f[2]),
                country: code(f[3], "country", 3, 3)?,
                role: optional(f[4]).map(|r| code(r, "role", 3, 3)).transpose()?.unwrap_or_default(),
                office: f[5].to_string(),
                from,
                until,
            })
        }
        DictKind::Organizations => Record::Org(OrgRec {
            code: optional(f[0]).map(|c| actor_code(c)).transpose()?,
            wikidata: qid(f[1])?,
            name: name(f[2])?,
            aliases: list(f[3]),
            kind: one_of(f[4], "kind", ORG_KINDS)?,
            country: optional(f[5]).map(|c| code(c, "country", 3, 3)).transpose()?,
        }),
        DictKind::Locations => Record::Location(LocationRec {
            wikidata: qid(f[0])?,
            name: name(f[1])?,
            aliases: list(f[2]),
            country: optional(f[3]).map(|c| code(c, "country", 3, 3)).transpose()?,
            kind: f[4].to_string(),
        }),
    })
}

fn optional(field: &str) -> Option<&str> {
    (!field.is_empty()).then_some(field)
}

fn list(field: &str) -> Vec<String> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

fn name(field: &str) -> Result<String, String> {
    optional(field).map(String::from).ok_or_else(|| "`name` is empty; every record needs a name".to_string())
}

fn code(field: &str, column: &str, min: usize, max: usize) -> Result<String, String> {
    let ok = (min..=max).contains(&field.len()) && field.bytes().all(|b| b.is_ascii_uppercase());
    ok.then(|| field.to_string())
        .ok_or_else(|| format!("`{column}` is `{field}`; expected {min} upper-case letters (such as PRK or GOV)"))
}

/// A CAMEO actor code: a country or IGO/NGO code, optionally followed by
/// three-letter roles (`PRK`, `RUSMIL`, `IGOUNO`).
fn actor_code(field: &str) -> Result<String, String> {
    let ok = field.len() >= 3 && field.len() % 3 == 0 && field.bytes().all(|b| b.is_ascii_uppercase());
    ok.then(|| field.to_string())
        .ok_or_else(|| format!("`code` is `{field}`; expected an actor code of 3, 6 or 9 upper-case letters (PRK, RUSMIL, IGOUNO)"))
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
    parsed
        .map(Some)
        .ok_or_else(|| format!("`{column}` is `{text}`; expected a year (2012) or a date (2012-05-07)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PEOPLE: &str = "wikidata\tname\taliases\tcountry\trole\toffice\tfrom\tuntil\n";

    #[test]
    fn the_header_names_the_kind() {
        assert_eq!(parse("# note\n\ncode\twikidata\tname\taliases\tdemonyms\tcapital\tseats\n").kind, Some(DictKind::Countries));
        assert_eq!(parse("verb\tcode\n").kind, None);
    }

    #[test]
    fn bad_fields_are_reported_with_their_line() {
        let text = format!("{PEOPLE}Q1\tAda Example\t\tXX\tGOV\tPresident\t2001\t\n\tBo Example\t\tFRA\tGOV\tPresident\t2010\t2005\n");
        let table = parse(&text);
        assert!(table.records.is_empty());
        assert_eq!(table.issues.len(), 2);
        assert_eq!(table.issues[0].line, 2);
        assert!(table.issues[0].message.contains("country"), "{}", table.issues[0].message);
        assert!(table.issues[1].message.contains("before"), "{}", table.issues[1].message);
    }

    #[test]
    fn wrong_column_counts_and_duplicates_are_issues() {
        let text = format!("{PEOPLE}Q1\tAda Example\n\tBo Example\t\tFRA\tGOV\tPresident\t2010\t\n\tBo Example\t\tFRA\tGOV\tPresident\t2010\t\n");
        let table = parse(&text);
        assert_eq!(table.records.len(), 1);
        let lines: Vec<usize> = table.issues.iter().map(|i| i.line).collect();
        assert_eq!(lines, vec![2, 4]);
        assert!(table.issues[1].message.contains("duplicate"));
    }

    #[test]
    fn years_cover_the_whole_year() {
        let text = format!("{PEOPLE}\tBo Example\t\tFRA\tGOV\tPresident\t2010\t2012\n");
        let Record::Office(o) = &parse(&text).records[0].1 else { panic!("not an office") };
        assert_eq!(o.from, Some(jiff::civil::date(2010, 1, 1)));
        assert_eq!(o.until, Some(jiff::civil::date(2012, 12, 31)));
    }
}
