//! Word-level helpers over byte ranges of the text, without allocating.

use dossier_core::Span;

/// Whether `c` may sit inside a word between two letters or digits
/// (hyphens, apostrophes and the dots of "U.S.").
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '‐' | '‑')
}

/// Words of `text[span]`, as absolute spans, in order.
pub fn words(text: &str, span: Span) -> Vec<Span> {
    word_iter(text, span).collect()
}

/// The words of `text[span]`, lazily: callers that need only the first few
/// do not walk the rest.
pub fn word_iter(text: &str, span: Span) -> Words<'_> {
    let slice = text.get(span.range()).unwrap_or("");
    Words { slice, at: 0, offset: span.start }
}

/// Iterator over the words of a slice, as absolute spans.
pub struct Words<'a> {
    slice: &'a str,
    /// Next byte of `slice` to look at, always a character boundary.
    at: usize,
    offset: usize,
}

impl Words<'_> {
    /// Whether the character at byte `at` is a letter or digit, and its
    /// length; `None` at the end.
    #[inline(always)]
    fn alphanumeric_at(&self, at: usize) -> Option<(bool, usize)> {
        let b = *self.slice.as_bytes().get(at)?;
        if b.is_ascii() {
            return Some((b.is_ascii_alphanumeric(), 1));
        }
        self.wide_alphanumeric_at(at)
    }

    /// `alphanumeric_at` for a character outside ASCII.
    #[cold]
    fn wide_alphanumeric_at(&self, at: usize) -> Option<(bool, usize)> {
        // U+2000..U+203F (spaces, dashes, curly quotes, ellipsis), the usual
        // characters outside ASCII in English news, are none of them letters
        // or digits: told from two bytes, without a table lookup.
        if self.slice.as_bytes().get(at..at + 2) == Some(&[0xE2, 0x80][..]) {
            return Some((false, 3));
        }
        let c = self.slice[at..].chars().next()?;
        Some((c.is_alphanumeric(), c.len_utf8()))
    }

    /// Whether the character at byte `at` is a joiner with a letter or
    /// digit after it, and its length.
    fn inner_joiner_at(&self, at: usize) -> Option<usize> {
        let c = self.slice[at..].chars().next()?;
        let followed = self.alphanumeric_at(at + c.len_utf8()).is_some_and(|(alphanumeric, _)| alphanumeric);
        (is_joiner(c) && followed).then_some(c.len_utf8())
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.offset + start, self.offset + end)
    }
}

impl Iterator for Words<'_> {
    type Item = Span;

    /// Inlined into every walk: most words are a few letters, and the call
    /// (its saved registers and constants) cost about as much as the word.
    #[inline(always)]
    fn next(&mut self) -> Option<Span> {
        let bytes = self.slice.as_bytes();
        let start = loop {
            let Some(&b) = bytes.get(self.at) else {
                self.at = bytes.len();
                return None;
            };
            // Spaces and ASCII punctuation, the usual gaps, are passed over
            // without decoding.
            if b.is_ascii_alphanumeric() {
                break self.at;
            }
            if b.is_ascii() {
                self.at += 1;
                continue;
            }
            let Some((alphanumeric, len)) = self.alphanumeric_at(self.at) else {
                self.at = bytes.len();
                return None;
            };
            if alphanumeric {
                break self.at;
            }
            self.at += len;
        };
        let mut end = start;
        loop {
            // ASCII letters and digits, the bulk of every word.
            end += dossier_core::bytes::ascii_letter_run(&bytes[end..], true);
            match bytes.get(end) {
                None => {
                    self.at = end;
                    return Some(self.span(start, end));
                }
                // ASCII that joins no words ends this one.
                Some(&b) if b.is_ascii() && !matches!(b, b'-' | b'\'' | b'.') => {
                    self.at = end + 1;
                    return Some(self.span(start, end));
                }
                Some(_) => {}
            }
            match self.alphanumeric_at(end) {
                None => {
                    self.at = end;
                    return Some(self.span(start, end));
                }
                Some((true, len)) => end += len,
                Some((false, len)) => match self.inner_joiner_at(end) {
                    Some(joiner) => end += joiner,
                    None => {
                        self.at = end + len;
                        return Some(self.span(start, end));
                    }
                },
            }
        }
    }
}

/// `word`, of 1 to 8 bytes, as a number that tells it from every other
/// word of its length: its first and last four bytes (overlapping in a
/// shorter word), or for up to three bytes each byte. Two loads instead
/// of a copy of a length not known in advance.
#[inline]
pub fn packed(word: &[u8]) -> u64 {
    let len = word.len();
    match (word.get(..4), len.checked_sub(4).and_then(|from| word.get(from..))) {
        (Some(head), Some(tail)) if len <= 8 => {
            let four = |b: &[u8]| u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
            four(head) | four(tail) << 32
        }
        _ => word.iter().take(3).enumerate().fold(0, |x, (i, &b)| x | u64::from(b) << (8 * i)),
    }
}

/// Whether `text[span]` has more than `n` words, walking only as far as
/// the word after the `n`th. Words are a byte at least and a byte apart,
/// so a span shorter than `2n + 1` bytes has no more than `n`: told
/// without a walk, as most short gaps between a quotation and its verb are.
pub fn more_words_than(text: &str, span: Span, n: usize) -> bool {
    if span.end.saturating_sub(span.start) <= n.saturating_mul(2) {
        return false;
    }
    let bytes = text.get(span.range()).unwrap_or("").as_bytes();
    spaced_word_starts(bytes, n) > n || word_iter(text, span).nth(n).is_some()
}

/// A count, up to a little past `n`, of the words of `bytes` told from
/// their first bytes alone: an ASCII letter or digit after a space, or
/// opening `bytes`, always starts a word. Other words are not counted, so
/// more than `n` proves more than `n` words, and fewer proves nothing.
/// Sixteen bytes at a time, as long as they last.
fn spaced_word_starts(bytes: &[u8], n: usize) -> usize {
    let mut count = usize::from(bytes.first().is_some_and(u8::is_ascii_alphanumeric));
    #[cfg(target_arch = "x86_64")]
    {
        use dossier_core::sse2::{digits, equal, high_bits, letters, load, or};
        let mut at = 0;
        // Each step reads 17 bytes: 16 spaces and the byte after the last.
        while count <= n && at + 17 <= bytes.len() {
            let (here, next) = (load(&bytes[at..]), load(&bytes[at + 1..]));
            let starts = high_bits(equal(here, b' ')) & high_bits(or(letters(next), digits(next)));
            count += starts.count_ones() as usize;
            at += 16;
        }
    }
    count
}

/// Where `bytes` first hold "that" in any case, inside a word or not:
/// no word of theirs before is "that", and when there is none a walk
/// looking for it can be skipped. Sixteen starts are tried at once; the
/// last few, one by one.
pub fn first_that(bytes: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    {
        use dossier_core::sse2::{equal, high_bits, load, or};
        let mut at = 0;
        // Each step reads 19 bytes: 16 starts and the 3 bytes after the last.
        while at + 19 <= bytes.len() {
            let lane = |k: usize, lower: u8| {
                let v = load(&bytes[at + k..]);
                high_bits(or(equal(v, lower), equal(v, lower.to_ascii_uppercase())))
            };
            let hits = lane(0, b't') & lane(1, b'h') & lane(2, b'a') & lane(3, b't');
            if hits != 0 {
                return Some(at + hits.trailing_zeros() as usize);
            }
            at += 16;
        }
        first_that_one_by_one(&bytes[at..]).map(|i| at + i)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        first_that_one_by_one(bytes)
    }
}

/// Whether one of the first `n + 1` words of `bytes` may be "that": not
/// when "that" is nowhere in them, or only after more than `n` words that
/// follow a space. Those all start before it, and none of them is "that",
/// which would be found there first.
pub fn that_may_open_within(bytes: &[u8], n: usize) -> bool {
    first_that(bytes).is_some_and(|that| spaced_word_starts(&bytes[..that], n) <= n)
}

/// [`first_that`] one start after the other.
pub fn first_that_one_by_one(bytes: &[u8]) -> Option<usize> {
    bytes.windows(4).position(|w| w.eq_ignore_ascii_case(b"that"))
}

/// Whether the word starts with an upper-case letter or a digit-free
/// acronym shape ("VOA", "Kim", "U.S").
#[inline]
pub fn is_capitalized(word: &str) -> bool {
    // Most words open with ASCII, told without decoding a character.
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => word.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Whether the word ends in a possessive ("Korea’s", "Russia's").
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("’s") || word.ends_with("'s")
}

/// Whether only spaces separate the two byte positions.
pub fn only_space_between(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|s| s.chars().all(char::is_whitespace))
}

/// `span` without leading and trailing whitespace and the given
/// punctuation.
pub fn trim(text: &str, span: Span, extra: &[char]) -> Span {
    let Some(slice) = text.get(span.range()) else { return Span::new(span.start, span.start) };
    let strip = |c: char| c.is_whitespace() || extra.contains(&c);
    // ASCII, what the ends usually are, is told byte by byte; characters
    // are decoded only from the first byte outside ASCII on.
    let bytes = slice.as_bytes();
    let strip_byte = |b: u8| matches!(b, b'\t'..=b'\r' | b' ') || (b.is_ascii() && extra.contains(&char::from(b)));
    let mut left = 0;
    while left < bytes.len() && strip_byte(bytes[left]) {
        left += 1;
    }
    if left < bytes.len() && !bytes[left].is_ascii() {
        let rest = &slice[left..];
        left += rest.len() - rest.trim_start_matches(strip).len();
    }
    let mut right = bytes.len();
    while right > 0 && strip_byte(bytes[right - 1]) {
        right -= 1;
    }
    if right > 0 && !bytes[right - 1].is_ascii() {
        right = slice[..right].trim_end_matches(strip).len();
    }
    if right <= left {
        return Span::new(span.start + left, span.start + left);
    }
    Span::new(span.start + left, span.start + right)
}

/// Snaps `at` down to a character boundary of `text`.
pub fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// First sentence end (`.`, `!` or `?` before a space) inside `span`,
/// not counting the dots of abbreviations ("U.S.", "Mr.", "J."); the byte
/// after the mark, or `span.end`.
pub fn first_sentence_end(text: &str, span: Span, is_title: impl Fn(&str) -> bool) -> usize {
    let Some(slice) = text.get(span.range()) else { return span.end };
    // The marks are ASCII, so bytes can be searched without decoding.
    for i in memchr::memchr3_iter(b'.', b'!', b'?', slice.as_bytes()) {
        let c = char::from(slice.as_bytes()[i]);
        let after = &slice[i + 1..];
        if !after.chars().next().is_none_or(char::is_whitespace) {
            continue;
        }
        let before = &slice[..i];
        let last_word = before.rsplit(|c: char| !c.is_alphanumeric() && c != '.').next().unwrap_or("");
        let abbreviation = c == '.' && (last_word.contains('.') || last_word.chars().count() == 1 || is_title(last_word));
        if !abbreviation {
            return span.start + i + 1;
        }
    }
    span.end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        words(text, Span::new(0, text.len())).into_iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn keeps_hyphens_apostrophes_and_dots_inside_words() {
        assert_eq!(texts("Jae-won’s U.S. plan, (VOA) said."), ["Jae-won’s", "U.S", "plan", "VOA", "said"]);
    }

    /// Words as first written, one character at a time: the reference the
    /// byte-wise iterator must agree with.
    fn reference_words(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        let mut start: Option<usize> = None;
        while let Some((i, c)) = chars.next() {
            let inside = c.is_alphanumeric() || (start.is_some() && is_joiner(c) && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric()));
            match (inside, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push(Span::new(s, i));
                    start = None;
                }
                _ => {}
            }
        }
        out.extend(start.map(|s| Span::new(s, text.len())));
        out
    }

    proptest::proptest! {
        #[test]
        fn bytewise_words_match_the_reference(text in "[a-zA-Z0-9 .,'’‐‑\\-éÉß—“”…\u{a0}\u{2000}\u{203f}\u{2040}\u{2070}\u{2071}٣]{0,40}") {
            proptest::prop_assert_eq!(words(&text, Span::new(0, text.len())), reference_words(&text));
        }
    }

    proptest::proptest! {
        /// The sixteen-at-once search finds "that" where the byte-wise one does.
        #[test]
        fn that_is_found_as_one_by_one(text in "([tThHaA .,é]{0,6}(that|THAT|tHaT|than)?){0,12}") {
            proptest::prop_assert_eq!(first_that(text.as_bytes()), first_that_one_by_one(text.as_bytes()), "{:?}", text);
        }
    }

    proptest::proptest! {
        /// Words counted from the spaces before them never outnumber the walk's.
        #[test]
        fn more_words_than_matches_the_walk(text in "[a-zA-Z0-9 .,'\\-:;\"é’“—]{0,80}", n in 0usize..8) {
            let span = Span::new(0, text.len());
            proptest::prop_assert_eq!(more_words_than(&text, span, n), word_iter(&text, span).nth(n).is_some(), "{:?}", text);
        }
    }

    proptest::proptest! {
        /// No word is "that" among the first ones where the bytes tell none may be.
        #[test]
        fn no_that_is_missed(text in "((that|That|THAT|thatch|x.that|a-that|é|’|“| |, |\\.|-|[a-z0-9]{1,3}) ?){0,24}", n in 0usize..8) {
            let is_that = |w: &Span| w.of(&text).eq_ignore_ascii_case("that");
            let found = word_iter(&text, Span::new(0, text.len())).take(n + 1).any(|w| is_that(&w));
            proptest::prop_assert!(!found || that_may_open_within(text.as_bytes(), n), "{:?}", text);
        }
    }

    #[test]
    fn no_character_from_u2000_to_u203f_is_a_letter_or_digit() {
        assert!(('\u{2000}'..='\u{203f}').all(|c| !c.is_alphanumeric()));
        let text = "a\u{2000}b\u{203f}c\u{2040}d";
        assert_eq!(words(text, Span::new(0, text.len())), reference_words(text));
    }

    /// `trim` as first written, every character decoded.
    fn trim_by_chars(text: &str, span: Span, extra: &[char]) -> Span {
        let Some(slice) = text.get(span.range()) else { return Span::new(span.start, span.start) };
        let strip = |c: char| c.is_whitespace() || extra.contains(&c);
        let left = slice.len() - slice.trim_start_matches(strip).len();
        let right = slice.trim_end_matches(strip).len();
        if right <= left {
            return Span::new(span.start + left, span.start + left);
        }
        Span::new(span.start + left, span.start + right)
    }

    proptest::proptest! {
        /// Bytes told as ASCII trim as decoded characters do.
        #[test]
        fn bytewise_trim_matches_the_reference(
            text in "[a. ,;\t\n\u{b}\u{c}\r\u{1c}\u{85}\u{a0}\u{2009}“”é]{0,16}",
            extra in proptest::sample::select(vec![&[][..], &['.', ',', ';'][..], &['“', '”', ','][..]]),
            from in 0usize..4,
        ) {
            let start = (0..=from.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
            let span = Span::new(start, text.len());
            proptest::prop_assert_eq!(trim(&text, span, extra), trim_by_chars(&text, span, extra), "{:?}", text);
        }
    }

    #[test]
    fn trims_punctuation_and_space() {
        let t = "  “Hello,”  ";
        assert_eq!(trim(t, Span::new(0, t.len()), &['“', '”', ',']).of(t), "Hello");
        assert!(trim(t, Span::new(0, 2), &[]).is_empty());
    }
}
