//! The whole gazetteer: the embedded files plus `--dict` files, merged by
//! record key (a `--dict` record replaces the embedded one with its key).
//! The name-shape lexicon is merged the same way, by word and kind.

use std::collections::HashMap;

use jiff::civil::Date;
use rustc_hash::FxHashMap;

use crate::lexicon::Lexicon;
use crate::records::{self, CountryRec, LocationRec, OfficeRec, OrgRec, Record, WordRec};
use crate::{Error, Result};

/// The embedded files, in the order their names are registered (earlier
/// kinds win when two records share a surface form).
pub(crate) const EMBEDDED: [(&str, &str); 5] = [
    ("data/actors/countries.tsv", include_str!("../../../data/actors/countries.tsv")),
    ("data/actors/organizations.tsv", include_str!("../../../data/actors/organizations.tsv")),
    ("data/actors/people.tsv", include_str!("../../../data/actors/people.tsv")),
    ("data/actors/locations.tsv", include_str!("../../../data/actors/locations.tsv")),
    ("data/actors/lexicon.tsv", include_str!("../../../data/actors/lexicon.tsv")),
];

/// One person with every office they held.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub wikidata: Option<String>,
    pub name: String,
    pub aliases: Vec<String>,
    pub offices: Vec<OfficeRec>,
}

impl Person {
    /// The actor code on `day`: the office held then; with no date, the
    /// office held now (or the last one). `None` outside every office.
    pub fn code_on(&self, day: Option<Date>) -> Option<String> {
        let office = match day {
            Some(d) => self.offices.iter().find(|o| o.from.is_none_or(|f| f <= d) && o.until.is_none_or(|u| d <= u)),
            None => {
                self.offices.iter().find(|o| o.until.is_none()).or_else(|| self.offices.iter().max_by_key(|o| o.until))
            }
        }?;
        Some(format!("{}{}", office.country, office.role))
    }

    /// The office whose title the text used ("then-Defense Minister"),
    /// whatever the date.
    pub fn code_for_title(&self, title: &str) -> Option<String> {
        let title = title.to_ascii_lowercase();
        self.offices
            .iter()
            .find(|o| !o.office.is_empty() && title.contains(&o.office.to_ascii_lowercase()))
            .map(|o| format!("{}{}", o.country, o.role))
    }

    /// The country of the most recent office.
    pub fn country(&self) -> Option<&str> {
        self.offices.iter().max_by_key(|o| o.from).map(|o| o.country.as_str())
    }
}

/// Every record, by kind.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    pub countries: Vec<CountryRec>,
    pub people: Vec<Person>,
    pub orgs: Vec<OrgRec>,
    pub locations: Vec<LocationRec>,
    /// The words that give unknown names their shape.
    pub lexicon: Lexicon,
    /// Position of each country by ISO code.
    /// (Asked for every person and organisation a document names.)
    by_code: FxHashMap<String, usize>,
}

/// Records gathered file by file; later files replace earlier records
/// with the same key.
#[derive(Default)]
pub(crate) struct Builder {
    countries: Keyed<CountryRec>,
    offices: Keyed<Vec<OfficeRec>>,
    orgs: Keyed<OrgRec>,
    locations: Keyed<LocationRec>,
    words: Keyed<WordRec>,
}

/// Values in first-seen order, replaceable by key.
struct Keyed<T> {
    values: Vec<T>,
    index: HashMap<String, usize>,
}

impl<T> Default for Keyed<T> {
    fn default() -> Self {
        Keyed { values: Vec::new(), index: HashMap::new() }
    }
}

impl<T> Keyed<T> {
    fn put(&mut self, key: String, value: T) {
        match self.index.get(&key) {
            Some(&i) => self.values[i] = value,
            None => {
                self.index.insert(key, self.values.len());
                self.values.push(value);
            }
        }
    }
}

impl Builder {
    /// Adds the records of one file. Returns `false` when the file is no
    /// gazetteer file (so the caller can skip it); a gazetteer file with
    /// issues is an error.
    pub(crate) fn add_file(&mut self, path: &str, text: &str) -> Result<bool> {
        let parsed = records::parse(text);
        if parsed.kind.is_none() {
            return Ok(false);
        }
        if !parsed.issues.is_empty() {
            return Err(Error::Invalid { path: path.to_string(), issues: parsed.issues });
        }
        // A person's offices in one file replace all their offices from
        // earlier files, so they are grouped per file first.
        let mut offices: Keyed<Vec<OfficeRec>> = Keyed::default();
        for (_, record) in parsed.records {
            let key = record.key();
            match record {
                Record::Country(c) => self.countries.put(key, c),
                Record::Org(o) => self.orgs.put(key, o),
                Record::Location(l) => self.locations.put(key, l),
                Record::Word(w) => self.words.put(key, w),
                Record::Office(o) => match offices.index.get(&key) {
                    Some(&i) => offices.values[i].push(o),
                    None => offices.put(key, vec![o]),
                },
            }
        }
        let keys: HashMap<usize, String> = offices.index.into_iter().map(|(k, i)| (i, k)).collect();
        for (i, group) in offices.values.into_iter().enumerate() {
            self.offices.put(keys[&i].clone(), group);
        }
        Ok(true)
    }

    pub(crate) fn build(self) -> Gazetteer {
        let people = self.offices.values.into_iter().filter_map(person_of).collect();
        let by_code = self.countries.values.iter().enumerate().map(|(i, c)| (c.code.clone(), i)).collect();
        Gazetteer {
            countries: self.countries.values,
            people,
            orgs: self.orgs.values,
            locations: self.locations.values,
            lexicon: Lexicon::of(&self.words.values),
            by_code,
        }
    }
}

fn person_of(offices: Vec<OfficeRec>) -> Option<Person> {
    let first = offices.first()?;
    let mut aliases: Vec<String> = Vec::new();
    for alias in offices.iter().flat_map(|o| &o.aliases) {
        if !aliases.contains(alias) {
            aliases.push(alias.clone());
        }
    }
    Some(Person { wikidata: first.wikidata.clone(), name: first.name.clone(), aliases, offices })
}

impl Gazetteer {
    /// The embedded files only.
    pub fn embedded() -> Result<Gazetteer> {
        Gazetteer::with_files(&[])
    }

    /// The embedded files, then `extra` (path, text) in order.
    pub fn with_files(extra: &[(String, String)]) -> Result<Gazetteer> {
        let mut builder = Builder::default();
        for (path, text) in EMBEDDED {
            builder.add_file(path, text)?;
        }
        for (path, text) in extra {
            builder.add_file(path, text)?;
        }
        Ok(builder.build())
    }

    /// The country with ISO code `code`.
    pub fn country(&self, code: &str) -> Option<usize> {
        self.by_code.get(code).copied()
    }

    /// Whether country `country` writes its people's names family name
    /// first (none: no).
    pub fn family_name_first(&self, country: Option<usize>) -> bool {
        country.and_then(|c| self.countries.get(c)).is_some_and(|c| c.family_name_first)
    }
}

/// The embedded lexicon's records, as the file lists them.
#[cfg(test)]
pub(crate) fn embedded_words() -> Vec<WordRec> {
    let (_, text) = EMBEDDED.iter().find(|(path, _)| path.ends_with("lexicon.tsv")).expect("the lexicon is embedded");
    records::parse(text)
        .records
        .into_iter()
        .filter_map(|(_, record)| match record {
            Record::Word(w) => Some(w),
            _ => None,
        })
        .collect()
}
