//! One line of the page and what its shape says about it.

use super::normalize::RawLine;

/// Lines with at least this many words that end like a sentence are
/// article text: they anchor the head and tail rules.
const BODY_WORDS: usize = 10;
/// A full sentence has at least this many words.
const SENTENCE_WORDS: usize = 5;

/// What happens to a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fate {
    Keep,
    Drop,
    /// Dropped, and it opens a block that may run to the end of the page.
    End,
}

/// A line as a byte range into the normalised text, with its shape.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line {
    pub start: usize,
    pub end: usize,
    pub blank_before: bool,
    pub words: usize,
    /// Ends in `.`, `!`, `?` or `…`, maybe followed by closing quotes.
    pub terminal: bool,
    /// Letters of the Latin script, and of any other script.
    pub latin: usize,
    pub other: usize,
    pub fate: Fate,
}

impl Line {
    pub fn new(raw: RawLine) -> Line {
        Line {
            start: raw.start,
            end: raw.end,
            blank_before: raw.blank_before,
            words: 0,
            terminal: false,
            latin: 0,
            other: 0,
            fate: Fate::Keep,
        }
    }

    pub fn text<'t>(&self, buffer: &'t str) -> &'t str {
        &buffer[self.start..self.end]
    }

    /// Fills the shape fields from the (repaired) text.
    pub fn measure(&mut self, buffer: &str) {
        let text = self.text(buffer);
        let (spaces, ascii) = crate::vector::spaces_and_ascii(text.as_bytes());
        self.words = if text.is_empty() { 0 } else { spaces + 1 };
        self.terminal = ends_like_sentence(text);
        (self.latin, self.other) = if ascii { (text.len(), 0) } else { script_letters(text) };
    }

    pub fn kept(&self) -> bool {
        self.fate == Fate::Keep
    }

    pub fn sentence_like(&self) -> bool {
        self.terminal && self.words >= SENTENCE_WORDS
    }

    pub fn body_like(&self) -> bool {
        self.terminal && self.words >= BODY_WORDS
    }

    /// A menu entry or link: a few words, no sentence end.
    pub fn link_like(&self) -> bool {
        !self.terminal && self.words <= 3 && self.end - self.start <= 40
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Whether `text` ends with sentence punctuation, quotes and brackets aside.
pub(super) fn ends_like_sentence(text: &str) -> bool {
    // Most lines end in a letter, a digit or an end mark: that byte tells.
    match text.as_bytes().last() {
        Some(b'.' | b'!' | b'?') => true,
        Some(b) if b.is_ascii_alphanumeric() => false,
        _ => ends_like_sentence_decoded(text),
    }
}

/// [`ends_like_sentence`] for any last character.
fn ends_like_sentence_decoded(text: &str) -> bool {
    let body = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', '*', ' ']);
    body.ends_with(['.', '!', '?', '…'])
}

/// Counts Latin and other-script letters: the ASCII ones in bulk, only the
/// other characters are decoded.
fn script_letters(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut latin, mut other) = (crate::vector::ascii_letters(bytes), 0);
    let mut at = crate::vector::next_non_ascii(bytes, 0);
    while let Some(c) = text[at..].chars().next() {
        // Curly quotes and dashes are told without a Unicode table lookup.
        if !crate::is_general_punctuation(c) && c.is_alphabetic() {
            if is_latin(c) {
                latin += 1;
            } else {
                other += 1;
            }
        }
        at = crate::vector::next_non_ascii(bytes, at + c.len_utf8());
    }
    (latin, other)
}

fn is_latin(c: char) -> bool {
    matches!(c, '\0'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}' | '\u{FF21}'..='\u{FF5A}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_ends_look_through_closing_quotes() {
        assert!(ends_like_sentence("He said “no.”"));
        assert!(ends_like_sentence("Really?)"));
        assert!(!ends_like_sentence("Talks resume in Geneva"));
    }

    proptest::proptest! {
        #[test]
        fn the_last_byte_tells_as_the_decoded_rule(text in "[a-zA-Z0-9 .!?…\"'”’)\\]»*,:é본]{0,8}") {
            proptest::prop_assert_eq!(ends_like_sentence(&text), ends_like_sentence_decoded(&text));
        }
    }

    #[test]
    fn letters_are_counted_by_script() {
        assert_eq!(script_letters("Café 본문"), (4, 2));
        let mut line = Line::new(super::super::normalize::RawLine { start: 0, end: 0, blank_before: false });
        for (text, want) in [("Café 본문", (4, 2)), ("plain text", (10, 0)), ("“Quoted” – Ελλάδα", (6, 6)), ("", (0, 0))] {
            line.end = text.len();
            line.measure(text);
            assert_eq!((line.latin, line.other), want, "{text}");
        }
    }
}
