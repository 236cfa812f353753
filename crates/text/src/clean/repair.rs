//! Repairs that shrink a line to its useful part: a line scraped twice, a
//! photo credit in brackets, an agency name trailing a caption.

use crate::abbreviations::Abbreviations;
use crate::boilerplate::Boilerplate;

/// Shortest line checked for doubling; shorter repeats may be meant.
const MIN_DOUBLED_LEN: usize = 20;
/// Most words in a trailing credit ("agency news").
const MAX_TAIL_WORDS: usize = 3;

/// The length of the start of `text` worth keeping.
pub(super) fn repaired_len(text: &str, vocab: &Boilerplate, abbreviations: &Abbreviations) -> usize {
    let mut end = undoubled_len(text);
    if let Some(open) = vocab.credit_start(&text[..end]) {
        end = text[..open].trim_end().len();
    }
    end = without_credit_tail(&text[..end], abbreviations);
    undoubled_len(&text[..end])
}

/// "A caption.A caption." or "A caption. A caption." → the first half.
fn undoubled_len(text: &str) -> usize {
    let len = text.len();
    if len < MIN_DOUBLED_LEN {
        return len;
    }
    let half = len / 2;
    let (first, second) = if len & 1 == 0 {
        (text.get(..half), text.get(half..))
    } else {
        (text.get(..half), text.get(half + 1..).filter(|_| text.as_bytes()[half] == b' '))
    };
    match (first, second) {
        (Some(a), Some(b)) if halves_equal(a.as_bytes(), b.as_bytes()) => half,
        _ => len,
    }
}

/// `a == b`, first comparing the first bytes: the halves of most lines
/// differ there, which spares the call to the full comparison.
#[inline(always)]
fn halves_equal(a: &[u8], b: &[u8]) -> bool {
    a.first() == b.first() && a == b
}

/// "… met on Tuesday. agency news" → "… met on Tuesday.": a sentence
/// followed by a few lowercase words without punctuation is a caption
/// with its credit; the credit goes.
fn without_credit_tail(text: &str, abbreviations: &Abbreviations) -> usize {
    // The tail is all lowercase words, so a line ending otherwise (most
    // end in a period) has no credit to cut.
    if !text.ends_with(|c: char| c.is_lowercase() || c == ' ') {
        return text.len();
    }
    let Some(dot) = last_sentence_end(text) else { return text.len() };
    let tail = &text[dot + 2..];
    let words = tail.split(' ').count();
    let lowercase_words = !tail.is_empty() && tail.chars().all(|c| c.is_lowercase() || c == ' ');
    let head = &text[..=dot];
    let last_word = head.rsplit(' ').next().unwrap_or(head);
    let plain_word = last_word.len() > 2 && abbreviations.kind(last_word).is_none() && !last_word[..last_word.len() - 1].contains('.');
    let enough_sentence = || head.split(' ').count() >= 4;
    if lowercase_words && words <= MAX_TAIL_WORDS && plain_word && enough_sentence() {
        dot + 1
    } else {
        text.len()
    }
}

/// Where the last ". " in `text` starts.
fn last_sentence_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memrchr_iter(b'.', bytes).find(|&i| bytes.get(i + 1) == Some(&b' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(text: &str) -> &str {
        let vocab = Boilerplate::parse(crate::BOILERPLATE).unwrap();
        let abbr = Abbreviations::parse(crate::ABBREVIATIONS).unwrap();
        &text[..repaired_len(text, &vocab, &abbr)]
    }

    /// [`undoubled_len`] with a plain comparison of the halves.
    fn undoubled_len_simple(text: &str) -> usize {
        let (len, half) = (text.len(), text.len() / 2);
        let second = if len & 1 == 0 { text.get(half..) } else { text.get(half + 1..).filter(|_| text.as_bytes()[half] == b' ') };
        match (text.get(..half), second) {
            (Some(a), Some(b)) if len >= MIN_DOUBLED_LEN && a == b => half,
            _ => len,
        }
    }

    proptest::proptest! {
        #[test]
        fn the_first_byte_test_agrees_with_the_plain_comparison(half in "[ab .é]{0,14}", odd in proptest::bool::ANY, tail in "[ab]{0,2}") {
            let text = format!("{half}{}{half}{tail}", if odd { " " } else { "" });
            proptest::prop_assert_eq!(undoubled_len(&text), undoubled_len_simple(&text));
        }
    }

    #[test]
    fn doubled_captions_and_credits_are_cut() {
        assert_eq!(fix("Ships wait outside the port. wire photoShips wait outside the port. wire photo"), "Ships wait outside the port.");
        assert_eq!(fix("Leaders meet at the summit hall [Photo by Pool Reporter]"), "Leaders meet at the summit hall");
    }

    #[test]
    fn abbreviations_and_ordinary_sentences_are_left_alone() {
        assert_eq!(fix("The talks start at 9 a.m. local time"), "The talks start at 9 a.m. local time");
        assert_eq!(fix("He left. Then the others followed him."), "He left. Then the others followed him.");
        assert_eq!(fix("Go go"), "Go go");
    }
}
