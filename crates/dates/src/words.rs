//! Small fixed word lists of English: month and weekday names, number words,
//! and the little words that tell a date or a quantity where it ends. These
//! are facts of the language, not knowledge about the world, so they live
//! here as const tables rather than in `data/`.

use jiff::civil::Weekday;

/// Month names and their usual abbreviations (with or without the period).
const MONTHS: [(&str, i8); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Entries of [`MONTHS`] from here on are abbreviations.
const FIRST_ABBREVIATION: usize = 12;

const WEEKDAYS: [(&str, Weekday); 16] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
    ("mon.", Weekday::Monday),
    ("tue.", Weekday::Tuesday),
    ("tues.", Weekday::Tuesday),
    ("wed.", Weekday::Wednesday),
    ("thu.", Weekday::Thursday),
    ("thurs.", Weekday::Thursday),
    ("fri.", Weekday::Friday),
    ("sat.", Weekday::Saturday),
    ("sun.", Weekday::Sunday),
];

const UNITS: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];

const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Multipliers after a number ("2.5 million", "three hundred").
const SCALES: [(&str, f64); 6] =
    [("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("dozen", 12.0)];

/// Words that begin no noun phrase: a date or a unit stops before them.
pub(crate) const FUNCTION_WORDS: [&str; 113] = [
    "a", "about", "after", "against", "ago", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "between", "but", "by", "can", "could", "did", "do", "does", "during", "each",
    "even", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it",
    "its", "just", "may", "might", "more", "most", "must", "near", "nor", "not", "now", "of", "off", "on", "once",
    "only", "onto", "or", "other", "our", "out", "over", "per", "shall", "she", "should", "since", "so", "some",
    "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
    "to", "toward", "towards", "under", "until", "up", "upon", "via", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
];

/// Words before a bare month name or year that make it a time ("in March",
/// "since 2019", "mid March").
const TIME_PREPOSITIONS: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "during", "before", "after", "through", "throughout", "to", "of",
    "early", "mid", "late", "between", "and", "around", "circa", "starting", "beginning", "as", "last", "next",
    "this", "spring", "summer", "autumn", "fall", "winter", "end", "start", "middle", "year",
];

/// A word that points after the publication date.
/// "would" counts: in reported speech ("said it would visit on the 18th")
/// it points after the saying, which news reports close to publication.
const FUTURE_WORDS: &[&str] = &["will", "would", "shall", "'ll", "’ll", "upcoming", "forthcoming", "tomorrow"];

/// A verb that, followed by "to", points after the publication date
/// ("plans to visit", "is expected to", "is set to").
const FUTURE_BEFORE_TO: &[&str] = &[
    "plan", "plans", "planning", "planned", "expected", "set", "scheduled", "intends", "intend", "intending",
    "going", "slated", "poised", "aims", "aiming",
];

/// A word that marks a past reading ("was held in December", "has
/// sailed since August").
const PAST_WORDS: &[&str] = &["was", "were", "had", "did", "has", "have", "since", "ago"];

/// Verbs that report what someone said: a date before them dates the
/// saying, not what was said.
const REPORTING_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "reported", "reports", "announced", "announces", "stated", "states", "added",
    "noted", "revealed", "claimed", "confirmed", "according",
];

/// Slots of a [`WordIndex`]: a power of two, at least twice the longest list
/// indexed, so probe chains stay short and most words hit an empty slot.
const SLOTS: usize = 256;

/// A case-insensitive hash index over a const word list, built at compile
/// time. Most tokens are in none of the lists, and a linear scan of a list
/// (up to 120 words) per token and per list was the stages' main cost; the
/// index answers "not there" from a mask of the lengths its words have
/// for the first byte, or else after one hash and usually one empty slot.
///
/// The hash reads only the length and the ASCII-lowercased first and last
/// bytes, which `eq_ignore_ascii_case` requires to be equal, so a word and
/// every case variant of it land on the same probe chain. Entries are
/// inserted in list order, so the first matching entry is found first, as
/// with a linear scan.
pub(crate) struct WordIndex {
    /// Index + 1 of the entry in each slot; 0 for an empty slot.
    slots: [u8; SLOTS],
    /// By first byte ([`mask_row`]), the lengths (bit `min(len, 31)`) of
    /// the words starting with it: one load turns away most words before
    /// any hashing.
    lengths: [u32; 32],
}

/// The row of [`WordIndex::lengths`] for a word starting with `first`;
/// case variants of an ASCII letter share a row.
const fn mask_row(first: u8) -> usize {
    ((first | 0x20) & 31) as usize
}

const fn length_bit(len: usize) -> u32 {
    1 << if len < 31 { len } else { 31 }
}

const fn slot_of(word: &[u8]) -> usize {
    let first = word[0].to_ascii_lowercase() as usize;
    let last = word[word.len() - 1].to_ascii_lowercase() as usize;
    (first.wrapping_mul(31) ^ last.wrapping_mul(131) ^ word.len().wrapping_mul(7)) % SLOTS
}

impl WordIndex {
    /// The index with entry `k`, `word`, in the first free slot of its
    /// chain (by value: `&mut` in const fns needs a newer compiler than
    /// the workspace's minimum).
    const fn insert(mut self, word: &[u8], k: usize) -> WordIndex {
        assert!(!word.is_empty(), "empty word in a word list");
        let mut slot = slot_of(word);
        while self.slots[slot] != 0 {
            slot = (slot + 1) % SLOTS;
        }
        self.slots[slot] = (k + 1) as u8;
        self.lengths[mask_row(word[0])] |= length_bit(word.len());
        self
    }

    /// The index over `names`.
    const fn of_words(names: &[&str]) -> WordIndex {
        assert!(names.len() < SLOTS / 2, "word list too long for its index");
        let mut index = WordIndex { slots: [0u8; SLOTS], lengths: [0; 32] };
        let mut k = 0;
        while k < names.len() {
            index = index.insert(names[k].as_bytes(), k);
            k += 1;
        }
        index
    }

    /// The index over the words of `entries`.
    const fn of_pairs<T>(entries: &[(&str, T)]) -> WordIndex {
        assert!(entries.len() < SLOTS / 2, "word list too long for its index");
        let mut index = WordIndex { slots: [0u8; SLOTS], lengths: [0; 32] };
        let mut k = 0;
        while k < entries.len() {
            index = index.insert(entries[k].0.as_bytes(), k);
            k += 1;
        }
        index
    }

    /// The position of `word` among `names` (the list the index was built
    /// from), ignoring ASCII case.
    #[inline]
    fn position(&self, names: impl Fn(usize) -> &'static str, word: &[u8]) -> Option<usize> {
        let first = *word.first()?;
        if self.lengths[mask_row(first)] & length_bit(word.len()) == 0 {
            return None;
        }
        let mut slot = slot_of(word);
        loop {
            let k = usize::from(self.slots[slot]).checked_sub(1)?;
            if names(k).as_bytes().eq_ignore_ascii_case(word) {
                return Some(k);
            }
            slot = (slot + 1) % SLOTS;
        }
    }
}

/// A const word list and its index.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    index: WordIndex,
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, index: WordIndex::of_words(words) }
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.position(word).is_some()
    }

    /// [`WordSet::contains`] for a word as bytes (a token not sliced as
    /// a `str`, which checks char boundaries).
    #[inline]
    pub(crate) fn contains_bytes(&self, word: &[u8]) -> bool {
        self.index.position(|k| self.words[k], word).is_some()
    }

    /// [`WordSet::position`] for a word as bytes.
    #[inline]
    pub(crate) fn position_bytes(&self, word: &[u8]) -> Option<usize> {
        self.index.position(|k| self.words[k], word)
    }

    /// The position of `word` in the list, ignoring ASCII case.
    #[inline]
    pub(crate) fn position(&self, word: &str) -> Option<usize> {
        self.index.position(|k| self.words[k], word.as_bytes())
    }
}

/// A const table of words and values, and its index.
pub(crate) struct WordTable<T: 'static> {
    entries: &'static [(&'static str, T)],
    index: WordIndex,
}

impl<T: Copy> WordTable<T> {
    pub(crate) const fn new(entries: &'static [(&'static str, T)]) -> WordTable<T> {
        WordTable { entries, index: WordIndex::of_pairs(entries) }
    }

    /// The position and value of `word` in the table, ignoring ASCII case.
    #[inline]
    pub(crate) fn find(&self, word: &str) -> Option<(usize, T)> {
        let k = self.index.position(|k| self.entries[k].0, word.as_bytes())?;
        Some((k, self.entries[k].1))
    }

    /// The value `word` stands for, ignoring ASCII case.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<T> {
        self.find(word).map(|(_, v)| v)
    }
}

/// A first test of a word list that needs no hashing: the lengths of
/// its words by their first and last bytes (ASCII case folded), in a
/// table built at compile time. It may let through a word the list lacks,
/// never turn away one it has; most words of a text end in another pair
/// of letters or are of another length, and are turned away in a few
/// instructions before any lookup.
pub(crate) struct Sieve {
    /// By [`pair_row`], the lengths (bit `min(len, 31)`) of the words.
    lengths: [u32; 1024],
}

/// The row of [`Sieve::lengths`] for a word's first and last bytes; case
/// variants of an ASCII letter share a row.
const fn pair_row(first: u8, last: u8) -> usize {
    ((((first | 0x20) & 31) as usize) << 5) | ((last | 0x20) & 31) as usize
}

impl Sieve {
    /// The sieve of `words`, and with `dotted` of each word with a period
    /// after it ("Sept" and "Sept.").
    pub(crate) const fn new(words: &[&str], dotted: bool) -> Sieve {
        let mut lengths = [0u32; 1024];
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            assert!(!word.is_empty(), "empty word in a word list");
            lengths[pair_row(word[0], word[word.len() - 1])] |= length_bit(word.len());
            if dotted {
                lengths[pair_row(word[0], b'.')] |= length_bit(word.len() + 1);
            }
            k += 1;
        }
        Sieve { lengths }
    }

    /// The sieve letting through as well every tens word and unit joined
    /// by a hyphen ("twenty-five", which [`number_word`] reads).
    pub(crate) const fn with_hyphenated_numbers(mut self) -> Sieve {
        let mut t = 0;
        while t < TENS.len() {
            let tens = TENS[t].as_bytes();
            let mut u = 1;
            while u < 10 {
                let unit = UNITS[u].as_bytes();
                self.lengths[pair_row(tens[0], unit[unit.len() - 1])] |= length_bit(tens.len() + 1 + unit.len());
                u += 1;
            }
            t += 1;
        }
        self
    }

    /// Whether `word` may be one of the words (or, dotted, one with a
    /// period after it).
    #[inline(always)]
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) => self.lengths[pair_row(first, last)] & length_bit(word.len()) != 0,
            _ => false,
        }
    }
}

/// The words of `entries`; `N` must be its length.
pub(crate) const fn names<T, const N: usize>(entries: &[(&'static str, T)]) -> [&'static str; N] {
    assert!(entries.len() == N, "wrong length for the names of a table");
    let mut out = [""; N];
    let mut k = 0;
    while k < N {
        out[k] = entries[k].0;
        k += 1;
    }
    out
}

/// `a` then `b`; `N` must be their total length.
pub(crate) const fn concat<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    assert!(a.len() + b.len() == N, "wrong length for a concatenation");
    let mut out = [""; N];
    let mut k = 0;
    while k < N {
        out[k] = if k < a.len() { a[k] } else { b[k - a.len()] };
        k += 1;
    }
    out
}

/// The number words below twenty and the tens, for prefilters.
pub(crate) const NUMBER_WORDS: [&str; UNITS.len() + TENS.len()] = concat(&UNITS, &TENS);

/// Every month and weekday name and abbreviation, for prefilters that
/// need "could this be a name" in one lookup.
pub(crate) const CALENDAR_NAMES: [&str; MONTHS.len() + WEEKDAYS.len()] =
    concat(&names::<_, { MONTHS.len() }>(&MONTHS), &names::<_, { WEEKDAYS.len() }>(&WEEKDAYS));

/// Whether `word` has a hyphen among bytes `at` (a glued modifier's ends
/// at byte 3 to 5, a tens word's at 5 to 7).
#[inline(always)]
pub(crate) fn has_hyphen_at(word: &[u8], at: std::ops::Range<usize>) -> bool {
    // No early exit: over a constant range of at most five bytes this
    // unrolls into plain comparisons (`contains` calls out to memchr).
    let mut hyphen = false;
    for k in at {
        hyphen |= word.get(k) == Some(&b'-');
    }
    hyphen
}

/// The value `word` stands for in `table`, ignoring ASCII case (for short
/// tables; long ones are [`WordTable`]s).
pub(crate) fn lookup<T: Copy>(word: &str, table: &[(&str, T)]) -> Option<T> {
    table.iter().find(|(name, _)| name.eq_ignore_ascii_case(word)).map(|&(_, v)| v)
}

static MONTH_TABLE: WordTable<i8> = WordTable::new(&MONTHS);
static WEEKDAY_TABLE: WordTable<Weekday> = WordTable::new(&WEEKDAYS);
static UNIT_SET: WordSet = WordSet::new(&UNITS);
static TENS_SET: WordSet = WordSet::new(&TENS);
static SCALE_TABLE: WordTable<f64> = WordTable::new(&SCALES);
static FUNCTION_SET: WordSet = WordSet::new(&FUNCTION_WORDS);
static TIME_PREPOSITION_SET: WordSet = WordSet::new(TIME_PREPOSITIONS);
static FUTURE_SET: WordSet = WordSet::new(FUTURE_WORDS);
static FUTURE_BEFORE_TO_SET: WordSet = WordSet::new(FUTURE_BEFORE_TO);
static PAST_SET: WordSet = WordSet::new(PAST_WORDS);
static REPORTING_SET: WordSet = WordSet::new(REPORTING_VERBS);

/// Every word of the three tense lists, so the many tokens that are in
/// none of them take one lookup instead of three.
const TENSE_WORDS: [&str; FUTURE_WORDS.len() + FUTURE_BEFORE_TO.len() + PAST_WORDS.len()] = concat(
    &concat::<{ FUTURE_WORDS.len() + FUTURE_BEFORE_TO.len() }>(FUTURE_WORDS, FUTURE_BEFORE_TO),
    PAST_WORDS,
);
static TENSE_SET: WordSet = WordSet::new(&TENSE_WORDS);
static TENSE_SIEVE: Sieve = Sieve::new(&TENSE_WORDS, false);

/// A capitalised month name or abbreviation ("March", "Sept.", "Sep"),
/// and whether it was abbreviated.
pub(crate) fn month(word: &str) -> Option<(i8, bool)> {
    // Every name is ASCII: a first byte that is not an ASCII capital
    // rules the word out before any lookup.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let bare = word.strip_suffix('.').unwrap_or(word);
    let (index, number) = MONTH_TABLE.find(bare)?;
    let abbreviated = index >= FIRST_ABBREVIATION;
    // A full name with a period is a sentence end, not an abbreviation.
    if word.ends_with('.') && !abbreviated {
        return None;
    }
    Some((number, abbreviated))
}

/// A capitalised weekday name ("Tuesday", "Tues.").
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    WEEKDAY_TABLE.get(word)
}

/// "three" → 3, "twenty-five" → 25 (numbers written as words, below 100).
pub(crate) fn number_word(word: &str) -> Option<f64> {
    if let Some(i) = UNIT_SET.position(word) {
        return Some(i as f64);
    }
    let (tens, unit) = match word.split_once('-') {
        Some((t, u)) => (t, Some(u)),
        None => (word, None),
    };
    let t = TENS_SET.position(tens)? as f64;
    let u = match unit {
        Some(u) => UNIT_SET.position(u).filter(|&i| (1..10).contains(&i))? as f64,
        None => 0.0,
    };
    Some(20.0 + 10.0 * t + u)
}

/// "million" → 1e6; plurals ("thousands") are left to the caller.
pub(crate) fn scale(word: &str) -> Option<f64> {
    SCALE_TABLE.get(word)
}

pub(crate) fn is_function_word(word: &str) -> bool {
    FUNCTION_SET.contains(word)
}


pub(crate) fn is_time_preposition(word: &str) -> bool {
    TIME_PREPOSITION_SET.contains(word)
}

/// Whether `word` is a future word, a verb before "to" or a past word.
/// These take a token's bytes: a token whose bytes are a listed word
/// starts and ends on char boundaries, so its text would answer alike.
#[inline]
pub(crate) fn is_tense_word(word: &[u8]) -> bool {
    may_be_tense_word(word) && TENSE_SET.contains_bytes(word)
}

/// The sieve of [`is_tense_word`], which turns most words away.
#[inline(always)]
pub(crate) fn may_be_tense_word(word: &[u8]) -> bool {
    TENSE_SIEVE.may_hold(word)
}

pub(crate) fn is_future_word(word: &[u8]) -> bool {
    FUTURE_SET.contains_bytes(word)
}

pub(crate) fn is_future_before_to(word: &[u8]) -> bool {
    FUTURE_BEFORE_TO_SET.contains_bytes(word)
}

pub(crate) fn is_reporting_verb(word: &[u8]) -> bool {
    REPORTING_SET.contains_bytes(word)
}

pub(crate) fn is_past_word(word: &[u8]) -> bool {
    PAST_SET.contains_bytes(word)
}

/// "18th" → 18, "1st" → 1; only days a month can have.
pub(crate) fn ordinal_day(word: &str) -> Option<i8> {
    let digits = word.len().checked_sub(2)?;
    let (num, suffix) = (word.get(..digits)?, word.get(digits..)?);
    let ok_suffix = ["st", "nd", "rd", "th"].iter().any(|s| s.eq_ignore_ascii_case(suffix));
    if !ok_suffix || num.is_empty() || num.len() > 2 || !num.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    num.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A plain day number "5" or "18" (one or two ASCII digits, 1..=31).
pub(crate) fn day_number(word: &str) -> Option<i8> {
    if word.is_empty() || word.len() > 2 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A day as digits or ordinal ("18", "18th").
pub(crate) fn day(word: &str) -> Option<i8> {
    day_number(word).or_else(|| ordinal_day(word))
}

/// A plausible year written as four ASCII digits ("2019"), 1800..=2199.
pub(crate) fn year(word: &str) -> Option<i16> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|y| (1800..=2199).contains(y))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::view::testing::capitalised;

    /// What a hash index must answer: the first entry equal to `word`
    /// ignoring ASCII case.
    fn scan(names: &[&str], word: &str) -> Option<usize> {
        names.iter().position(|n| n.eq_ignore_ascii_case(word))
    }

    fn every_list() -> Vec<(Vec<&'static str>, &'static WordSet)> {
        vec![
            (UNITS.to_vec(), &UNIT_SET),
            (TENS.to_vec(), &TENS_SET),
            (FUNCTION_WORDS.to_vec(), &FUNCTION_SET),
            (TIME_PREPOSITIONS.to_vec(), &TIME_PREPOSITION_SET),
            (FUTURE_WORDS.to_vec(), &FUTURE_SET),
            (FUTURE_BEFORE_TO.to_vec(), &FUTURE_BEFORE_TO_SET),
            (PAST_WORDS.to_vec(), &PAST_SET),
            (REPORTING_VERBS.to_vec(), &REPORTING_SET),
            (TENSE_WORDS.to_vec(), &TENSE_SET),
        ]
    }

    /// Every word of every list, in three cases, and near misses.
    fn probes() -> Vec<String> {
        let mut words: Vec<&str> = every_list().into_iter().flat_map(|(names, _)| names).collect();
        words.extend(MONTHS.iter().map(|m| m.0).chain(WEEKDAYS.iter().map(|d| d.0)).chain(SCALES.iter().map(|s| s.0)));
        let mut out = vec![String::new(), "x".into(), "é".into(), "mayy".into(), "ma".into()];
        for w in words {
            out.extend([w.to_string(), w.to_uppercase(), capitalised(w), format!("{w}s")]);
        }
        out
    }

    fn check_indexes(word: &str) {
        for (names, set) in every_list() {
            assert_eq!(set.position(word), scan(&names, word), "{word:?} in {names:?}");
        }
        assert_eq!(MONTH_TABLE.find(word).map(|f| f.0), scan(&names::<_, 24>(&MONTHS), word));
        assert_eq!(WEEKDAY_TABLE.find(word).map(|f| f.0), scan(&names::<_, 16>(&WEEKDAYS), word));
        assert_eq!(SCALE_TABLE.find(word).map(|f| f.0), scan(&names::<_, 6>(&SCALES), word));
    }

    #[test]
    fn indexes_answer_as_a_scan_of_their_list() {
        for word in probes() {
            check_indexes(&word);
        }
    }

    /// A sieve over `names` lets through every word a scan finds, and
    /// with `dotted` every such word with a period after it.
    fn check_sieve(names: &[&str], sieve: &Sieve, dotted: bool, word: &str) {
        if scan(names, word).is_some() {
            assert!(sieve.may_hold(word.as_bytes()), "{word:?} in {names:?}");
            if dotted {
                assert!(sieve.may_hold(format!("{word}.").as_bytes()), "{word:?}. in {names:?}");
            }
        }
    }

    #[test]
    fn sieves_let_every_word_of_their_list_through() {
        let dotted = Sieve::new(&TENSE_WORDS, true);
        for word in probes() {
            check_sieve(&TENSE_WORDS, &TENSE_SIEVE, false, &word);
            check_sieve(&TENSE_WORDS, &dotted, true, &word);
            check_sieve(&CALENDAR_NAMES, &Sieve::new(&CALENDAR_NAMES, true), true, &word);
        }
        assert!(!TENSE_SIEVE.may_hold(b""));
        assert!(!TENSE_SIEVE.may_hold(b"minister"), "no tense word starts with m");
    }

    proptest! {
        #[test]
        fn sieves_let_through_any_word_of_their_list(word in "[a-zA-Z.'’-]{0,9}") {
            check_sieve(&TENSE_WORDS, &TENSE_SIEVE, false, &word);
        }
    }

    proptest! {
        #[test]
        fn indexes_answer_as_a_scan_for_any_word(word in "[a-zA-Z.'’-]{0,9}") {
            check_indexes(&word);
        }
    }

    #[test]
    fn months_need_a_capital_and_full_names_no_period() {
        assert_eq!(month("March"), Some((3, false)));
        assert_eq!(month("Sept."), Some((9, true)));
        assert_eq!(month("Dec."), Some((12, true)));
        assert_eq!(month("march"), None);
        assert_eq!(month("March."), None);
        assert_eq!(month("Mayor"), None);
    }

    #[test]
    fn number_words_and_days() {
        assert_eq!(number_word("three"), Some(3.0));
        assert_eq!(number_word("Twenty-five"), Some(25.0));
        assert_eq!(number_word("twenty-zero"), None);
        assert_eq!(number_word("threes"), None);
        assert_eq!(ordinal_day("18th"), Some(18));
        assert_eq!(ordinal_day("75th"), None);
        assert_eq!(ordinal_day("th"), None);
        assert_eq!(day("31"), Some(31));
        assert_eq!(day("32"), None);
        assert_eq!(year("2019"), Some(2019));
        assert_eq!(year("1,000"), None);
    }
}
