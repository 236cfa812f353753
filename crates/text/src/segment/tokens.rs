//! Tokens of one paragraph, and its sentences on the same pass;
//! conventions in the module docs of `segment`.

use dossier_core::{Span, Token, TokenKind};

use super::sentences::{starts_word_before, SentenceEnds};
use super::word_bits::WordBits;
use crate::abbreviations::{Abbrev, Abbreviations};

/// Longest dotted acronym kept as one token ("U.S.S.R." has four letters).
const MAX_ACRONYM_LETTERS: usize = 8;

/// Appends the sentences of `paragraph` to `sentences` and their tokens to
/// `out`. A sentence runs from its first token to its last, so the white
/// space around it is left out. `bits` are the [`WordBits`] of `text`.
pub(super) fn tokenize(text: &str, paragraph: Span, bits: &WordBits, abbreviations: &Abbreviations, sentences: &mut Vec<Span>, out: &mut Vec<Token>) {
    tokenize_with(text, paragraph, abbreviations, sentences, out, Some(bits));
}

/// [`tokenize`], with the word bits of `text`, the loop that takes runs
/// of plain words at once and the abbreviation look-ups of words shared
/// with the sentence ends, or without them: one token after the other,
/// word lengths counted by scanning bytes, every look-up done where it is
/// needed (tests compare the two).
#[inline(always)]
fn tokenize_with(text: &str, paragraph: Span, abbreviations: &Abbreviations, sentences: &mut Vec<Span>, out: &mut Vec<Token>, bits: Option<&WordBits>) {
    let s = &text[paragraph.range()];
    let bytes = s.as_bytes();
    let mut ends = SentenceEnds::new(text, paragraph, abbreviations);
    let mut first_token = out.len();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(bits) = bits {
            i = plain_words(bytes, i, paragraph.start, bits, &mut ends, &mut first_token, sentences, out);
            if i >= bytes.len() {
                break;
            }
        }
        let b = bytes[i];
        // Where an end mark the token holds starts: the sentence may end
        // after it.
        let mut mark = None;
        // ASCII is told apart byte by byte; other characters are decoded.
        let (len, kind) = if b.is_ascii() {
            match b {
                b' ' | b'\t' | b'\x0B'..=b'\r' => {
                    i += 1;
                    continue;
                }
                b'\n' => {
                    ends.line_break(paragraph.start + i);
                    i += 1;
                    continue;
                }
                b'\'' if is_possessive(s, i) => (2, TokenKind::Word),
                b'a'..=b'z' | b'A'..=b'Z' => {
                    let run = match bits {
                        Some(bits) => bits.run_from(paragraph.start + i).min(s.len() - i),
                        None => crate::bytes::ascii_letter_run(&bytes[i..], true),
                    };
                    let (len, period, looked_up) = word_len(s, i, run, abbreviations);
                    mark = period.then_some(i + len - 1);
                    if let (Some(_), Some((dot, kind))) = (bits, looked_up) {
                        share_look_up(text, paragraph.start, i, run, dot, kind, &mut ends);
                    }
                    (len, TokenKind::Word)
                }
                b'0'..=b'9' => number(s, i),
                b'.' => {
                    mark = Some(i);
                    (bytes[i..].iter().take_while(|&&b| b == b'.').count(), TokenKind::Punct)
                }
                b'!' | b'?' => {
                    mark = Some(i);
                    (1, TokenKind::Punct)
                }
                _ => (1, TokenKind::Punct),
            }
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            } else if is_possessive(s, i) {
                (c.len_utf8() + 1, TokenKind::Word)
            } else if crate::is_general_punctuation(c) {
                // Curly quotes and dashes, the usual non-ASCII characters of
                // English news: neither letters nor digits, told at once.
                mark = (c == '…').then_some(i);
                (c.len_utf8(), TokenKind::Punct)
            } else if c.is_alphabetic() {
                // No ASCII letter or digit starts the word: the first run is empty.
                let (len, period, _) = word_len(s, i, 0, abbreviations);
                mark = period.then_some(i + len - 1);
                (len, TokenKind::Word)
            } else if c.is_numeric() {
                number(s, i)
            } else {
                (c.len_utf8(), TokenKind::Punct)
            }
        };
        let start = paragraph.start + i;
        if ends.ends_before(start) {
            close_sentence(out, &mut first_token, sentences);
        }
        out.push(Token { span: Span::new(start, start + len), kind });
        if let Some(at) = mark {
            ends.mark(paragraph.start + at);
        }
        i += len;
        // Most tokens are followed by one space: it is passed over at once.
        if bytes.get(i) == Some(&b' ') {
            i += 1;
        }
    }
    close_sentence(out, &mut first_token, sentences);
}

/// Takes the plain words from `i` on, each followed by one space: ASCII
/// letters and digits, starting with a letter and ended by a space, by
/// ASCII punctuation that neither joins words nor may close an
/// abbreviation, or by the end of the paragraph. Where the run stops, the
/// general loop of [`tokenize_with`] goes on; nothing a plain word holds
/// can mark a sentence end, so only the pending end is checked. `bytes`
/// are the paragraph's, which starts at `offset` of the text of `bits`.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn plain_words(bytes: &[u8], mut i: usize, offset: usize, bits: &WordBits, ends: &mut SentenceEnds, first_token: &mut usize, sentences: &mut Vec<Span>, out: &mut Vec<Token>) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        // The words each followed by one space and a letter, found at once;
        // then the word after them, ended otherwise.
        let mut gaps = bits.spaced_words(offset + i, bytes.len() - i);
        let mut from = 0;
        while gaps != 0 {
            let gap = gaps.trailing_zeros() as usize;
            let start = offset + i + from;
            if ends.ends_before(start) {
                close_sentence(out, first_token, sentences);
            }
            out.push(Token { span: Span::new(start, offset + i + gap), kind: TokenKind::Word });
            from = gap + 1;
            gaps &= gaps - 1;
        }
        i += from;
        // A paragraph ends before white space: no run goes past it, but
        // the bound is kept for any input.
        let len = bits.run_from(offset + i).min(bytes.len() - i);
        let next = bytes.get(i + len).copied();
        if next.is_some_and(|b| !b.is_ascii() || matches!(b, b'-' | b'\'' | b'.')) {
            break;
        }
        let start = offset + i;
        if ends.ends_before(start) {
            close_sentence(out, first_token, sentences);
        }
        out.push(Token { span: Span::new(start, start + len), kind: TokenKind::Word });
        i += len + usize::from(next == Some(b' '));
    }
    i
}

/// Tells `ends` what the abbreviation list said of the word at `at` of the
/// paragraph (at `offset` of `text`) with the period at `dot`, when the
/// sentence ends would look up that same word: the word is the `run` of
/// ASCII letters and digits at its start, and [`starts_word_before`].
#[inline]
fn share_look_up(text: &str, offset: usize, at: usize, run: usize, dot: usize, kind: Option<Abbrev>, ends: &mut SentenceEnds) {
    if at + run == dot && starts_word_before(text, offset + at, offset + dot) {
        ends.know(offset + dot, kind);
    }
}

/// Ends the sentence made of the tokens from `first_token`, if there are any.
fn close_sentence(tokens: &[Token], first_token: &mut usize, sentences: &mut Vec<Span>) {
    if let (Some(first), Some(last)) = (tokens.get(*first_token), tokens.last()) {
        sentences.push(Span::new(first.span.start, last.span.end));
        *first_token = tokens.len();
    }
}

/// `'s` or `’s` closing a word ("Korea’s"), at `at`.
fn is_possessive(s: &str, at: usize) -> bool {
    let rest = &s[at..];
    let Some(after_quote) = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('’')) else {
        return false;
    };
    let follows_word = s[..at].chars().next_back().is_some_and(char::is_alphanumeric);
    follows_word && after_quote.starts_with('s') && !after_quote[1..].starts_with(char::is_alphanumeric)
}

/// Length of the word at `at`: letters and digits, joined by inner hyphens
/// and apostrophes; a dotted acronym or listed abbreviation with its period,
/// and then whether it ends in that period; last, when a period follows
/// the word, where it is and what the abbreviation list says of the word
/// with it. `run`: how many ASCII letters and digits start the word.
#[inline]
fn word_len(s: &str, at: usize, run: usize, abbreviations: &Abbreviations) -> (usize, bool, LookedUp) {
    // Most words are ASCII letters ended by a space or by punctuation that
    // neither joins words nor may close an abbreviation: no more to check.
    let bytes = s.as_bytes();
    if bytes.get(at + run).is_none_or(|&b| b.is_ascii() && !matches!(b, b'-' | b'\'' | b'.')) {
        return (run, false, None);
    }
    joined_word_len(s, at, run, abbreviations)
}

/// Where a period is and what the abbreviation list says of the word it
/// closes, when that was looked up.
type LookedUp = Option<(usize, Option<Abbrev>)>;

/// [`word_len`] for a word that may go on past its first run of ASCII
/// letters and digits, or end in a period.
#[inline(never)]
fn joined_word_len(s: &str, at: usize, run: usize, abbreviations: &Abbreviations) -> (usize, bool, LookedUp) {
    // Mostly a word of two or more letters and digits closing a sentence:
    // no dotted acronym (its first letter is followed by a period) and no
    // more of the word to look for.
    if run > 1 && s.as_bytes().get(at + run) == Some(&b'.') {
        return period_word_len(s, at, at + run, abbreviations);
    }
    joined_word_len_in_general(s, at, run, abbreviations)
}

/// [`joined_word_len`] by the general rules, without its shortcut for a
/// plain run before a period (the tests' reference for the shortcut).
#[inline(always)]
fn joined_word_len_in_general(s: &str, at: usize, run: usize, abbreviations: &Abbreviations) -> (usize, bool, LookedUp) {
    let dotted = dotted_acronym_len(&s[at..]);
    if dotted > 0 {
        return (dotted, true, None);
    }
    let end = word_end(s, at, run);
    if s.as_bytes().get(end) != Some(&b'.') {
        return (end - at, false, None);
    }
    period_word_len(s, at, end, abbreviations)
}

/// [`joined_word_len`] of the word from `at` to the period at `dot`: with
/// the period when it closes an abbreviation.
#[inline(always)]
fn period_word_len(s: &str, at: usize, dot: usize, abbreviations: &Abbreviations) -> (usize, bool, LookedUp) {
    match abbreviations.kind(&s[at..=dot]) {
        Some(kind) => (dot + 1 - at, true, Some((dot, Some(kind)))),
        None => (dot - at, false, Some((dot, None))),
    }
}

/// Where the letters, digits, inner hyphens and inner apostrophes from
/// `at` end; `run` ASCII letters and digits start the word (counted
/// already, they are not scanned again).
fn word_end(s: &str, at: usize, run: usize) -> usize {
    let bytes = s.as_bytes();
    let mut end = at + run;
    loop {
        // Most words end at a space or punctuation that cannot join.
        if bytes.get(end).is_none_or(|&b| b.is_ascii() && b != b'-' && b != b'\'') {
            return end;
        }
        let Some(c) = s[end..].chars().next() else { return end };
        let after = end + c.len_utf8();
        let joins = matches!(c, '-' | '\'' | '’') && s[after..].starts_with(char::is_alphanumeric);
        if !(c.is_alphanumeric() || joins) || (joins && is_possessive(s, end)) {
            return end;
        }
        // Runs of ASCII letters and digits need no decoding.
        end = after + crate::bytes::ascii_letter_run(&bytes[after..], true);
    }
}

/// "U.S.", "a.m.", "J.R.R.": letters each followed by a period, at least
/// two and at most [`MAX_ACRONYM_LETTERS`]. The scan stops there, so that a
/// long chain ("A.A.A.…A") costs the same at every letter and tokenizing
/// it stays linear.
fn dotted_acronym_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let limit = bytes.len().min(2 * MAX_ACRONYM_LETTERS + 1);
    let mut len = 0;
    while len + 1 < limit && bytes[len].is_ascii_alphabetic() && bytes[len + 1] == b'.' {
        len += 2;
    }
    let closed = bytes.get(len).is_none_or(|b| !b.is_ascii_alphanumeric());
    if len >= 4 && closed { len } else { 0 }
}

/// A number with inner `,` and `.` between digits; digits run together
/// with letters make a word ("18th").
fn number(s: &str, at: usize) -> (usize, TokenKind) {
    let bytes = s.as_bytes();
    let mut end = at;
    let mut kind = TokenKind::Number;
    while let Some(&b) = bytes.get(end) {
        // ASCII, the usual case, is told by the byte: digits first.
        if b.is_ascii_digit() {
            end += 1;
        } else if b.is_ascii_alphabetic() {
            kind = TokenKind::Word;
            end += 1;
        } else if matches!(b, b',' | b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
            end += 1;
        } else if b.is_ascii() {
            break;
        } else {
            let c = s[end..].chars().next().unwrap_or_default();
            if c.is_alphabetic() {
                kind = TokenKind::Word;
            } else if !c.is_numeric() {
                break;
            }
            end += c.len_utf8();
        }
    }
    (end - at, kind)
}

/// [`number`], every character decoded and told by the general rules.
#[cfg(test)]
fn number_decoded(s: &str, at: usize) -> (usize, TokenKind) {
    let bytes = s.as_bytes();
    let mut end = at;
    let mut kind = TokenKind::Number;
    while let Some(&b) = bytes.get(end) {
        let c = if b.is_ascii() { char::from(b) } else { s[end..].chars().next().unwrap_or_default() };
        let separator = matches!(c, ',' | '.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if c.is_alphabetic() {
            kind = TokenKind::Word;
        } else if !(c.is_numeric() || separator) {
            break;
        }
        end += c.len_utf8();
    }
    (end - at, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(&str, TokenKind)> {
        let abbr = Abbreviations::parse(crate::ABBREVIATIONS).unwrap();
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &WordBits::new(text.as_bytes()), &abbr, &mut Vec::new(), &mut out);
        out.iter().map(|t| (t.span.of(text), t.kind)).collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn hyphens_and_apostrophes_stay_inside_words_but_possessives_split() {
        assert_eq!(words("Lee Su-jin’s team didn't go to O'Hare's gate."), ["Lee", "Su-jin", "’s", "team", "didn't", "go", "to", "O'Hare", "'s", "gate", "."]);
        assert_eq!(words("the states' - well"), ["the", "states", "'", "-", "well"]);
    }

    #[test]
    fn numbers_keep_separators_and_abbreviations_keep_periods() {
        use TokenKind::*;
        assert_eq!(
            tokens("Gen. Ko sent 1,000.5 tons at 7 a.m. on the 18th..."),
            [("Gen.", Word), ("Ko", Word), ("sent", Word), ("1,000.5", Number), ("tons", Word), ("at", Word), ("7", Number), ("a.m.", Word), ("on", Word), ("the", Word), ("18th", Word), ("...", Punct)]
        );
        assert_eq!(words("the U.S.-led talks, 3."), ["the", "U.S.", "-", "led", "talks", ",", "3", "."]);
    }

    #[test]
    fn general_punctuation_is_neither_letter_nor_digit() {
        for c in ('\u{2000}'..='\u{206F}').filter(|c| !c.is_whitespace()) {
            assert!(crate::is_general_punctuation(c) && !c.is_alphabetic() && !c.is_numeric(), "{c:?}");
        }
        assert_eq!(tokens("“Yes” — he said…"), [("“", TokenKind::Punct), ("Yes", TokenKind::Word), ("”", TokenKind::Punct), ("—", TokenKind::Punct), ("he", TokenKind::Word), ("said", TokenKind::Word), ("…", TokenKind::Punct)]);
    }

    #[test]
    fn each_sentence_runs_from_its_first_token_to_its_last() {
        let text = "It ended. \u{a0}“Go!” he said.\nnext line at the U.S. Army base.\nWait…  Then 3.5 more";
        let abbr = Abbreviations::parse(crate::ABBREVIATIONS).unwrap();
        let (mut sentences, mut tokens) = (Vec::new(), Vec::new());
        tokenize(text, Span::new(0, text.len()), &WordBits::new(text.as_bytes()), &abbr, &mut sentences, &mut tokens);
        let got: Vec<&str> = sentences.iter().map(|s| s.of(text)).collect();
        assert_eq!(got, ["It ended.", "“Go!” he said.\nnext line at the U.S. Army base.", "Wait…", "Then 3.5 more"]);
        let mut rest = tokens.as_slice();
        for sentence in &sentences {
            let inside = rest.iter().take_while(|t| sentence.contains(t.span)).count();
            assert!(inside > 0 && rest[0].span.start == sentence.start && rest[inside - 1].span.end == sentence.end, "{sentence:?}");
            rest = &rest[inside..];
        }
        assert!(rest.is_empty());
    }

    proptest::proptest! {
        /// Taking runs of plain words at once, with word lengths from the
        /// word bits, changes no token and no sentence.
        #[test]
        fn runs_of_plain_words_are_tokenized_as_one_by_one(
            text in "([A-Za-z]{1,9}|[0-9]{1,4}|Gen\\.|Mr\\.|No\\.|a\\.m\\.|U\\.S\\.|don't|Su-jin|’s|'s|[.,;:!?…“”\"'()\\[/\\-]|é|Zürich| |  |\n|\t){0,60}"
        ) {
            let abbr = Abbreviations::parse(crate::ABBREVIATIONS).unwrap();
            // A paragraph after another, so that offsets count.
            let page = format!("Lead.\n\n{text}");
            let bits = WordBits::new(page.as_bytes());
            let run = |bits| {
                let (mut sentences, mut tokens) = (Vec::new(), Vec::new());
                tokenize_with(&page, Span::new(7, page.len()), &abbr, &mut sentences, &mut tokens, bits);
                (sentences, tokens)
            };
            proptest::prop_assert_eq!(run(Some(&bits)), run(None));
        }
    }

    proptest::proptest! {
        /// The shortcut for a run of ASCII letters and digits before a
        /// period measures words as the general rules do.
        #[test]
        fn the_plain_word_before_a_period_is_measured_as_in_general(text in "[A-Za-z][A-Za-z0-9]{0,5}(\\.|\\.[A-Za-z]|-[a-z]|'[a-z]|’s|é)?[. a-z]{0,4}") {
            let abbr = Abbreviations::parse(crate::ABBREVIATIONS).unwrap();
            let run = crate::bytes::ascii_letter_run(text.as_bytes(), true);
            proptest::prop_assert_eq!(joined_word_len(&text, 0, run, &abbr), joined_word_len_in_general(&text, 0, run, &abbr));
        }
    }

    proptest::proptest! {
        /// Numbers told byte by byte end where the decoding rules end them.
        #[test]
        fn numbers_are_measured_as_decoded(text in "[0-9]([0-9a-z,. \\-]|é|½|٣|’){0,12}") {
            proptest::prop_assert_eq!(number(&text, 0), number_decoded(&text, 0));
        }
    }

    #[test]
    fn a_chain_of_dotted_letters_longer_than_an_acronym_is_split() {
        assert_eq!(words("U.S.S.R. A.B.C.D.E.F.G.H."), ["U.S.S.R.", "A.B.C.D.E.F.G.H."]);
        let chain = "A.".repeat(9);
        let got = words(&chain);
        assert!(got.len() > 1 && got.iter().all(|w| w.ends_with('.')), "{got:?}");
    }
}
