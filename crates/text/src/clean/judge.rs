//! The verdict on one line, from its shape, its script and the vocabulary.

use super::line::{Fate, Line};
use crate::boilerplate::Boilerplate;

/// Lines longer than this are article text as far as shape rules go.
const SHAPE_MAX_LEN: usize = 200;
/// A contact line is short and mostly digits.
const CONTACT_MAX_LEN: usize = 60;
const CONTACT_MIN_DIGITS: usize = 7;
/// Items of a keyword or menu list have at most this many words.
const LIST_ITEM_WORDS: usize = 4;

/// Decides the fate of one line. `latin_document`: most letters of the
/// page are Latin, so lines mostly in other scripts are foreign.
pub(super) fn judge(text: &str, line: &Line, vocab: &Boilerplate, latin_document: bool) -> Fate {
    if !has_alphanumeric(text) {
        return Fate::Drop;
    }
    if latin_document && line.other > line.latin {
        return Fate::Drop;
    }
    let verdict = vocab.judge(text, line.sentence_like());
    if verdict.ends_article {
        return Fate::End;
    }
    if verdict.drop || (line.len() <= SHAPE_MAX_LEN && shaped_like_boilerplate(text, line)) {
        return Fate::Drop;
    }
    Fate::Keep
}

/// Whether `text` holds a letter or digit. Most lines hold an ASCII one,
/// found without decoding; only the others are looked up in the Unicode
/// tables (a look-up costs hundreds of instructions), curly quotes and
/// dashes aside.
fn has_alphanumeric(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_alphanumeric())
        || text.chars().any(|c| !c.is_ascii() && !crate::is_general_punctuation(c) && c.is_alphanumeric())
}

fn shaped_like_boilerplate(text: &str, line: &Line) -> bool {
    is_contact(text) || (!line.terminal && (is_identifier(text, line) || is_keyword_list(text) || is_menu_row(text, line)))
}

/// "+44 20 7946 0000", "Tel 555-0100": mostly digits, few letters.
fn is_contact(text: &str) -> bool {
    if text.len() > CONTACT_MAX_LEN {
        return false;
    }
    let digits = crate::vector::ascii_digits(text.as_bytes());
    digits >= CONTACT_MIN_DIGITS && text.chars().filter(|c| c.is_alphabetic()).count() <= digits
}

/// "scroll_progress", "pageTopButton": a widget id, not a word.
fn is_identifier(text: &str, line: &Line) -> bool {
    line.words == 1 && (text.contains('_') || has_inner_capital(text))
}

fn has_inner_capital(word: &str) -> bool {
    word.as_bytes().windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// "politics,elections,city council": lowercase items between commas.
fn is_keyword_list(text: &str) -> bool {
    holds_twice(text, b',')
        && !text.chars().any(char::is_uppercase)
        && text.split(',').all(|item| item.split_whitespace().count() <= LIST_ITEM_WORDS)
}

/// "World | Business | Sport": short items between bars.
fn is_menu_row(text: &str, line: &Line) -> bool {
    !line.sentence_like()
        && holds_twice(text, b'|')
        && text.split('|').all(|item| item.split_whitespace().count() <= LIST_ITEM_WORDS)
}

/// Whether `byte` occurs at least twice in `text`; most lines have none,
/// which a vector search tells fastest.
fn holds_twice(text: &str, byte: u8) -> bool {
    memchr::memchr_iter(byte, text.as_bytes()).nth(1).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::normalize::RawLine;
    use super::*;

    fn fate(text: &str) -> Fate {
        let vocab = Boilerplate::parse(crate::BOILERPLATE).unwrap();
        let mut line = Line::new(RawLine { start: 0, end: text.len(), blank_before: false });
        line.measure(text);
        judge(text, &line, &vocab, true)
    }

    proptest::proptest! {
        #[test]
        fn the_quick_alphanumeric_test_agrees_with_the_unicode_one(text in "[a9 .,“”—…\u{a0}\u{2003}é본٣\u{2460}]{0,6}") {
            proptest::prop_assert_eq!(has_alphanumeric(&text), text.chars().any(char::is_alphanumeric));
        }
    }

    #[test]
    fn shapes_of_page_furniture_are_dropped() {
        for junk in ["***", "+33 1 23 45 67 89", "scroll_progress", "headerSearchBox", "economy,trade,port strikes", "World | Business | Sport", "Новости дня"] {
            assert_eq!(fate(junk), Fate::Drop, "{junk}");
        }
    }

    #[test]
    fn headlines_and_sentences_are_kept() {
        for text in ["Flooding Forces Thousands From Their Homes", "Rain fell, and then, at last, it stopped.", "Officials said 1,200,000 people voted.", "iPhone"] {
            let want = if text == "iPhone" { Fate::Drop } else { Fate::Keep };
            assert_eq!(fate(text), want, "{text}");
        }
    }
}
