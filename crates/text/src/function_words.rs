//! The function-word shortcut of language identification
//! (`data/text/function_words.txt`): a text where one language's commonest
//! words make up a good share of the words is in that language.

use crate::data::records;
use crate::hash::WordMap;
use crate::Result;

const FILE: &str = "function_words.txt";
/// At least this share of the words must be one language's function words.
const MIN_SHARE: f64 = 0.10;
/// Fewer words than this say too little; the detector decides.
const MIN_WORDS: usize = 20;
/// Longer words are never function words and are not looked up.
const MAX_WORD_BYTES: usize = 24;

/// Function words and the language each belongs to.
#[derive(Debug, Default)]
pub(crate) struct FunctionWords {
    words: WordMap<Box<[u8]>, usize>,
    /// The words of at most eight ASCII letters again, keyed by
    /// [`ascii_key`]: most words of a text are looked up here.
    short: ShortWords,
    languages: Vec<String>,
    /// Bytes in the longest (lowercased) function word: longer words are
    /// not looked up.
    longest: usize,
}

impl FunctionWords {
    pub fn parse(text: &str) -> Result<FunctionWords> {
        let mut out = FunctionWords::default();
        for rec in records(FILE, text)? {
            let language = match out.languages.iter().position(|l| l == rec.kind) {
                Some(i) => i,
                None => {
                    out.languages.push(rec.kind.to_string());
                    out.languages.len() - 1
                }
            };
            let word = rec.value.to_lowercase();
            out.longest = out.longest.max(word.len());
            out.words.insert(word.into_bytes().into_boxed_slice(), language);
        }
        let short = out.words.iter().filter(|(word, _)| word.len() <= 8 && word.iter().all(u8::is_ascii_lowercase));
        out.short = ShortWords::new(short.map(|(word, &language)| (ascii_key(word), language)));
        Ok(out)
    }

    /// The language whose function words make up at least [`MIN_SHARE`]
    /// of the words of `sample`, if one does.
    pub fn language_of(&self, sample: &str) -> Option<&str> {
        let bytes = sample.as_bytes();
        // Words lie in the runs of ASCII letters and other characters,
        // which ASCII bytes other than letters separate; the runs are
        // found from bit masks of the whole sample. Most runs are ASCII
        // letters only, one word, looked up as it is; a run holding other
        // characters is decoded and may hold several words or none.
        let bits = RunBits::new(bytes);
        // The words are counted first, from the masks: a sample with too
        // few is left to the detector at once, and the look-ups stop as
        // soon as the words not looked up yet cannot change the answer.
        let words = bits.words(sample);
        if words < MIN_WORDS {
            return None;
        }
        let mut hits = vec![0usize; self.languages.len()];
        let mut buffer = [0u8; MAX_WORD_BYTES];
        let mut looked_up = 0;
        let mut at = 0;
        while let Some(start) = bits.next_run(at) {
            at = bits.run_end(start);
            let mut settled = false;
            if !bits.any_high(start, at) {
                looked_up += 1;
                if let Some(language) = self.language_of_ascii(bytes, start, at - start) {
                    hits[language] += 1;
                    settled = is_settled(&hits, language, words, words - looked_up);
                }
            } else {
                for word in words_in(&sample[start..at]) {
                    looked_up += 1;
                    if let Some(language) = self.language_of_word(word, &mut buffer) {
                        hits[language] += 1;
                        settled |= is_settled(&hits, language, words, words - looked_up);
                    }
                }
            }
            if settled {
                break;
            }
        }
        let (best, &count) = hits.iter().enumerate().max_by_key(|&(_, count)| *count)?;
        (count as f64 >= words as f64 * MIN_SHARE).then(|| self.languages[best].as_str())
    }
}

/// Whether `language`, with the `hits` so far, names the sample of `words`
/// words whatever the `left` words not looked up yet are: it has its share
/// already, and no other language could reach it.
fn is_settled(hits: &[usize], language: usize, words: usize, left: usize) -> bool {
    let count = hits[language];
    count as f64 >= words as f64 * MIN_SHARE && hits.iter().enumerate().all(|(other, &hits)| other == language || hits + left < count)
}

/// The words of `run`, a run of ASCII letters and other characters:
/// runs of letters, which the characters that are no letters separate.
fn words_in(run: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = letter_run_edge(run, from, false);
        if start == run.len() {
            return None;
        }
        from = letter_run_edge(run, start, true);
        Some(&run[start..from])
    })
}

/// Two classes of the bytes of a sample, a bit per byte (bit `i % 64` of
/// entry `i / 64` for byte `i`): ASCII letters or bytes beyond ASCII (the
/// bytes words are made of), and bytes beyond ASCII. Bytes past the end
/// are in neither, and there is always one such entry after the sample.
struct RunBits {
    wordish: Vec<u64>,
    high: Vec<u64>,
    /// Whether any byte is beyond ASCII: most samples have none.
    has_high: bool,
}

impl RunBits {
    fn new(bytes: &[u8]) -> RunBits {
        let entries = bytes.len() / 64 + 1;
        let mut bits = RunBits { wordish: Vec::with_capacity(entries), high: Vec::with_capacity(entries), has_high: false };
        let blocks = bytes.chunks_exact(64);
        let mut last = [0u8; 64];
        last[..blocks.remainder().len()].copy_from_slice(blocks.remainder());
        for block in blocks.chain([&last[..]]) {
            let [letters, high] = block.try_into().map_or([0, 0], crate::vector::letter_and_high_bits);
            bits.wordish.push(letters | high);
            bits.high.push(high);
            bits.has_high |= high != 0;
        }
        bits
    }

    /// How many words `sample`, whose bits these are, holds: a word per
    /// run of ASCII letters, the words of the runs with other characters.
    fn words(&self, sample: &str) -> usize {
        let (high_runs, high_words) = self.high_runs(sample).fold((0, 0), |(runs, words), run| (runs + 1, words + words_in(run).count()));
        self.runs() - high_runs + high_words
    }

    /// How many runs of word bytes there are.
    fn runs(&self) -> usize {
        let mut carry = 0;
        let mut runs = 0;
        for &entry in &self.wordish {
            runs += (entry & !(entry << 1 | carry)).count_ones() as usize;
            carry = entry >> 63;
        }
        runs
    }

    /// The runs of word bytes that hold a byte beyond ASCII, in `sample`.
    fn high_runs<'s>(&'s self, sample: &'s str) -> impl Iterator<Item = &'s str> + 's {
        let mut seen_to = 0;
        let highs = self.high.iter().enumerate().filter(|(_, &high)| high != 0);
        highs
            .flat_map(|(index, &high)| BitPositions(high).map(move |bit| index * 64 + bit))
            .filter_map(move |at| {
                if at < seen_to {
                    return None;
                }
                seen_to = self.run_end(at);
                Some(&sample[self.run_start(at)..seen_to])
            })
    }

    /// Where the run of word bytes holding byte `at` starts.
    fn run_start(&self, at: usize) -> usize {
        let mut index = at / 64;
        let mut stops = !self.wordish[index] & ((1u64 << (at % 64)) - 1);
        while stops == 0 {
            if index == 0 {
                return 0;
            }
            index -= 1;
            stops = !self.wordish[index];
        }
        index * 64 + 64 - stops.leading_zeros() as usize
    }

    /// Where the first run of word bytes from `from` starts, if one does.
    #[inline]
    fn next_run(&self, from: usize) -> Option<usize> {
        let mut index = from / 64;
        let mut entry = self.wordish.get(index)? & (u64::MAX << (from % 64));
        while entry == 0 {
            index += 1;
            entry = *self.wordish.get(index)?;
        }
        Some(index * 64 + entry.trailing_zeros() as usize)
    }

    /// Where the run of word bytes holding byte `at` ends.
    #[inline]
    fn run_end(&self, at: usize) -> usize {
        let mut index = at / 64;
        let mut stops = !self.wordish[index] & (u64::MAX << (at % 64));
        while stops == 0 {
            index += 1;
            // The entry after the sample holds none: the loop stops there.
            stops = self.wordish.get(index).map_or(u64::MAX, |entry| !entry);
        }
        index * 64 + stops.trailing_zeros() as usize
    }

    /// Whether a byte of `start..end` (not empty) is beyond ASCII.
    #[inline]
    fn any_high(&self, start: usize, end: usize) -> bool {
        if !self.has_high {
            return false;
        }
        let (first, last) = (start / 64, (end - 1) / 64);
        let from = |index: usize| if index == first { u64::MAX << (start % 64) } else { u64::MAX };
        let to = |index: usize| if index == last { u64::MAX >> (63 - (end - 1) % 64) } else { u64::MAX };
        (first..=last).any(|index| self.high[index] & from(index) & to(index) != 0)
    }
}

impl FunctionWords {
    /// The language the ASCII word of `run` (≥ 1) letters at `at` of
    /// `bytes` is a function word of.
    fn language_of_ascii(&self, bytes: &[u8], at: usize, run: usize) -> Option<usize> {
        if run > self.longest || run > MAX_WORD_BYTES {
            return None;
        }
        if run <= 8 {
            let key = match bytes.get(at..at + 8) {
                Some(eight) => ascii_key_of_block(u64::from_le_bytes(eight.try_into().unwrap_or_default()), run),
                None => ascii_key(&bytes[at..at + run]),
            };
            return self.short.get(key);
        }
        let mut buffer = [0u8; MAX_WORD_BYTES];
        let lower = &mut buffer[..run];
        lower.copy_from_slice(&bytes[at..at + run]);
        lower.make_ascii_lowercase();
        self.words.get(&*lower).copied()
    }

    /// The language `word` (a run of letters) is a function word of.
    fn language_of_word(&self, word: &str, buffer: &mut [u8; MAX_WORD_BYTES]) -> Option<usize> {
        if word.is_ascii() {
            if word.len() > self.longest {
                return None;
            }
            if word.len() <= 8 {
                return self.short.get(ascii_key(word.as_bytes()));
            }
        }
        let lower = lowercase_into(word, buffer).filter(|w| w.len() <= self.longest)?;
        self.words.get(lower).copied()
    }
}

/// The positions of the set bits of a number, lowest first.
struct BitPositions(u64);

impl Iterator for BitPositions {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let bit = (self.0 != 0).then(|| self.0.trailing_zeros() as usize)?;
        self.0 &= self.0 - 1;
        Some(bit)
    }
}

/// The function words of at most eight ASCII letters by their
/// [`ascii_key`], in a table open-addressed by a multiplicative hash: most
/// words of a sample are looked up here, and a look-up is a multiplication
/// and a compare or two (a general hash map costs several times that).
/// Key 0, which no word has, marks an empty slot.
#[derive(Debug)]
struct ShortWords {
    /// A power of two of slots, at most a quarter of them used.
    slots: Vec<(u64, usize)>,
}

impl Default for ShortWords {
    fn default() -> Self {
        ShortWords { slots: vec![(0, 0)] }
    }
}

impl ShortWords {
    fn new(words: impl Iterator<Item = (u64, usize)> + Clone) -> ShortWords {
        let mut table = ShortWords { slots: vec![(0, 0); (words.clone().count() * 4).next_power_of_two().max(8)] };
        for (key, language) in words {
            let mut slot = table.home(key);
            while table.slots[slot].0 != 0 && table.slots[slot].0 != key {
                slot = (slot + 1) & (table.slots.len() - 1);
            }
            table.slots[slot] = (key, language);
        }
        table
    }

    /// Where the search for `key` starts.
    #[inline(always)]
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (self.slots.len() - 1)
    }

    /// The language of the word whose key is `key`, if it is one.
    #[inline]
    fn get(&self, key: u64) -> Option<usize> {
        let mut slot = self.home(key);
        loop {
            match self.slots[slot] {
                (found, language) if found == key => return Some(language),
                (0, _) => return None,
                _ => slot = (slot + 1) & (self.slots.len() - 1),
            }
        }
    }
}

/// [`ascii_key`] of the first `run` (1 to 8) bytes of an eight-byte
/// `block` read little-endian, without a loop over them.
fn ascii_key_of_block(block: u64, run: usize) -> u64 {
    let kept = u64::MAX >> (64 - 8 * run);
    ((block | 0x2020_2020_2020_2020) & kept).swap_bytes() >> (64 - 8 * run)
}

/// Up to eight ASCII letters, lowercased, packed into a number.
fn ascii_key(letters: &[u8]) -> u64 {
    letters.iter().fold(0, |key, &b| key << 8 | u64::from(b | 0x20))
}

/// The first position from `at` where a letter (`letters` false) or a
/// non-letter (`letters` true) starts, or the end of `text`.
fn letter_run_edge(text: &str, mut at: usize, letters: bool) -> usize {
    let bytes = text.as_bytes();
    loop {
        at += if letters {
            crate::bytes::ascii_letter_run(&bytes[at..], false)
        } else {
            bytes[at..].iter().take_while(|b| b.is_ascii() && !b.is_ascii_alphabetic()).count()
        };
        // Stopped at an ASCII byte or the end: no character to decode.
        if bytes.get(at).is_none_or(u8::is_ascii) {
            return at;
        }
        match text[at..].chars().next() {
            Some(c) if c.is_alphabetic() == letters => at += c.len_utf8(),
            _ => return at,
        }
    }
}

/// `word` in lowercase, written into `buffer`; `None` when it does not fit.
fn lowercase_into<'b>(word: &str, buffer: &'b mut [u8; MAX_WORD_BYTES]) -> Option<&'b [u8]> {
    if word.len() > MAX_WORD_BYTES {
        return None;
    }
    if word.is_ascii() {
        let out = &mut buffer[..word.len()];
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        return Some(out);
    }
    let mut len = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let width = c.len_utf8();
        if len + width > MAX_WORD_BYTES {
            return None;
        }
        c.encode_utf8(&mut buffer[len..]);
        len += width;
    }
    Some(&buffer[..len])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> FunctionWords {
        FunctionWords::parse(crate::FUNCTION_WORDS).unwrap()
    }

    /// The runs of letters of a text, found byte by byte through ASCII: the
        /// word walk `language_of` made before it looked ASCII words up as it
        /// found them.
    struct Words<'t>(&'t str);

    impl<'t> Iterator for Words<'t> {
        type Item = &'t str;

        fn next(&mut self) -> Option<&'t str> {
            let text = self.0;
            let start = letter_run_edge(text, 0, false);
            let end = letter_run_edge(text, start, true);
            self.0 = &text[end..];
            (start < end).then(|| &text[start..end])
        }
    }

    /// `language_of` as it was: every word of the walk above looked up.
    fn language_of_by_words<'w>(fw: &'w FunctionWords, sample: &str) -> Option<&'w str> {
        let mut hits = vec![0usize; fw.languages.len()];
        let mut words = 0;
        let mut buffer = [0u8; MAX_WORD_BYTES];
        for word in Words(sample) {
            words += 1;
            if let Some(language) = fw.language_of_word(word, &mut buffer) {
                hits[language] += 1;
            }
        }
        if words < MIN_WORDS {
            return None;
        }
        let (best, &count) = hits.iter().enumerate().max_by_key(|&(_, count)| *count)?;
        (count as f64 >= words as f64 * MIN_SHARE).then(|| fw.languages[best].as_str())
    }

    /// Function words, other words and what lies between, in any case.
    const PIECES: &[&str] = &["the", "The", "THE", "of", "and", "that", "although", "nevertheless", "le", "des", "der", "und",
        "ministry", "Straße", "école", "İstanbul", "ΚΑΙ", "x", " ", " ", ", ", ".", "-", "7", "’", "é", "\n", "2024"];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]

        /// Looking ASCII words up as they are found names the same
        /// language as the word walk.
        #[test]
        fn as_the_word_walk(pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..120)) {
            let fw = words();
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(fw.language_of(&text), language_of_by_words(&fw, &text), "{:?}", text);
        }

        /// The open-addressed table answers as the hash map of all words.
        #[test]
        fn short_words_are_found_as_in_the_map(word in "[a-z]{1,8}", others in proptest::collection::vec("[a-z]{1,8}", 0..40)) {
            let mut fw = words();
            proptest::prop_assert_eq!(fw.short.get(ascii_key(word.as_bytes())), fw.words.get(word.as_bytes()).copied());
            // A table full of other words, the looked-up one among them or not.
            for (i, other) in others.iter().enumerate() {
                fw.words.insert(other.as_bytes().into(), i % 3);
            }
            fw.short = ShortWords::new(fw.words.iter().filter(|(w, _)| w.len() <= 8).map(|(w, &l)| (ascii_key(w), l)));
            for probe in others.iter().chain([&word]) {
                proptest::prop_assert_eq!(fw.short.get(ascii_key(probe.as_bytes())), fw.words.get(probe.as_bytes()).copied());
            }
        }

        #[test]
        fn words_are_counted_as_the_word_walk_finds_them(pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..160)) {
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(RunBits::new(text.as_bytes()).words(&text), Words(&text).count(), "{:?}", text);
        }

        /// With several languages, stopping early names the one the whole walk names.
        #[test]
        fn as_the_word_walk_with_several_languages(pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..160)) {
            let fw = FunctionWords::parse("en\tthe\nen\tof\nfr\tle\nfr\tdes\nde\tder\nde\tund\nel\tκαι\n").unwrap();
            let text: String = pieces.concat();
            proptest::prop_assert_eq!(fw.language_of(&text), language_of_by_words(&fw, &text), "{:?}", text);
        }

        #[test]
        fn ascii_keys_of_blocks_as_of_bytes(letters in "[a-zA-Z]{1,8}", tail in "[ -~]{0,8}") {
            let bytes = format!("{letters}{tail}        ");
            let block = u64::from_le_bytes(bytes.as_bytes()[..8].try_into().unwrap());
            proptest::prop_assert_eq!(ascii_key_of_block(block, letters.len()), ascii_key(letters.as_bytes()));
        }
    }

    #[test]
    fn english_running_text_is_recognised_from_its_function_words() {
        let text = "The ministry said that the two sides had agreed to meet again after the holiday, and that they would \
                    not comment on the talks until then. It has been a difficult year for both of them.";
        assert_eq!(words().language_of(text), Some("en"));
    }

    #[test]
    fn other_languages_and_short_texts_are_left_to_the_detector() {
        let french = "Le conseil municipal a voté mardi pour approuver le nouveau budget des écoles et des routes, \
                      et les habitants ont dit qu'ils attendaient cette décision depuis longtemps.";
        let dutch = "De gemeenteraad heeft dinsdag de nieuwe begroting voor scholen en wegen goedgekeurd, en het is \
                     niet duidelijk of het genoeg is voor de drie scholen die de burgemeester noemde.";
        assert_eq!(words().language_of(french), None);
        assert_eq!(words().language_of(dutch), None);
        assert_eq!(words().language_of("The talks and the vote"), None);
    }

    #[test]
    fn capitals_and_long_words_are_handled_without_panicking() {
        let mut buffer = [0u8; MAX_WORD_BYTES];
        assert_eq!(lowercase_into("THE", &mut buffer), Some(&b"the"[..]));
        assert_eq!(lowercase_into(&"İ".repeat(12), &mut buffer), None);
    }
}
