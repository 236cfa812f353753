//! The speech verbs of a text found word by word: the verb list's automaton
//! looks at every byte, where most words are turned away here by their
//! length and first two letters.
//!
//! The automaton reports the leftmost-longest matches, one after the
//! other, and only those standing as whole words are kept. Word by word,
//! the same matches are found when no verb phrase of several words ("point
//! out") starts inside a word ("disappoint out"): such a match, which the
//! automaton finds and then drops, reaches into the next word and hides it.
//! The scan tells where one may be, and its caller then asks the automaton.

use dossier_core::Span;

use crate::block_bits::{bits_one_by_one, block_bits, Class};
use crate::words::packed;

/// No verb's first word is longer: longer words are turned away at once.
const LONGEST_HEAD: usize = 32;

/// Whether `b` belongs to a word for the whole-word test: an ASCII letter
/// or digit, or any byte of a character outside ASCII.
#[inline]
pub fn is_word_byte(b: u8) -> bool {
    Class::Word.holds(b)
}

/// The verb phrases that start with one word.
#[derive(Clone, Debug, Default)]
struct Head {
    /// The phrase that is this word alone, by its index in the list.
    alone: Option<usize>,
    /// Longer phrases, in lower case, longest first, with their indices.
    longer: Vec<(Box<[u8]>, usize)>,
}

/// A phrase of several words, cut at one of its spaces: a match starting
/// inside a word reaches into the word after `head`.
#[derive(Clone, Debug)]
struct Join {
    /// The first word and the space after it, in lower case.
    head: Box<[u8]>,
    /// The rest, in lower case.
    tail: Box<[u8]>,
}

/// For each word length (longer ones share the last slot) and first byte
/// modulo 32, a bit per second byte modulo 32 of the first words of the
/// phrases. Modulo 32 an ASCII letter and its capital are one, so the
/// test folds case; it lets through some words no phrase starts with,
/// never turns one away.
#[derive(Clone, Debug)]
struct PairFilter {
    bits: [[u32; 32]; 16],
}

impl PairFilter {
    fn add(&mut self, word: &[u8]) {
        let second = word.get(1).copied().unwrap_or(0);
        self.bits[word.len().min(15)][usize::from(word[0] % 32)] |= 1 << (second % 32);
    }

    /// Whether a phrase may start with the word of `len` bytes that opens
    /// with `first` and `second` (0 for a word of one byte).
    #[inline]
    fn may_hold(&self, len: usize, first: u8, second: u8) -> bool {
        self.bits[len.min(15)][usize::from(first % 32)] & (1 << (second % 32)) != 0
    }
}

/// The verb list, filed by first word.
#[derive(Clone, Debug)]
pub struct VerbScan {
    /// First words in lower case, with the phrases they start.
    heads: Vec<(Box<[u8]>, Head)>,
    /// Indices into `heads` by length (longer ones share the last slot)
    /// and first byte modulo 32: a few words to compare at most.
    /// With each index, the word as [`folded`] makes it (0 past eight
    /// bytes), so that a short word is told by one comparison.
    buckets: Vec<Vec<(u64, usize)>>,
    filter: PairFilter,
    joins: Vec<Join>,
    longest_head: usize,
    /// For each first byte modulo 32 of the first words, a bit per second
    /// byte modulo 32 (every bit for a word of one byte): told from the
    /// word's first two bytes, before its end is looked for, most words are
    /// turned away at once.
    openings: [u32; 32],
    /// A bit per first byte modulo 32 of the tails of `joins`.
    join_tails: u32,
}

impl VerbScan {
    /// The scan of `phrases`, or `None` when one of them is not ASCII
    /// letters in words one space apart, or two are the same but for
    /// case: the automaton alone then finds them as written.
    pub fn new<'p>(phrases: impl IntoIterator<Item = &'p str>) -> Option<VerbScan> {
        let mut scan = VerbScan {
            heads: Vec::new(),
            buckets: vec![Vec::new(); 16 * 32],
            filter: PairFilter { bits: [[0; 32]; 16] },
            joins: Vec::new(),
            longest_head: 0,
            openings: [0; 32],
            join_tails: 0,
        };
        for (index, phrase) in phrases.into_iter().enumerate() {
            let lower = phrase.to_ascii_lowercase().into_bytes();
            let words_ok = lower.split(|&b| b == b' ').all(|w| !w.is_empty() && w.iter().all(u8::is_ascii_lowercase));
            if !words_ok || !scan.add(lower, index) {
                return None;
            }
        }
        for (_, head) in &mut scan.heads {
            head.longer.sort_by_key(|(phrase, _)| std::cmp::Reverse(phrase.len()));
        }
        Some(scan)
    }

    /// Files one lower-cased phrase; false when it is filed already.
    fn add(&mut self, phrase: Vec<u8>, index: usize) -> bool {
        let space = phrase.iter().position(|&b| b == b' ');
        let first = &phrase[..space.unwrap_or(phrase.len())];
        if first.len() > LONGEST_HEAD {
            return false;
        }
        self.filter.add(first);
        self.longest_head = self.longest_head.max(first.len());
        self.openings[usize::from(first[0] % 32)] |= first.get(1).map_or(u32::MAX, |&second| 1 << (second % 32));
        let bucket = bucket_of(first);
        let known = self.buckets[bucket].iter().map(|&(_, i)| i).find(|&i| *self.heads[i].0 == *first);
        let i = known.unwrap_or_else(|| {
            self.heads.push((first.into(), Head::default()));
            self.buckets[bucket].push((folded(first).unwrap_or(0), self.heads.len() - 1));
            self.heads.len() - 1
        });
        let head = &mut self.heads[i].1;
        match space {
            None if head.alone.is_some() => return false,
            None => head.alone = Some(index),
            Some(_) if head.longer.iter().any(|(p, _)| **p == *phrase) => return false,
            Some(_) => {
                for (at, _) in phrase.iter().enumerate().filter(|&(_, &b)| b == b' ') {
                    self.joins.push(Join { head: phrase[..=at].into(), tail: phrase[at + 1..].into() });
                    self.join_tails |= 1 << (phrase[at + 1] % 32);
                }
                head.longer.push((phrase.into_boxed_slice(), index));
            }
        }
        true
    }

    /// Calls `found` with the span and list index of each phrase of `text`
    /// standing as whole words, in order, as the automaton would; false
    /// (having called it for some) where a phrase of several words may
    /// start inside a word, which only the automaton reads right.
    pub fn find(&self, text: &str, mut found: impl FnMut(Span, usize)) -> bool {
        let bytes = text.as_bytes();
        let bits = WordBits::new(bytes);
        // Where the automaton would go on: it passes over the rest of a
        // match, which may end inside the next word.
        let mut resume = 0;
        let mut before = 0;
        for (k, &block) in bits.bits.iter().enumerate() {
            let mut starts = block & !(block << 1 | before >> 63);
            before = block;
            while starts != 0 {
                let bit = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let at = k * 64 + bit;
                // Most words are turned away by their first two bytes,
                // before their end is looked for. Past the text's end the
                // second byte is taken as zero: the word has one byte then.
                let second_byte = bytes.get(at + 1).copied().unwrap_or(0);
                if self.openings[usize::from(bytes[at] % 32)] & (1 << (second_byte % 32)) == 0 {
                    continue;
                }
                // Most words end in their block. Bytes past the end are no
                // word bytes: the word ends by then.
                let gaps = !block & (!0 << bit);
                let end = if gaps != 0 { k * 64 + gaps.trailing_zeros() as usize } else { bits.end(at) };
                let len = end - at;
                let second = if len > 1 { bytes.get(at + 1).copied().unwrap_or(0) } else { 0 };
                if at < resume || len > self.longest_head || !self.filter.may_hold(len, bytes[at], second) {
                    continue;
                }
                let Some((match_end, index)) = self.match_at(bytes, at, end) else { continue };
                // Most words open with a byte no join's tail opens with.
                let may_be_a_tail = self.join_tails & (1 << ((bytes[at] | 0x20) % 32)) != 0;
                if may_be_a_tail && self.may_end_a_join(bytes, at) {
                    return false;
                }
                if let Some(index) = index {
                    found(Span::new(at, match_end), index);
                }
                resume = match_end;
            }
        }
        true
    }

    /// The longest phrase starting at the word `at..end`: where it ends,
    /// and its index when it stands as whole words. Kept out of the scan's
    /// loop, whose registers it would crowd (measured: inlined, the scan
    /// costs more).
    #[inline(never)]
    fn match_at(&self, bytes: &[u8], at: usize, end: usize) -> Option<(usize, Option<usize>)> {
        let word = bytes.get(at..end)?;
        // The bytes of a word are never zero, so for a word of up to eight
        // bytes equal folds are `same_but_case`.
        let key = folded(word);
        let same = |&&(head_key, i): &&(u64, usize)| key.map_or_else(|| same_but_case(word, &self.heads[i].0), |key| key == head_key);
        let &(_, i) = self.buckets[bucket_of(word)].iter().find(same)?;
        let head = &self.heads[i].1;
        for (phrase, index) in &head.longer {
            let phrase_end = at + phrase.len();
            if bytes.get(at..phrase_end).is_some_and(|t| same_but_case(t, phrase)) {
                let whole = bytes.get(phrase_end).is_none_or(|&b| !is_word_byte(b));
                return Some((phrase_end, whole.then_some(*index)));
            }
        }
        head.alone.map(|index| (end, Some(index)))
    }

    /// Whether the word at `at` may be where a phrase of several words
    /// that starts inside a word ends (its first words glued to the word
    /// before: "xaccording to"). The automaton's match would have hidden
    /// this word; only where a phrase is found in it does that matter.
    #[inline(never)]
    fn may_end_a_join(&self, bytes: &[u8], at: usize) -> bool {
        let first = bytes[at] | 0x20;
        self.joins.iter().filter(|join| join.tail[0] == first).any(|join| {
            let Some(head_start) = at.checked_sub(join.head.len()) else { return false };
            let glued = head_start.checked_sub(1).is_some_and(|b| is_word_byte(bytes[b]));
            let head = glued && bytes[head_start..at].eq_ignore_ascii_case(&join.head);
            head && bytes.get(at..at + join.tail.len()).is_some_and(|t| t.eq_ignore_ascii_case(&join.tail))
        })
    }
}

/// Whether `text` is `lower`, lower-case ASCII letters and spaces, but
/// for the case of its letters: as `eq_ignore_ascii_case`, without
/// lower-casing each byte. Setting bit 5 makes a capital lowercase; it
/// makes no byte other than a capital a lowercase letter, and only the
/// zero byte a space as well.
#[inline]
fn same_but_case(text: &[u8], lower: &[u8]) -> bool {
    text.len() == lower.len() && text.iter().zip(lower).all(|(&t, &l)| t | 0x20 == l && t != 0)
}

/// `word`, of up to eight bytes, as a number with bit 5 of each byte set
/// (lower-case letters stay, capitals become them); `None` for a longer
/// word. Of two words of one length without zero bytes, the folds are
/// equal just when `same_but_case` holds of one against the other in lower
/// case.
#[inline]
fn folded(word: &[u8]) -> Option<u64> {
    // Packed without a copy of a length not known in advance; bit 5 is
    // set in the bytes a short word's packing leaves zero too, alike in
    // every word of that length.
    (!word.is_empty() && word.len() <= 8).then(|| packed(word) | u64::from_le_bytes([0x20; 8]))
}

/// Where words of the length and first byte of `word` are filed: the
/// first byte modulo 32, so that case is folded.
#[inline]
fn bucket_of(word: &[u8]) -> usize {
    word.len().min(15) * 32 + word.first().map_or(0, |&b| usize::from(b % 32))
}

/// Bit `i % 64` of entry `i / 64` set when byte `i` of a text is a word
/// byte; bytes past the end are not.
struct WordBits {
    bits: Vec<u64>,
}

impl WordBits {
    fn new(bytes: &[u8]) -> WordBits {
        let mut bits = Vec::with_capacity(bytes.len() / 64 + 1);
        let mut blocks = bytes.chunks_exact(64);
        for block in &mut blocks {
            bits.push(block.try_into().map_or(0, |block| block_bits(block, Class::Word)));
        }
        bits.push(bits_one_by_one(blocks.remainder(), Class::Word));
        WordBits { bits }
    }

    /// The first byte from `from` on that is not a word byte (past the end
    /// of the text where it runs to the end).
    #[inline]
    fn end(&self, from: usize) -> usize {
        let mut k = from / 64;
        let Some(&first) = self.bits.get(k) else { return from };
        let mut gaps = !first & (!0 << (from % 64));
        while gaps == 0 {
            k += 1;
            let Some(&next) = self.bits.get(k) else { return k * 64 };
            gaps = !next;
        }
        k * 64 + gaps.trailing_zeros() as usize
    }
}

#[cfg(test)]
mod tests {
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
    use proptest::prelude::*;

    use super::*;

    /// What the scan stands for: the automaton's matches that stand as
    /// whole words.
    fn by_automaton(phrases: &[&str], text: &str) -> Vec<(Span, usize)> {
        let automaton: AhoCorasick = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(phrases)
            .unwrap();
        let bytes = text.as_bytes();
        automaton
            .find_iter(text)
            .filter(|m| {
                let before = m.start().checked_sub(1).map(|i| bytes[i]);
                let after = bytes.get(m.end()).copied();
                !before.is_some_and(is_word_byte) && !after.is_some_and(is_word_byte)
            })
            .map(|m| (Span::new(m.start(), m.end()), m.pattern().as_usize()))
            .collect()
    }

    fn by_scan(scan: &VerbScan, text: &str) -> Option<Vec<(Span, usize)>> {
        let mut out = Vec::new();
        scan.find(text, |span, index| out.push((span, index))).then_some(out)
    }

    const PHRASES: &[&str] = &["said", "says", "say", "saying", "told", "point out", "pointed out", "according to", "Noted", "to the", "ad"];

    /// Pieces of text that make phrases, parts of phrases and words around
    /// them, glued or spaced, in any case.
    const PIECES: &[&str] = &[
        "said", "SAID", "say", "s", "ay", "ing", "to", "told", "ld", "point", "ed", "out", "according", "ACCORDING", "noted", "the",
        "ad", "x", "9", "é", "’", " ", " ", " ", "  ", "-", ".", ",", "\n", "“",
    ];

    #[test]
    fn finds_whole_words_and_leaves_glued_phrases_to_the_automaton() {
        let scan = VerbScan::new(PHRASES.iter().copied()).unwrap();
        let text = "He said, pointed out, unsaid, according told, SAYING it to the end.";
        assert_eq!(by_scan(&scan, text).unwrap(), by_automaton(PHRASES, text));
        assert_eq!(by_scan(&scan, "it was xaccording to them"), None);
    }

    #[test]
    fn same_but_case_is_eq_ignore_ascii_case_on_lower_case_letters_and_spaces() {
        for lower in [&b"a"[..], b"z", b" ", b"a b"] {
            for t in 0..=255u8 {
                let text: Vec<u8> = lower.iter().map(|&l| if l == lower[0] { t } else { l }).collect();
                assert_eq!(same_but_case(&text, lower), text.eq_ignore_ascii_case(lower), "{t} for {lower:?}");
            }
        }
    }

    proptest! {
        /// Folds of words of one length agree with `same_but_case`.
        #[test]
        fn folds_are_equal_just_when_the_words_are_the_same_but_for_case(
            word in "[a-zA-Z0-9é]{1,8}",
            head in "[a-z]{1,8}",
        ) {
            let (word, head) = (word.as_bytes(), head.as_bytes());
            if word.len() == head.len() {
                prop_assert_eq!(folded(word) == folded(head), same_but_case(word, head));
            }
            let upper = head.to_ascii_uppercase();
            prop_assert_eq!(folded(&upper), folded(head));
        }
    }

    #[test]
    fn phrases_it_cannot_file_are_left_to_the_automaton() {
        assert!(VerbScan::new(["said", "SAID"]).is_none());
        assert!(VerbScan::new(["point  out"]).is_none());
        assert!(VerbScan::new(["it's"]).is_none());
        assert!(VerbScan::new([" said"]).is_none());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Where the scan answers, it finds what the automaton finds.
        #[test]
        fn the_scan_finds_what_the_automaton_finds(pieces in prop::collection::vec(prop::sample::select(PIECES), 0..30)) {
            let text: String = pieces.concat();
            let scan = VerbScan::new(PHRASES.iter().copied()).unwrap();
            if let Some(found) = by_scan(&scan, &text) {
                prop_assert_eq!(found, by_automaton(PHRASES, &text), "{:?}", text);
            }
        }

        /// With random phrases too.
        #[test]
        fn any_phrases_are_found_as_the_automaton_finds_them(
            phrases in prop::collection::vec("[a-c]{1,3}( [a-c]{1,2}){0,2}", 1..6),
            text in "[a-cA-C é.-]{0,40}",
        ) {
            let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
            if let Some(scan) = VerbScan::new(phrases.iter().copied()) {
                if let Some(found) = by_scan(&scan, &text) {
                    prop_assert_eq!(found, by_automaton(&phrases, &text), "{:?} in {:?}", phrases, text);
                }
            }
        }
    }
}
