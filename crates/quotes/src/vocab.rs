//! The words the stage knows: speech verbs, titles, unnamed-source nouns,
//! pronouns and words to skip, loaded from `data/quotes/`.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use dossier_core::tsv::Table;
use dossier_core::{Span, WordFilter};
use rustc_hash::FxHashSet;

use crate::verb_scan::{is_word_byte, VerbScan};
use crate::words::packed;
use crate::{Error, Result};

/// How a speech verb points at its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbKind {
    /// "X said": the speaker is the subject just before the verb.
    Finite,
    /// "..., saying": the speaker is the clause's subject.
    Participle,
    /// "according to X": the speaker follows.
    According,
}

/// One speech verb found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbHit {
    pub span: Span,
    pub kind: VerbKind,
    /// Whether and how the verb reports speech without marks.
    pub indirect: Reporting,
}

/// How a speech verb reports speech without quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reporting {
    /// Only attributes quotations in marks.
    No,
    /// "X said that …".
    That,
    /// "X said that …" or "X said the …".
    Bare,
}

/// A case-insensitive set of words, searched without allocating.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    /// The words in ASCII lower case.
    lower: FxHashSet<Box<[u8]>>,
    /// Length of the longest word: longer ones are rejected untouched.
    longest: usize,
    /// Most words asked about are turned down by it before they are hashed.
    filter: WordFilter,
    /// The words of up to eight bytes as [`packed_lower`] makes them, filed
    /// by [`short_bucket`]: most words asked about are short, and are told
    /// by a comparison or two instead of a hash.
    short: Vec<u64>,
    /// Where each bucket of `short` ends (a bucket starts where the one
    /// before it ends).
    short_ends: Vec<u32>,
}

/// Words up to this long are looked up in [`WordSet::short`].
const SHORT: usize = 8;
/// Buckets of short words: one per length and first byte modulo 32.
const SHORT_BUCKETS: usize = SHORT * 32;

/// The bucket of a short word (of 1 to `SHORT` bytes): its length and its
/// first byte modulo 32, which an ASCII letter and its capital share.
#[inline]
fn short_bucket(word: &[u8]) -> usize {
    (word.len() - 1) * 32 + usize::from(word[0] % 32)
}

/// `word`, of up to eight bytes, [`packed`] and in ASCII lower case. Of
/// two words of one length, the numbers are equal just when the words are
/// the same in ASCII lower case.
#[inline]
fn packed_lower(word: &[u8]) -> u64 {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let x = packed(word);
    // Seven low bits of each byte: adding to them carries into no other byte.
    let low = x & !HIGH;
    let from_a = low + ONES * u64::from(0x80 - b'A');
    let past_z = low + ONES * u64::from(0x80 - b'Z' - 1);
    let capitals = from_a & !past_z & !x & HIGH;
    // A capital's high bit moved to bit 5 makes it lower case.
    x | capitals >> 2
}

impl WordSet {
    fn new(words: Vec<String>) -> Self {
        let lower: FxHashSet<Box<[u8]>> = words.iter().map(|w| w.to_ascii_lowercase().into_bytes().into_boxed_slice()).collect();
        let longest = lower.iter().map(|w| w.len()).max().unwrap_or(0);
        let mut filter = WordFilter::empty();
        for w in &lower {
            filter.add(w);
        }
        let mut filed: Vec<(usize, u64)> =
            lower.iter().filter(|w| (1..=SHORT).contains(&w.len())).map(|w| (short_bucket(w), packed_lower(w))).collect();
        filed.sort_unstable();
        let short = filed.iter().map(|&(_, key)| key).collect();
        let short_ends = (0..SHORT_BUCKETS).map(|b| filed.partition_point(|&(bucket, _)| bucket <= b) as u32).collect();
        WordSet { lower, longest, filter, short, short_ends }
    }

    /// Whether `word` is in the set, ignoring ASCII case. The quick test is
    /// made where the set is asked (inlined), the lookup only for the words
    /// that pass it.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let word = word.as_bytes();
        word.len() <= self.longest && self.filter.may_hold(word) && self.looked_up(word)
    }

    /// Whether the set holds `word` in ASCII lower case.
    fn looked_up(&self, word: &[u8]) -> bool {
        if (1..=SHORT).contains(&word.len()) {
            return self.holds_short(word);
        }
        self.hashed(word)
    }

    /// `looked_up` for a word of 1 to `SHORT` bytes.
    #[inline]
    fn holds_short(&self, word: &[u8]) -> bool {
        let bucket = short_bucket(word);
        let start = bucket.checked_sub(1).map_or(0, |b| self.short_ends[b] as usize);
        let end = self.short_ends[bucket] as usize;
        let key = packed_lower(word);
        self.short[start..end].contains(&key)
    }

    /// `looked_up` through the hash set: what the short words' buckets
    /// must agree with, and what finds the longer words.
    fn hashed(&self, word: &[u8]) -> bool {
        /// Words up to this long are lower-cased on the stack.
        const STACK: usize = 64;
        if word.len() > STACK {
            return self.lower.contains(word.to_ascii_lowercase().as_slice());
        }
        let mut lower = [0u8; STACK];
        let lower = &mut lower[..word.len()];
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        self.lower.contains(&*lower)
    }
}

/// Everything the quote stage knows about the language of attribution.
#[derive(Clone, Debug)]
pub struct Vocabulary {
    verbs: AhoCorasick,
    /// The same list filed by first word, walked word by word where it
    /// can stand for the automaton.
    verb_scan: Option<VerbScan>,
    verb_info: Vec<(VerbKind, Reporting)>,
    pub titles: WordSet,
    pub sources: WordSet,
    pub skip: WordSet,
    pub singular_pronouns: WordSet,
    pub plural_pronouns: WordSet,
    /// News outlets, by every name they go by.
    pub media: WordSet,
}

const VERBS: &str = include_str!("../../../data/quotes/speech_verbs.tsv");
const TITLES: &str = include_str!("../../../data/quotes/titles.tsv");
const SOURCES: &str = include_str!("../../../data/quotes/sources.tsv");
const SKIP: &str = include_str!("../../../data/quotes/skip_words.tsv");
const PRONOUNS: &str = include_str!("../../../data/quotes/pronouns.tsv");
const ORGANIZATIONS: &str = include_str!("../../../data/actors/organizations.tsv");

/// Data rows of a TSV file, with line numbers, after checking the header;
/// every field must be filled.
fn rows(file: &'static str, text: &'static str, header: &'static str) -> Result<Vec<(usize, Vec<&'static str>)>> {
    let table = Table::parse(text).map_err(|e| Error::BadLine { file, line: e.line, problem: e.message })?;
    let columns: Vec<&str> = header.split('\t').collect();
    if !table.has_columns(&columns) {
        return Err(Error::BadHeader { file, expected: header });
    }
    table
        .rows
        .iter()
        .map(|row| {
            let fields: Vec<&str> = (0..columns.len()).map(|i| row.get(i)).collect();
            if fields.iter().any(|f| f.is_empty()) {
                let problem = format!("expected {} non-empty fields", columns.len());
                return Err(Error::BadLine { file, line: row.line, problem });
            }
            Ok((row.line, fields))
        })
        .collect()
}

/// Names and aliases of the news media in the actor gazetteer, with and
/// without a leading "The": "according to" one of them sources a news
/// report, which is not a quotation of the outlet.
fn media_names(text: &'static str) -> Result<WordSet> {
    const FILE: &str = "actors/organizations.tsv";
    let table = Table::parse(text).map_err(|e| Error::BadLine { file: FILE, line: e.line, problem: e.message })?;
    let (Some(name), Some(aliases), Some(kind)) = (table.column("name"), table.column("aliases"), table.column("kind")) else {
        return Err(Error::BadHeader { file: FILE, expected: "code\twikidata\tname\taliases\tkind\tcountry" });
    };
    let mut names = Vec::new();
    for row in table.rows.iter().filter(|r| matches!(r.get(kind), "media" | "state-media")) {
        for n in std::iter::once(row.get(name)).chain(row.list(aliases)).filter(|n| !n.is_empty()) {
            names.push(n.to_string());
            if let Some(rest) = n.strip_prefix("The ") {
                names.push(rest.to_string());
            }
        }
    }
    Ok(WordSet::new(names))
}

fn word_set(file: &'static str, text: &'static str, header: &'static str) -> Result<WordSet> {
    Ok(WordSet::new(rows(file, text, header)?.into_iter().map(|(_, f)| f[0].trim().to_string()).collect()))
}

fn verb_row(line: usize, fields: &[&str]) -> Result<(VerbKind, Reporting)> {
    let bad = |problem: &str| Error::BadLine { file: "speech_verbs.tsv", line, problem: problem.to_string() };
    let kind = match fields[1] {
        "finite" => VerbKind::Finite,
        "participle" => VerbKind::Participle,
        "according" => VerbKind::According,
        _ => return Err(bad("kind must be finite, participle or according")),
    };
    let indirect = match fields[2] {
        "that" => Reporting::That,
        "bare" => Reporting::Bare,
        "no" => Reporting::No,
        _ => return Err(bad("indirect must be that, bare or no")),
    };
    Ok((kind, indirect))
}

impl Vocabulary {
    /// The vocabulary compiled into the binary from `data/quotes/`.
    pub fn embedded() -> Result<Vocabulary> {
        let verb_rows = rows("speech_verbs.tsv", VERBS, "form\tkind\tindirect")?;
        let verb_info = verb_rows.iter().map(|(line, f)| verb_row(*line, f)).collect::<Result<Vec<_>>>()?;
        // A DFA: the verb list is small, and this search runs over every byte.
        let verbs = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(verb_rows.iter().map(|(_, f)| f[0]))?;
        let verb_scan = VerbScan::new(verb_rows.iter().map(|(_, f)| f[0]));
        let pronouns = rows("pronouns.tsv", PRONOUNS, "pronoun\tnumber")?;
        let pick = |number: &str| {
            WordSet::new(pronouns.iter().filter(|(_, f)| f[1] == number).map(|(_, f)| f[0].to_string()).collect())
        };
        Ok(Vocabulary {
            verbs,
            verb_scan,
            verb_info,
            titles: word_set("titles.tsv", TITLES, "title")?,
            sources: word_set("sources.tsv", SOURCES, "noun")?,
            skip: word_set("skip_words.tsv", SKIP, "word")?,
            singular_pronouns: pick("singular"),
            plural_pronouns: pick("plural"),
            media: media_names(ORGANIZATIONS)?,
        })
    }

    /// Every speech verb of `text` standing as whole words, in order; one
    /// pass over the text, word by word where the scan can tell.
    pub fn find_verbs(&self, text: &str) -> Vec<VerbHit> {
        // Room for a verb every 128 bytes, about as many as news reports
        // hold at most: the list is seldom grown.
        let mut hits = Vec::with_capacity(text.len() / 128 + 4);
        if let Some(scan) = &self.verb_scan {
            if scan.find(text, |span, index| hits.push(self.hit(span, index))) {
                return hits;
            }
        }
        self.find_verbs_by_automaton(text)
    }

    /// `find_verbs` with the automaton, which looks at every byte: what the
    /// scan must agree with, and what reads a text it cannot.
    fn find_verbs_by_automaton(&self, text: &str) -> Vec<VerbHit> {
        let bytes = text.as_bytes();
        self.verbs
            .find_iter(text)
            .filter(|m| {
                let before = m.start().checked_sub(1).map(|i| bytes[i]);
                let after = bytes.get(m.end()).copied();
                !before.is_some_and(is_word_byte) && !after.is_some_and(is_word_byte)
            })
            .map(|m| self.hit(Span::new(m.start(), m.end()), m.pattern().as_usize()))
            .collect()
    }

    fn hit(&self, span: Span, index: usize) -> VerbHit {
        let (kind, indirect) = self.verb_info[index];
        VerbHit { span, kind, indirect }
    }

    /// Whether the word is a pronoun that can stand for a speaker.
    pub fn is_pronoun(&self, word: &str) -> bool {
        self.singular_pronouns.contains(word) || self.plural_pronouns.contains(word)
    }

    /// Whether the word is a filler that is never part of a name: a skip
    /// word, or an adverb in -ly ("bluntly said"), but not the few common
    /// nouns in -ly that can end a speaker phrase ("a national daily").
    pub fn is_skip(&self, word: &str) -> bool {
        const LY_NOUNS: &[&str] = &["daily", "weekly", "monthly", "quarterly", "family", "ally", "assembly", "rally", "supply"];
        let adverb = || {
            word.len() > 3
                && word.ends_with("ly")
                && !super::words::is_capitalized(word)
                && !LY_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word))
        };
        self.skip.contains(word) || adverb()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_loads() {
        let v = Vocabulary::embedded().unwrap();
        assert!(v.titles.contains("Minister"));
        assert!(v.sources.contains("OFFICIALS"));
        assert!(v.is_pronoun("He"));
        assert!(v.media.contains("Korean Central News Agency") && v.media.contains("korea herald"));
        assert!(!v.media.contains("United Nations"));
        assert!(v.is_skip("bluntly") && !v.is_skip("Kelly") && !v.is_skip("daily"));
    }

    #[test]
    fn word_sets_ignore_ascii_case_only() {
        let long = "x".repeat(80);
        let set = WordSet::new(vec!["Minister".to_string(), "Émile".to_string(), long.clone()]);
        assert!(set.contains("MINISTER") && set.contains("minister") && set.contains(&long.to_uppercase()));
        assert!(set.contains("ÉMILE") && !set.contains("émile"));
        assert!(!set.contains("ministers") && !set.contains("") && !set.contains(&"x".repeat(81)));
    }

    proptest::proptest! {
        /// The length and first-byte test turns down only words the set
        /// does not hold.
        #[test]
        fn the_quick_test_keeps_every_word_of_the_set(
            words in proptest::collection::vec("[a-zA-Z0-9éÉ'. -]{0,6}", 0..12),
            asked in "[a-zA-Z0-9éÉ'. -]{0,6}",
            pick in 0usize..16,
        ) {
            let set = WordSet::new(words.clone());
            let asked = words.get(pick).map_or(asked, |w| if pick % 2 == 0 { w.to_ascii_uppercase() } else { w.clone() });
            let held = words.iter().any(|w| w.to_ascii_lowercase() == asked.to_ascii_lowercase());
            proptest::prop_assert_eq!(set.contains(&asked), held);
            proptest::prop_assert_eq!(set.looked_up(asked.as_bytes()), set.hashed(asked.as_bytes()));
        }

        /// Short words are told by their packed form as the hash set tells
        /// them, whatever their bytes.
        #[test]
        fn short_words_are_found_as_the_hash_set_finds_them(
            words in proptest::collection::vec(proptest::collection::vec(proptest::prelude::any::<u8>(), 1..=8), 0..12),
            asked in proptest::collection::vec(proptest::prelude::any::<u8>(), 1..=8),
            pick in 0usize..16,
        ) {
            let words: Vec<String> = words.into_iter().map(|w| String::from_utf8_lossy(&w).into_owned()).collect();
            let set = WordSet::new(words.clone());
            let asked = words.get(pick).map_or(asked, |w| w.to_ascii_uppercase().into_bytes());
            if (1..=SHORT).contains(&asked.len()) {
                proptest::prop_assert_eq!(set.holds_short(&asked), set.hashed(&asked));
            }
        }
    }

    #[test]
    fn finds_whole_word_verbs_longest_first() {
        let v = Vocabulary::embedded().unwrap();
        let text = "She pointed out that unsaid things, Said Ali noted, according to him.";
        let found: Vec<&str> = v.find_verbs(text).iter().map(|h| h.span.of(text)).collect();
        assert_eq!(found, ["pointed out", "Said", "noted", "according to"]);
        assert!(v.verb_scan.is_some(), "the embedded verbs are walked word by word");
    }

    proptest::proptest! {
        /// The embedded verbs are found word by word as the automaton finds
        /// them, in text made of verbs, their parts and what surrounds them.
        #[test]
        fn verbs_are_found_as_the_automaton_finds_them(pieces in proptest::collection::vec(proptest::sample::select(&[
            "said", "Says", "say", "ing", "told", "to", "ld", "pointed", "points", "out", "according", "ACCORDING", "noted", "the",
            "that", "x", "é", "’", " ", " ", " ", ",", ".", "-", "\n",
        ][..]), 0..30)) {
            static VOCAB: std::sync::LazyLock<Vocabulary> = std::sync::LazyLock::new(|| Vocabulary::embedded().unwrap());
            let v = &*VOCAB;
            let text = pieces.concat();
            let hits = v.find_verbs(&text);
            proptest::prop_assert_eq!(hits, v.find_verbs_by_automaton(&text), "{:?}", text);
        }
    }
}
