//! Sentence boundaries inside one paragraph, decided at the end marks the
//! tokenizer meets on its one pass.

use dossier_core::Span;

use crate::abbreviations::{Abbrev, Abbreviations};

/// Longest word looked at around a period (abbreviations are short).
const MAX_WORD: usize = 40;

/// The sentence ends of one paragraph. A sentence ends after `.`, `!`, `?`
/// or `…` (with any closing quotes and brackets) when white space and then
/// no lowercase letter follow and the period does not close an
/// abbreviation; a line break ends a sentence unless the next line starts
/// in lowercase.
///
/// The tokenizer shows every possible end to it in order: a line break
/// where it skips white space, a mark where a token starts with one, and
/// the period closing an abbreviation or acronym. (The other periods inside
/// tokens, in "3.5" or "U.S.", are followed by a letter or digit and end
/// nothing.) An end always lies in white space, so no token crosses it.
pub(super) struct SentenceEnds<'t> {
    text: &'t str,
    paragraph: Span,
    abbreviations: &'t Abbreviations,
    /// Marks before this were passed over with the mark that began their run.
    resume: usize,
    /// Where the current sentence ends, once an end has been found
    /// (`usize::MAX` until then); the next token starts after it.
    pending: usize,
    /// A period (`usize::MAX` for none) and the abbreviation kind of the
    /// word it closes, as [`word_before`] takes it: looked up already by
    /// the tokenizer, and not again.
    known: (usize, Option<Abbrev>),
}

impl<'t> SentenceEnds<'t> {
    pub fn new(text: &'t str, paragraph: Span, abbreviations: &'t Abbreviations) -> SentenceEnds<'t> {
        SentenceEnds { text, paragraph, abbreviations, resume: paragraph.start, pending: usize::MAX, known: (usize::MAX, None) }
    }

    /// A line break at `at`.
    pub fn line_break(&mut self, at: usize) {
        if at >= self.resume {
            self.resume = at + 1;
            if !next_starts_lowercase(self.text, at + 1, self.paragraph.end) {
                self.pending = at + 1;
            }
        }
    }

    /// That `kind` is what the abbreviation list says of
    /// `word_before(text, dot)`, the word the period at `dot` closes.
    #[inline]
    pub fn know(&mut self, dot: usize, kind: Option<Abbrev>) {
        self.known = (dot, kind);
    }

    /// An end mark (`.`, `!`, `?` or `…`) starting at `at`.
    pub fn mark(&mut self, at: usize) {
        if at >= self.resume {
            let known = (self.known.0 == at).then_some(self.known.1);
            let (is_end, next) = end_mark(self.text, at, self.paragraph.end, Lookup { abbreviations: self.abbreviations, known });
            self.resume = next;
            if is_end {
                self.pending = next;
            }
        }
    }

    /// Whether a token starting at `at` begins a new sentence: the current
    /// one then ends, and the next end is looked for.
    #[inline]
    pub fn ends_before(&mut self, at: usize) -> bool {
        let ends = at >= self.pending;
        if ends {
            self.pending = usize::MAX;
        }
        ends
    }
}

/// The abbreviation list, and what it says of the word before the mark
/// when that is known already.
#[derive(Clone, Copy)]
struct Lookup<'a> {
    abbreviations: &'a Abbreviations,
    known: Option<Option<Abbrev>>,
}

/// At an end mark starting at `at`: whether a sentence ends here, and
/// where scanning goes on (after the marks and closing quotes).
fn end_mark(text: &str, at: usize, limit: usize, lookup: Lookup) -> (bool, usize) {
    let bytes = text.as_bytes();
    // Mostly one period, a space and an ASCII letter or digit: the end is
    // told without decoding, as the general rules below would tell it.
    if at + 2 < limit && bytes[at] == b'.' && bytes[at + 1] == b' ' && bytes[at + 2].is_ascii_alphanumeric() {
        let end = at + 1;
        let is_end = !bytes[at + 2].is_ascii_lowercase() && period_ends(text, at, end, limit, lookup);
        return (is_end, end);
    }
    end_mark_decoded(text, at, limit, lookup)
}

/// [`end_mark`] for any text after the mark.
fn end_mark_decoded(text: &str, at: usize, limit: usize, lookup: Lookup) -> (bool, usize) {
    let marks_end = skip_while(text, at, limit, |c| matches!(c, '.' | '!' | '?' | '…'));
    let end = skip_while(text, marks_end, limit, |c| matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»'));
    if end >= limit || !text[end..].starts_with(char::is_whitespace) || next_starts_lowercase(text, end, limit) {
        return (false, end);
    }
    let single_period = marks_end == at + 1 && text.as_bytes()[at] == b'.';
    if !single_period {
        return (true, end);
    }
    (period_ends(text, at, end, limit, lookup), end)
}

/// Whether the single period at `dot`, followed by white space and no
/// lowercase letter from `end` on, ends a sentence: unless it closes an
/// abbreviation, which ends one only before a word that usually starts
/// a sentence.
fn period_ends(text: &str, dot: usize, end: usize, limit: usize, lookup: Lookup) -> bool {
    let abbreviations = lookup.abbreviations;
    match lookup.known.unwrap_or_else(|| abbreviations.kind(word_before(text, dot))) {
        None => true,
        Some(Abbrev::Title) => false,
        Some(Abbrev::Any) => abbreviations.is_starter(word_after(text, end, limit)),
    }
}

fn skip_while(text: &str, from: usize, limit: usize, keep: impl Fn(char) -> bool) -> usize {
    let skipped: usize = text[from..limit].chars().take_while(|&c| keep(c)).map(char::len_utf8).sum();
    from + skipped
}

/// Whether the first letter or digit after `from` (past spaces and
/// opening quotes) is a lowercase letter.
fn next_starts_lowercase(text: &str, from: usize, limit: usize) -> bool {
    // Mostly a space and an ASCII letter follow: told without decoding.
    for &b in text.as_bytes()[from..limit].iter().take(MAX_WORD) {
        if !b.is_ascii() {
            break;
        }
        if b.is_ascii_alphanumeric() {
            return b.is_ascii_lowercase();
        }
    }
    text[from..limit]
        .chars()
        .take(MAX_WORD)
        .find(|&c| is_alphanumeric(c))
        .is_some_and(char::is_lowercase)
}

/// `char::is_alphanumeric`, telling ASCII and the curly quotes and dashes
/// of General Punctuation (none of them letters or digits) without the
/// Unicode tables, whose look-up costs hundreds of instructions.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !crate::is_general_punctuation(c) && c.is_alphanumeric()
    }
}

/// The word that the period at `dot` closes, with the period ("Gen.").
/// It starts at `at` when the word from there to the period is one run
/// of ASCII letters and digits no longer than [`MAX_WORD`], after a
/// word edge or at the start of the text (see [`starts_word_before`]).
pub(super) fn word_before(text: &str, dot: usize) -> &str {
    let bytes = text.as_bytes();
    let mut from = dot;
    while from > 0 && dot - from < MAX_WORD && !is_word_edge(bytes[from - 1]) {
        from -= 1;
    }
    match text.get(from..=dot) {
        // Mostly the word starts with an ASCII letter: nothing to trim.
        Some(word) if word.as_bytes()[0].is_ascii_alphanumeric() => word,
        Some(word) => word.trim_start_matches(|c: char| !c.is_alphanumeric()),
        None => "",
    }
}

/// The word starting the text after `from`, past spaces and opening quotes.
fn word_after(text: &str, from: usize, limit: usize) -> &str {
    let rest = &text[from..limit];
    let rest = rest.trim_start_matches(|c: char| !c.is_alphanumeric());
    let len = rest.char_indices().take(MAX_WORD).find(|(_, c)| !c.is_alphanumeric()).map_or(rest.len(), |(i, _)| i);
    if len > MAX_WORD * 4 {
        return "";
    }
    &rest[..len]
}

/// Whether [`word_before`] of the period at `dot` starts at `at`, given
/// that the bytes from `at` to the period are ASCII letters and digits.
#[inline]
pub(super) fn starts_word_before(text: &str, at: usize, dot: usize) -> bool {
    dot - at <= MAX_WORD && (at == 0 || is_word_edge(text.as_bytes()[at - 1]))
}

fn is_word_edge(b: u8) -> bool {
    b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'(' | b'[')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_alphanumeric_test_agrees_with_the_unicode_one() {
        for c in ('\0'..='\u{3000}').chain(['\u{FEFF}', '本', '\u{1F600}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        let abbr = Abbreviations::parse(crate::ABBREVIATIONS).unwrap();
        let mut out = Vec::new();
        super::super::tokens::tokenize(text, Span::new(0, text.len()), &super::super::word_bits::WordBits::new(text.as_bytes()), &abbr, &mut out, &mut Vec::new());
        out.iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_end_sentences() {
        let text = "Gen. Park met Mr. J. R. Tolland at 10 a.m. on Jan. 5 in the U.S. capital. Prices rose 3.5 percent.";
        assert_eq!(sentences(text), ["Gen. Park met Mr. J. R. Tolland at 10 a.m. on Jan. 5 in the U.S. capital.", "Prices rose 3.5 percent."]);
    }

    #[test]
    fn an_abbreviation_before_a_sentence_starter_ends_the_sentence() {
        assert_eq!(sentences("The ships left at 6 a.m. The port closed."), ["The ships left at 6 a.m.", "The port closed."]);
        assert_eq!(sentences("Troops moved into the U.S. Army base."), ["Troops moved into the U.S. Army base."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text = "She said, “We will stay. We will not leave.” Then she left! Why?” he asked.";
        assert_eq!(sentences(text), ["She said, “We will stay.", "We will not leave.”", "Then she left!", "Why?” he asked."]);
    }

    #[test]
    fn ellipses_and_lines_without_end_marks() {
        assert_eq!(sentences("Wait... Then go… now.\nA Heading Without A Stop\nthat goes on."), ["Wait...", "Then go… now.", "A Heading Without A Stop\nthat goes on."]);
        assert_eq!(sentences("Heading\nBody text here."), ["Heading", "Body text here."]);
    }

    proptest::proptest! {
        /// The shortcut for a period, a space and an ASCII letter or digit
        /// decides as the decoding rules do, wherever a mark stands.
        #[test]
        fn the_ascii_shortcut_decides_as_the_general_rules(
            text in "([A-Za-z0-9]{1,6}|Gen|Mr|a\\.m|U\\.S|No|St|The|He|[.!?…” ’\"'(),\n]|\\. |\\.  |é|«){0,40}"
        ) {
            let abbr = Abbreviations::parse(crate::ABBREVIATIONS).unwrap();
            for (at, c) in text.char_indices().filter(|(_, c)| matches!(c, '.' | '!' | '?' | '…')) {
                // A paragraph may also end just after the mark.
                let limits = [text.len(), (at + 3).min(text.len())];
                for limit in limits.into_iter().filter(|&limit| text.is_char_boundary(limit)) {
                    let lookup = Lookup { abbreviations: &abbr, known: None };
                    proptest::prop_assert_eq!(end_mark(&text, at, limit, lookup), end_mark_decoded(&text, at, limit, lookup), "{:?} at {} ({:?})", text, at, c);
                }
            }
        }
    }

    #[test]
    fn the_next_letter_is_found_past_quotes_in_any_script() {
        assert_eq!(sentences("It ended. 'quiet' days."), ["It ended. 'quiet' days."]);
        assert_eq!(sentences("It ended. «Élan» won. «élan» too."), ["It ended.", "«Élan» won. «élan» too."]);
        assert_eq!(sentences("It ended. 12 more."), ["It ended.", "12 more."]);
    }
}
