//! One trie over every name, alias, demonym, capital and seat of the
//! gazetteer, asked at each word edge of a document's text.

use std::collections::HashMap;

use dossier_core::Span;
use rustc_hash::FxHashMap;

use crate::gazetteer::Gazetteer;
use crate::names;
use crate::trie::Trie;
use crate::{Error, Result};

/// How a country is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Name,
    Demonym,
    /// The capital or a seat of power standing for the state.
    Seat,
}

/// What a surface form names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Country(usize, Form),
    Person(usize),
    Org(usize),
    Location(usize),
}

/// A gazetteer name found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    pub target: Target,
}

/// The surface forms and what each of them names.
#[derive(Debug)]
pub struct Matcher {
    /// Every surface form, asked at word edges only: a hit must start on
    /// one.
    trie: Trie,
    /// The first words (runs of letters and digits) of the surface forms:
    /// a text word not among them starts no whole-word hit, which one bit
    /// tells cheaply for most words...
    filter: WordFilter,
    /// ...and this map exactly, with the trie node the word leads to.
    first_words: FxHashMap<Box<[u8]>, u32>,
    targets: Vec<Target>,
    /// Surnames derived from people's names → the people bearing them.
    surnames: FxHashMap<String, Vec<usize>>,
}

impl Matcher {
    pub fn new(gazetteer: &Gazetteer) -> Result<Matcher> {
        let mut forms = Forms::default();
        for (i, c) in gazetteer.countries.iter().enumerate() {
            for name in std::iter::once(&c.name).chain(&c.aliases) {
                forms.add(name, Target::Country(i, Form::Name));
            }
        }
        for (i, o) in gazetteer.orgs.iter().enumerate() {
            for name in std::iter::once(&o.name).chain(&o.aliases) {
                forms.add(name, Target::Org(i));
            }
        }
        for (i, p) in gazetteer.people.iter().enumerate() {
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                forms.add(name, Target::Person(i));
            }
        }
        for (i, c) in gazetteer.countries.iter().enumerate() {
            for name in &c.demonyms {
                forms.add(name, Target::Country(i, Form::Demonym));
            }
            for name in c.capitals.iter().chain(&c.seats) {
                forms.add(name, Target::Country(i, Form::Seat));
            }
        }
        for (i, l) in gazetteer.locations.iter().enumerate() {
            for name in std::iter::once(&l.name).chain(&l.aliases) {
                forms.add(name, Target::Location(i));
            }
        }
        let trie = Trie::new(&forms.patterns)
            .ok_or_else(|| Error::Matcher(format!("{} names are more than a trie can hold", forms.patterns.len())))?;
        let mut filter = WordFilter::default();
        let mut first_words = FxHashMap::default();
        for p in &forms.patterns {
            let word = &p.as_bytes()[..word_end(p, 0)];
            if let Some(node) = trie.walk(word) {
                filter.insert(word);
                first_words.insert(word.into(), node);
            }
        }
        let mut surnames: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, p) in gazetteer.people.iter().enumerate() {
            let country = p.country();
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                let surname = names::surname(name, country);
                let bearers = surnames.entry(surname.to_string()).or_default();
                if !bearers.contains(&i) {
                    bearers.push(i);
                }
            }
        }
        Ok(Matcher { trie, filter, first_words, targets: forms.targets, surnames })
    }

    /// Every gazetteer name in `text` that stands as whole words and lies
    /// inside one of `sentences` (sorted, as the segmenter makes them).
    ///
    /// Leftmost-longest and non-overlapping, as one aho-corasick pass
    /// would find them, except that only names starting on a word edge are
    /// tried: one starting inside a word is never a whole-word hit (nor,
    /// unlike in that pass, does it hide a hit starting after it). A bit
    /// test per word, and trie steps for the few words that may start a
    /// name, instead of an automaton step per byte.
    pub fn find(&self, text: &str, sentences: &[Span]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut sentence = 0;
        // Where the last match (hit or not) ended: matches do not overlap.
        let mut resume = 0;
        // Always on a word edge: the text's start, or after a character
        // that is no letter or digit.
        let mut at = 0;
        while let Some((alphanumeric, len)) = char_at(text, at) {
            let end = if alphanumeric { word_end(text, at) } else { at };
            let found = if at < resume { None } else { self.longest_at(text, at, end) };
            if let Some((match_end, pattern)) = found {
                resume = match_end;
                let span = Span::new(at, match_end);
                while sentence < sentences.len() && sentences[sentence].end <= span.start {
                    sentence += 1;
                }
                let inside = sentences.get(sentence).is_some_and(|s| s.start <= span.start && span.end <= s.end);
                if inside && names::whole_words(text, span) {
                    hits.push(Hit { span, target: self.targets[pattern] });
                }
            }
            // Past the word and the character ending it (no edge follows a
            // letter), or past a lone non-word character.
            at = if alphanumeric { end + char_at(text, end).map_or(0, |(_, len)| len) } else { at + len };
        }
        hits
    }

    /// The longest surface form at word edge `at`, before the word ending
    /// at `end` (`at` for none), that may be a whole-word hit: its end and
    /// index. Forms whose first word is not the text's word there are
    /// passed over: such a form either does not match or ends inside that
    /// word, where it is no hit and hides no other word edge.
    fn longest_at(&self, text: &str, at: usize, end: usize) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        if end == at {
            return self.trie.longest_at(bytes, at);
        }
        let word = &bytes[at..end];
        if !self.filter.may_hold(word) {
            return None;
        }
        let &node = self.first_words.get(word)?;
        self.trie.longest_from(node, bytes, end)
    }

    /// The gazetteer people whose surname is `word`.
    pub fn people_named(&self, word: &str) -> &[usize] {
        self.surnames.get(word).map_or(&[], Vec::as_slice)
    }
}

/// A set of words that may answer "yes" for a word not in it but never
/// "no" for one in it: one bit per hash value, small enough to stay in
/// cache.
struct WordFilter {
    bits: Box<[u64; WordFilter::WORDS]>,
}

impl WordFilter {
    /// 2^16 bits, 8 KB: a few thousand first words leave most bits clear.
    const WORDS: usize = 1024;

    fn insert(&mut self, word: &[u8]) {
        let h = Self::hash(word);
        self.bits[h / 64] |= 1 << (h % 64);
    }

    fn may_hold(&self, word: &[u8]) -> bool {
        let h = Self::hash(word);
        self.bits[h / 64] & (1 << (h % 64)) != 0
    }

    /// 16 bits of a multiplicative hash of the word's length and its
    /// first and last eight bytes (overlapping in shorter words): a few
    /// loads and one multiplication whatever the length.
    fn hash(word: &[u8]) -> usize {
        let len = word.len();
        let (head, tail) = match len {
            8.. => (u64_at(word, 0), u64_at(word, len - 8)),
            4..=7 => (u64::from(u32_at(word, 0)), u64::from(u32_at(word, len - 4))),
            1..=3 => (u64::from(word[0]) << 16 | u64::from(word[len / 2]) << 8, u64::from(word[len - 1])),
            0 => (0, 0),
        };
        let mixed = head ^ tail.rotate_left(32) ^ (len as u64) << 56;
        let h = (mixed ^ mixed >> 29).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 48) as usize
    }
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or_default())
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap_or_default())
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter { bits: Box::new([0; WordFilter::WORDS]) }
    }
}

impl std::fmt::Debug for WordFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
        write!(f, "WordFilter({set} bits set)")
    }
}

/// Where the run of letters and digits starting at byte `at` of `text`
/// ends (`at` itself when none starts there).
fn word_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    loop {
        // ASCII letters and digits without decoding, the common case.
        while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        match char_at(text, end) {
            Some((true, len)) => end += len,
            _ => return end,
        }
    }
}

/// Whether the character at byte `at` is a letter or digit, and its
/// length; ASCII without decoding.
fn char_at(text: &str, at: usize) -> Option<(bool, usize)> {
    let b = *text.as_bytes().get(at)?;
    if b.is_ascii() {
        return Some((b.is_ascii_alphanumeric(), 1));
    }
    let c = text[at..].chars().next()?;
    Some((c.is_alphanumeric(), c.len_utf8()))
}

/// Patterns being collected: the first record to claim a surface form keeps
/// it.
#[derive(Default)]
struct Forms {
    patterns: Vec<String>,
    targets: Vec<Target>,
    seen: HashMap<String, usize>,
}

impl Forms {
    /// Adds `name` under the case rule of data/README.md: four characters
    /// or fewer as written; longer names also with the first letter's case
    /// flipped ("the Kremlin" / "The Kremlin").
    fn add(&mut self, name: &str, target: Target) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        self.push(name.to_string(), target);
        if name.chars().count() > 4 {
            if let Some(flipped) = flip_first(name) {
                self.push(flipped, target);
            }
        }
    }

    fn push(&mut self, form: String, target: Target) {
        if self.seen.contains_key(&form) {
            return;
        }
        self.seen.insert(form.clone(), self.patterns.len());
        self.patterns.push(form);
        self.targets.push(target);
    }
}

/// `name` with its first letter in the other case, if it has one.
fn flip_first(name: &str) -> Option<String> {
    let first = name.chars().next()?;
    let flipped: String = if first.is_uppercase() {
        first.to_lowercase().collect()
    } else if first.is_lowercase() {
        first.to_uppercase().collect()
    } else {
        return None;
    };
    Some(flipped + &name[first.len_utf8()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let matcher = Matcher::new(&Gazetteer::embedded().unwrap()).unwrap();
        matcher.find(text, &[Span::new(0, text.len())]).iter().map(|h| h.span.of(text)).collect()
    }

    #[test]
    fn whole_words_only_and_the_longest_name() {
        assert_eq!(found("Chadwick met envoys of Chad."), ["Chad"]);
        assert_eq!(found("Papua New Guinea and Guinea-Bissau's neighbour Guinea"), ["Papua New Guinea", "Guinea-Bissau", "Guinea"]);
        assert_eq!(found("Nigerville, Niger and Nigeria"), ["Niger", "Nigeria"]);
    }
}
