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
    /// The [`ListedShapes`] of the listed words: a word of another shape
    /// is not hashed either.
    shapes: ListedShapes,
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
        out.words.keys().for_each(|word| out.shapes.insert(word.as_bytes()));
        Ok(out)
    }

    /// How `word` (with its final period, e.g. "Gen.") behaves, if it is an
    /// abbreviation: listed, an initial ("J."), or a dotted acronym ("U.N.").
    pub fn kind(&self, word: &str) -> Option<Abbrev> {
        // Most words looked up end a sentence and are longer than any
        // listed abbreviation.
        if word.len() <= self.longest && self.shapes.may_hold(word.as_bytes()) {
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

/// The shapes of the listed words, a bit for each pair of first byte (its
/// low six bits) and length (its low three bits): the words looked up are
/// mostly those ending a sentence ("said."), lowercase and of a length no
/// listed word starting with their letter has, told apart here before any
/// hashing.
#[derive(Clone, Debug, Default)]
struct ListedShapes([u64; 8]);

impl ListedShapes {
    fn bit(word: &[u8]) -> usize {
        usize::from(word.first().map_or(0, |&b| b & 63)) << 3 | word.len() & 7
    }

    fn insert(&mut self, word: &[u8]) {
        let bit = ListedShapes::bit(word);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    /// False when no listed word has the shape of `word`.
    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        let bit = ListedShapes::bit(word);
        self.0[bit / 64] >> (bit % 64) & 1 == 1
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

    /// [`Abbreviations::kind`] with every word hashed.
    fn kind_hashing_all(abbr: &Abbreviations, word: &str) -> Option<Abbrev> {
        let bytes = word.as_bytes();
        match abbr.words.get(word) {
            Some(&kind) => Some(kind),
            None if bytes.len() == 2 && bytes[0].is_ascii_uppercase() => Some(Abbrev::Title),
            None => is_dotted_acronym(bytes).then_some(Abbrev::Any),
        }
    }

    proptest::proptest! {
        /// Skipping the words of shapes no listed word has changes no answer.
        #[test]
        fn the_shape_filter_spares_only_unlisted_words(word in "(Gen|Sept|a\\.m|e\\.g|approx|St|[A-Za-z0-9]{0,9}|[a-zA-Z.]{1,6})\\.?") {
            let abbr = Abbreviations::parse(crate::ABBREVIATIONS).unwrap();
            proptest::prop_assert_eq!(abbr.kind(&word), kind_hashing_all(&abbr, &word));
        }
    }

    #[test]
    fn every_listed_word_passes_the_shape_filter() {
        let abbr = Abbreviations::parse(crate::ABBREVIATIONS).unwrap();
        for word in abbr.words.keys() {
            assert_eq!(abbr.kind(word), abbr.words.get(word).copied(), "{word}");
        }
    }

    #[test]
    fn an_unknown_kind_is_refused_with_its_line() {
        let err = Abbreviations::parse("title\tMr.\nfoo\tBar.\n").unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("`foo`"), "{err}");
    }
}
