//! Every name, alias, demonym, capital and seat of the gazetteer, filed by
//! how it opens ([`filing`]), looked for in a document's text from each
//! word start that can open a name (here).

mod filing;

use dossier_core::bytes::{ascii_letter_run, run_stops, word_and_lead_bits};
use dossier_core::Span;
use rustc_hash::FxHashMap;

use self::filing::{run_key, Forms, Openings};
use crate::gazetteer::Gazetteer;
use crate::names;
use crate::Result;

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

/// The names filed by their openings and what each of them names.
#[derive(Debug)]
pub struct Matcher {
    openings: Openings,
    targets: Vec<Target>,
    /// Surnames derived from people's names → the people bearing them.
    surnames: FxHashMap<String, Vec<usize>>,
}

impl Matcher {
    pub fn new(gazetteer: &Gazetteer) -> Result<Matcher> {
        let forms = Forms::of(gazetteer);
        // Names are sought only from word starts, and there among the few
        // names that open as the word does: most bytes are inside words,
        // where no whole-word name can start, and most words open no name.
        let openings = Openings::of(forms.patterns);
        let mut surnames: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, p) in gazetteer.people.iter().enumerate() {
            let family_first = gazetteer.family_name_first(p.country().and_then(|c| gazetteer.country(c)));
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                let surname = names::surname(name, family_first);
                let bearers = surnames.entry(surname.to_string()).or_default();
                if !bearers.contains(&i) {
                    bearers.push(i);
                }
            }
        }
        Ok(Matcher { openings, targets: forms.targets, surnames })
    }

    /// Every gazetteer name in `text` that stands as whole words and lies
    /// inside one of `sentences` (sorted, as the segmenter makes them).
    ///
    /// From each word start, left to right, the longest name starting
    /// there; a name found (kept or not) covers the word starts inside it.
    pub fn find(&self, text: &str, sentences: &[Span]) -> Vec<Hit> {
        // Names opening with ASCII punctuation may start where no word
        // does: the byte-by-byte walk finds them.
        if self.openings.punctuation_opens {
            return self.find_by_runs(text, sentences);
        }
        let bytes = text.as_bytes();
        let mut found = Found::new(text, sentences);
        let mut at = 0;
        for (start, run, key) in WordStarts::new(bytes, self.openings.other_script_opens) {
            if start < at {
                continue;
            }
            if !self.openings.may_open(bytes, start, run, key) || alphanumeric_before(text, start) {
                continue;
            }
            if let Some(pattern) = self.openings.longest_at(bytes, start, run) {
                at = start + self.openings.patterns[pattern].len();
                found.push(Span::new(start, at), self.targets[pattern]);
            }
        }
        found.hits
    }

    /// [`Matcher::find`] walking the text run after run, byte by byte
    /// between them: for gazetteers with names that open with ASCII
    /// punctuation, and the reference the word-start masks are tested
    /// against.
    fn find_by_runs(&self, text: &str, sentences: &[Span]) -> Vec<Hit> {
        let mut found = Found::new(text, sentences);
        let mut at = 0;
        while let Some((start, run)) = self.next_start(text, at) {
            let Some(pattern) = self.openings.longest_at(text.as_bytes(), start, run) else {
                at = start + 1;
                continue;
            };
            at = start + self.openings.patterns[pattern].len();
            found.push(Span::new(start, at), self.targets[pattern]);
        }
        found.hits
    }

    /// The first position from `at` on that starts a word (no letter or
    /// digit before it) as some name does, with the length of the run of
    /// ASCII letters and digits there.
    fn next_start(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        let mut p = at;
        if p > 0 && bytes[p - 1].is_ascii_alphanumeric() {
            p = after_run(bytes, p);
        }
        // Here the byte before `p` is no ASCII letter or digit.
        while p < bytes.len() {
            let (run, key) = run_at(bytes, p);
            if self.openings.may_open(bytes, p, run, key) && !alphanumeric_before(text, p) {
                return Some((p, run));
            }
            // The byte ending a run follows a letter or digit: no word
            // starts there.
            p += if run == 0 { 1 } else { run + 1 };
        }
        None
    }

    /// The gazetteer people whose surname is `word`.
    pub fn people_named(&self, word: &str) -> &[usize] {
        self.surnames.get(word).map_or(&[], Vec::as_slice)
    }
}

/// The names found in a text, kept when they lie inside a sentence and
/// stand as whole words.
struct Found<'t> {
    text: &'t str,
    sentences: &'t [Span],
    /// The first sentence not ending before the last name found.
    sentence: usize,
    hits: Vec<Hit>,
}

impl<'t> Found<'t> {
    fn new(text: &'t str, sentences: &'t [Span]) -> Found<'t> {
        // Room for a name every 64 bytes, more than news text has, so the
        // vector seldom grows.
        Found { text, sentences, sentence: 0, hits: Vec::with_capacity(text.len() / 64) }
    }

    /// A name found at `span`, after those found before.
    fn push(&mut self, span: Span, target: Target) {
        let sentences = self.sentences;
        while self.sentence < sentences.len() && sentences[self.sentence].end <= span.start {
            self.sentence += 1;
        }
        let inside = sentences.get(self.sentence).is_some_and(|s| s.start <= span.start && span.end <= s.end);
        if inside && names::whole_words(self.text, span) {
            self.hits.push(Hit { span, target });
        }
    }
}

/// The positions of a text, in order, where a word starts (an ASCII
/// letter or digit after any other byte) and, when names open so, where a
/// character other than ASCII starts, each with the length of the run of
/// ASCII letters and digits there and its key ([`run_key`]; 0 for an empty
/// run): read from masks of 64 bytes at a time, a bit per byte, so the
/// bytes inside words cost no step each.
struct WordStarts<'t> {
    bytes: &'t [u8],
    /// The block at `base` and the eight bytes after it (zeros past the
    /// end of the text): a run's key is read from it at any start of the
    /// block without a bounds check on the text.
    block: [u8; BLOCK + 8],
    /// The starts left in the block at `base`, bit `i` for byte `base + i`.
    starts: u64,
    /// The ASCII letters and digits of the block.
    words: u64,
    base: usize,
    /// Where the next block starts.
    next: usize,
    /// Whether the last byte of the block before is a letter or digit.
    after_word: bool,
    other_scripts: bool,
}

const BLOCK: usize = 64;

/// The bytes of a run's key by its length: the first `run` bytes of eight,
/// all eight from eight on.
const KEY_BYTES: [u64; BLOCK] = {
    let mut masks = [u64::MAX; BLOCK];
    let mut run = 0;
    while run < 8 {
        masks[run] = (1u64 << (8 * run)) - 1;
        run += 1;
    }
    masks
};

impl<'t> WordStarts<'t> {
    fn new(bytes: &'t [u8], other_scripts: bool) -> WordStarts<'t> {
        WordStarts { bytes, block: [0; BLOCK + 8], starts: 0, words: 0, base: 0, next: 0, after_word: false, other_scripts }
    }

    /// Loads the starts of the next block.
    fn load(&mut self) {
        let at = self.next;
        match self.bytes.get(at..at + BLOCK + 8).and_then(|b| <&[u8; BLOCK + 8]>::try_from(b).ok()) {
            Some(block) => self.block = *block,
            None => {
                // The last blocks, shorter: zero bytes start nothing.
                let rest = &self.bytes[at.min(self.bytes.len())..];
                let copied = rest.len().min(BLOCK + 8);
                self.block = [0; BLOCK + 8];
                self.block[..copied].copy_from_slice(&rest[..copied]);
            }
        }
        let (words, leads) = match self.block.first_chunk::<BLOCK>() {
            Some(block) => word_and_lead_bits(block),
            None => (0, 0),
        };
        self.starts = words & !(words << 1 | u64::from(self.after_word));
        if self.other_scripts {
            self.starts |= leads;
        }
        self.after_word = words >> 63 != 0;
        self.words = words;
        self.base = at;
        self.next = at + BLOCK;
    }

    /// The key of the run of `run` bytes at `i` of the block, which ends
    /// inside the block: the eight bytes there, those past the run masked.
    #[inline(always)]
    fn key_in_block(&self, i: usize, run: usize) -> u64 {
        let eight = self.block.get(i..i + 8).and_then(|b| b.try_into().ok()).map_or(0, u64::from_le_bytes);
        (eight & KEY_BYTES[run % BLOCK]) ^ (run as u64).rotate_right(8)
    }
}

impl Iterator for WordStarts<'_> {
    type Item = (usize, usize, u64);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize, u64)> {
        while self.starts == 0 {
            if self.next >= self.bytes.len() {
                return None;
            }
            self.load();
        }
        let i = self.starts.trailing_zeros() as usize % BLOCK;
        self.starts &= self.starts - 1;
        // The ones from bit `i` up; a run reaching the block's end goes on
        // in the bytes after it.
        let run = (!(self.words >> i)).trailing_zeros() as usize;
        let start = self.base + i;
        if i + run < BLOCK {
            return Some((start, run, self.key_in_block(i, run)));
        }
        let run = run + ascii_letter_run(self.bytes.get(self.next..).unwrap_or_default(), true);
        Some((start, run, run_key(&self.bytes[start..], run)))
    }
}

/// The length of the run of ASCII letters and digits at `p` of `bytes`,
/// and its key ([`run_key`]; 0 for an empty run). A run shorter than eight
/// bytes, as most words are, is told from one read of eight bytes, which
/// is its key too.
#[inline]
fn run_at(bytes: &[u8], p: usize) -> (usize, u64) {
    if let Some(eight) = bytes.get(p..p + 8) {
        let x = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        let stops = run_stops(x, true);
        if stops != 0 {
            let run = (stops.trailing_zeros() / 8) as usize;
            let head = x & ((1u64 << (8 * run)) - 1);
            return (run, head ^ (run as u64).rotate_right(8));
        }
        let run = 8 + ascii_letter_run(&bytes[p + 8..], true);
        return (run, x ^ (run as u64).rotate_right(8));
    }
    let run = ascii_letter_run(&bytes[p..], true);
    (run, if run == 0 { 0 } else { run_key(&bytes[p..], run) })
}

/// The position after the end of a run of ASCII letters and digits that
/// goes on at `p`, and after the byte that ends it.
fn after_run(bytes: &[u8], p: usize) -> usize {
    p + ascii_letter_run(&bytes[p..], true) + 1
}

/// Whether a letter or digit ends just before `p` (a character boundary).
/// Other characters than ASCII are decoded.
fn alphanumeric_before(text: &str, p: usize) -> bool {
    match p.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => text[..p].chars().next_back().is_some_and(char::is_alphanumeric),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use aho_corasick::{AhoCorasick, MatchKind};
    use proptest::prelude::*;

    use super::*;

    fn matcher() -> &'static Matcher {
        static MATCHER: OnceLock<Matcher> = OnceLock::new();
        MATCHER.get_or_init(|| Matcher::new(&Gazetteer::embedded().unwrap()).unwrap())
    }

    fn patterns() -> &'static [String] {
        static PATTERNS: OnceLock<Vec<String>> = OnceLock::new();
        PATTERNS.get_or_init(|| Forms::of(&Gazetteer::embedded().unwrap()).patterns)
    }

    fn found(text: &str) -> Vec<&str> {
        matcher().find(text, &[Span::new(0, text.len())]).iter().map(|h| h.span.of(text)).collect()
    }

    /// The matching of one unanchored leftmost-longest pass, kept as the
    /// reference: a name found anywhere, whole words or not, covers the
    /// text it spans.
    fn unanchored_pass(text: &str, sentences: &[Span]) -> Vec<Hit> {
        static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();
        let automaton = AUTOMATON.get_or_init(|| {
            AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(patterns()).unwrap()
        });
        let targets = &matcher().targets;
        automaton
            .find_iter(text)
            .map(|m| Hit { span: Span::new(m.start(), m.end()), target: targets[m.pattern().as_usize()] })
            .filter(|h| sentences.iter().any(|s| s.start <= h.span.start && h.span.end <= s.end))
            .filter(|h| names::whole_words(text, h.span))
            .collect()
    }

    /// The rule `find` follows, by brute force: from each word start, left
    /// to right, the longest name starting there; a name found covers the
    /// word starts inside it.
    fn from_word_starts(text: &str, sentences: &[Span]) -> Vec<Hit> {
        let targets = &matcher().targets;
        let mut hits = Vec::new();
        let mut at = 0;
        for p in (0..text.len()).filter(|&p| text.is_char_boundary(p)) {
            if p < at || text[..p].chars().next_back().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let longest = patterns().iter().enumerate().filter(|(_, n)| text[p..].starts_with(n.as_str())).max_by_key(|(_, n)| n.len());
            let Some((i, name)) = longest else { continue };
            at = p + name.len();
            let span = Span::new(p, at);
            if sentences.iter().any(|s| s.start <= span.start && span.end <= s.end) && names::whole_words(text, span) {
                hits.push(Hit { span, target: targets[i] });
            }
        }
        hits
    }

    /// Ordinary words, some capitalised, some that names begin or end with.
    const WORDS: &[&str] = &["the", "met", "of", "and", "in", "New", "North", "South", "Republic", "President", "wick", "ia", "ese", "n", "é", "Ö", "7"];
    const GAPS: &[&str] = &[" ", " ", " ", "-", ", ", "'s ", "’s ", " “", "” ", ". ", "\n", "", ""];

    /// Pieces of text: gazetteer names, words and gaps.
    fn pieces() -> impl Strategy<Value = Vec<(u8, prop::sample::Index)>> {
        prop::collection::vec((0u8..3, any::<prop::sample::Index>()), 1..24)
    }

    fn text_of(pieces: &[(u8, prop::sample::Index)], glued: bool) -> String {
        let mut text = String::new();
        for (kind, index) in pieces {
            match kind {
                0 => text.push_str(index.get::<String>(patterns())),
                1 => text.push_str(index.get::<&str>(WORDS)),
                _ if glued => text.push_str(index.get::<&str>(GAPS)),
                _ => text.push_str(index.get::<&str>(&GAPS[..GAPS.len() - 2])),
            }
            if !glued && *kind != 2 {
                text.push(' ');
            }
        }
        text
    }

    /// Sentences cut at the first gap after `cut` of the text.
    fn sentences_of(text: &str, cut: prop::sample::Index) -> Vec<Span> {
        let at = (0..=cut.index(text.len() + 1)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        match text[at..].find(' ').map(|i| at + i) {
            Some(gap) => vec![Span::new(0, gap), Span::new(gap + 1, text.len())],
            None => vec![Span::new(0, text.len())],
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// Names and words glued only at their ends ("Chadwick"): as one
        /// unanchored pass over the text found.
        #[test]
        fn as_one_unanchored_pass(pieces in pieces(), cut in any::<prop::sample::Index>()) {
            let text = text_of(&pieces, false);
            let sentences = sentences_of(&text, cut);
            prop_assert_eq!(matcher().find(&text, &sentences), unanchored_pass(&text, &sentences), "{:?}", text);
        }

        /// Anything glued to anything: the longest name from each word start.
        #[test]
        fn the_longest_name_from_each_word_start(pieces in pieces(), cut in any::<prop::sample::Index>()) {
            let text = text_of(&pieces, true);
            let sentences = sentences_of(&text, cut);
            prop_assert_eq!(matcher().find(&text, &sentences), from_word_starts(&text, &sentences), "{:?}", text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Texts over several blocks of 64 bytes, glued or not: the word
        /// starts read from masks find what the walk run after run finds.
        #[test]
        fn word_start_masks_find_as_the_walk_does(pieces in prop::collection::vec((0u8..3, any::<prop::sample::Index>()), 1..120), glued in any::<bool>(), cut in any::<prop::sample::Index>()) {
            let text = text_of(&pieces, glued);
            let sentences = sentences_of(&text, cut);
            prop_assert_eq!(matcher().find(&text, &sentences), matcher().find_by_runs(&text, &sentences), "{:?}", text);
        }

        /// Every start the masks give, against the bytes read one by one.
        #[test]
        fn word_starts_as_read_byte_by_byte(text in "[a-zA-Z0-9 .,’éÉ\u{130}\u{1F600}-]{0,200}", others in any::<bool>()) {
            let bytes = text.as_bytes();
            let want: Vec<usize> = (0..bytes.len())
                .filter(|&p| {
                    let word = bytes[p].is_ascii_alphanumeric() && (p == 0 || !bytes[p - 1].is_ascii_alphanumeric());
                    word || (others && bytes[p] >= 0xC0)
                })
                .collect();
            let runs = want.iter().map(|&p| bytes[p..].iter().take_while(|b| b.is_ascii_alphanumeric()).count());
            let want: Vec<(usize, usize, u64)> = want.iter().copied().zip(runs).map(|(p, run)| (p, run, if run == 0 { 0 } else { run_key(&bytes[p..], run) })).collect();
            prop_assert_eq!(WordStarts::new(bytes, others).collect::<Vec<_>>(), want);
        }
    }

    proptest! {
        /// The run and key told from one read, against the run counted byte
        /// by byte and its key made from the bytes.
        #[test]
        fn runs_as_counted(bytes in prop::collection::vec(prop_oneof![any::<u8>(), b'a'..=b'z', b'A'..=b'Z', b'0'..=b'9', Just(b'@'), Just(b'`')], 1..24), at in any::<prop::sample::Index>()) {
            let p = at.index(bytes.len());
            let run = bytes[p..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            let key = if run == 0 { 0 } else { run_key(&bytes[p..], run) };
            prop_assert_eq!(run_at(&bytes, p), (run, key));
        }
    }

    #[test]
    fn whole_words_only_and_the_longest_name() {
        assert_eq!(found("Chadwick met envoys of Chad."), ["Chad"]);
        assert_eq!(found("Papua New Guinea and Guinea-Bissau's neighbour Guinea"), ["Papua New Guinea", "Guinea-Bissau", "Guinea"]);
        assert_eq!(found("Nigerville, Niger and Nigeria"), ["Niger", "Nigeria"]);
        assert_eq!(found("“Niger”, Franco-Nigerian and 7Niger"), ["Niger", "Nigerian"]);
    }

    /// One unanchored pass let a name starting inside a word hide the
    /// names after it; a name's own words still start names.
    #[test]
    fn a_name_glued_to_a_word_hides_no_name_after_it() {
        assert_eq!(found("AntiPapua New Guinea"), ["Guinea"]);
        assert!(unanchored_pass("AntiPapua New Guinea", &[Span::new(0, 20)]).is_empty());
    }
}
