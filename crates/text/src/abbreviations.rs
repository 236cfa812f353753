//! Abbreviations whose period does not end a sentence
//! (`data/text/abbreviations.txt`).

use crate::data::{records, unknown_kind};
use crate::hash::{WordMap, WordSet};
use crate::Result;

const FILE: &str = "abbreviations.txt";

/// How a word ending in a period behaves at a possible sentence end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Never ends a sentence ("Mr.", "Gen.", "No.", initials).
    Title,
    /// Ends a sentence only before a sentence starter ("a.m.", "U.S.").
    Any,
}

/// The abbreviation list and the sentence starters it is read with.
#[derive(Clone, Debug, Default)]
pub(crate) struct Abbreviations {
    words: WordMap<String, Abbrev>,
    /// The length of the longest listed word: a longer one is not hashed.
    longest: usize,
    starters: WordSet<String>,
}

impl Abbreviations {
    pub fn parse(text: &str) -> Result<Abbreviations> {
        let mut out = Abbreviations::default();
        for rec in records(FILE, text)? {
            match rec.kind {
                "title" => drop(out.words.insert(rec.value.to_string(), Abbrev::Title)),
                "any" => drop(out.words.insert(rec.value.to_string(), Abbrev::Any)),
                "starter" => drop(out.starters.insert(rec.value.to_string())),
                _ => return Err(unknown_kind(FILE, &rec, &["title", "any", "starter"])),
            }
        }
        out.longest = out.words.keys().map(String::len).max().unwrap_or(0);
        Ok(out)
    }

    /// How `word` (with its final period, e.g. "Gen.") behaves, if it is an
    /// abbreviation: listed, an initial ("J."), or a dotted acronym ("U.N.").
    pub fn kind(&self, word: &str) -> Option<Abbrev> {
        // Most words looked up end a sentence and are longer than any
        // listed abbreviation.
        if word.len() <= self.longest {
            if let Some(&kind) = self.words.get(word) {
                return Some(kind);
            }
        }
        let bytes = word.as_bytes();
        if bytes.len() == 2 && bytes[0].is_ascii_uppercase() {
            return Some(Abbrev::Title);
        }
        is_dotted_acronym(bytes).then_some(Abbrev::Any)
    }

    /// Whether `word` often begins a sentence.
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }
}

/// "U.N.", "J.R.R.": single letters each followed by a period.
fn is_dotted_acronym(bytes: &[u8]) -> bool {
    bytes.len() >= 4
        && bytes.len() & 1 == 0
        && bytes.chunks(2).all(|pair| pair[0].is_ascii_alphabetic() && pair[1] == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_list_parses_and_knows_titles_and_initials() {
        let abbr = Abbreviations::parse(crate::ABBREVIATIONS).unwrap();
        assert_eq!(abbr.kind("Gen."), Some(Abbrev::Title));
        assert_eq!(abbr.kind("a.m."), Some(Abbrev::Any));
        assert_eq!(abbr.kind("Q."), Some(Abbrev::Title));
        assert_eq!(abbr.kind("R.O.K."), Some(Abbrev::Any));
        assert_eq!(abbr.kind("talks."), None);
        assert_eq!(abbr.kind("U.S.S.R."), Some(Abbrev::Any));
        assert_eq!(abbr.kind("afterwards."), None);
        assert!(abbr.is_starter("The") && !abbr.is_starter("Secretary"));
    }

    #[test]
    fn an_unknown_kind_is_refused_with_its_line() {
        let err = Abbreviations::parse("title\tMr.\nfoo\tBar.\n").unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("`foo`"), "{err}");
    }
}
