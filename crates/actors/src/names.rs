//! Small facts about how names are written: word edges, surnames, slugs.

use dossier_core::Span;

/// Whether `span` starts and ends on word edges (no letter or digit just
/// outside it).
pub fn whole_words(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let inner_edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    inner_edge(before) && inner_edge(after)
}

/// Whether a name is written family name first: of a state that writes
/// names so (`state_first`, the gazetteer's name order), the shape "Kim Jong-un" (a hyphenated given name after a short
/// family name) or three short syllables ("Choe Son Hui"). [`surname`]
/// asks [`family_first_of`] of the words it has split; this is the tests'
/// entry.
#[cfg(test)]
pub fn family_first(name: &str, state_first: bool) -> bool {
    if plain(name) {
        family_first_of(name.split_ascii_whitespace(), state_first)
    } else {
        family_first_of(name.split_whitespace(), state_first)
    }
}

/// Whether `name` is ASCII without a vertical tab, the one ASCII space
/// that [`str::split_ascii_whitespace`] keeps inside words and
/// [`str::split_whitespace`] splits at: its words are then found byte by
/// byte, without decoding characters ([`plain_surname`] checks this as it
/// reads).
#[cfg(test)]
fn plain(name: &str) -> bool {
    name.bytes().all(|b| b.is_ascii() && b != 0x0B)
}

/// [`family_first`] of the words of a name.
fn family_first_of<'n>(words: impl Iterator<Item = &'n str>, state_first: bool) -> bool {
    if state_first {
        return true;
    }
    // One pass over the words, none collected: how many, whether all are
    // short, whether one after the first is a syllable pair.
    let (mut parts, mut short, mut pair) = (0, true, false);
    for part in words {
        short &= part.chars().nth(4).is_none();
        pair |= parts >= 1 && !pair && is_syllable_pair(part);
        parts += 1;
    }
    (parts >= 3 && short) || (parts >= 2 && pair)
}

/// "Jong-un", "Sung-jang": two syllables joined by a hyphen, the second in
/// lower case, the shape of romanised Korean given names.
pub fn is_syllable_pair(word: &str) -> bool {
    let Some((a, b)) = word.split_once('-') else { return false };
    let capital = a.chars().next().is_some_and(char::is_uppercase);
    let short = |s: &str| (1..=5).contains(&s.chars().count()) && s.chars().all(|c| c.is_alphabetic());
    capital && short(a) && short(b) && b.chars().all(char::is_lowercase)
}

/// The family name of `name`, the word a text uses for the person alone;
/// `state_first` when the person's state writes names family name first.
pub fn surname<'n>(name: &'n str, state_first: bool) -> &'n str {
    // Names are mostly ASCII: their words are found byte by byte, in one
    // pass (splitting them twice, for the order and then for the last word,
    // cost some 550 instructions a name).
    plain_surname(name, state_first).unwrap_or_else(|| surname_of(|| name.split_whitespace(), state_first))
}

/// [`surname`] of a [`plain`] name, its words read once byte by byte and
/// [`family_first_of`] asked along the way; `None` for a name that is not
/// plain, whose words are split at any white space.
fn plain_surname(name: &str, state_first: bool) -> Option<&str> {
    let bytes = name.as_bytes();
    let (mut first, mut last) = ("", "");
    let (mut parts, mut short, mut pair) = (0usize, true, false);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            if !bytes[i].is_ascii() || bytes[i] == 0x0B {
                return None;
            }
            i += 1;
        }
        // A word of ASCII bytes, cut at ASCII bytes: on character edges.
        let word = &name[start..i];
        if parts == 0 {
            first = word;
        } else if !pair && !state_first {
            pair = is_syllable_pair(word);
        }
        // ASCII: one character a byte.
        short &= word.len() <= 4;
        last = word;
        parts += 1;
    }
    let family_first = state_first || (parts >= 3 && short) || (parts >= 2 && pair);
    Some(if family_first { first } else { last })
}

/// [`surname`] of a name whose words `words` gives.
fn surname_of<'n, W: DoubleEndedIterator<Item = &'n str>>(words: impl Fn() -> W, state_first: bool) -> &'n str {
    let mut parts = words();
    let first = parts.next().unwrap_or("");
    if family_first_of(words(), state_first) {
        first
    } else {
        parts.next_back().unwrap_or(first)
    }
}

/// A stable id from a name: `person:hong-min`, `org:sejong-institute`.
pub fn slug(prefix: &str, name: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + name.len() + 1);
    slug_into(prefix, name, &mut out);
    out
}

/// [`slug`] written into `out`, which is cleared first: a buffer kept from
/// one name to the next.
pub fn slug_into(prefix: &str, name: &str, out: &mut String) {
    out.clear();
    out.push_str(prefix);
    out.push(':');
    let words_from = out.len();
    let mut dash = false;
    let mut push = |c: char| {
        if c.is_alphanumeric() {
            if dash && out.len() > words_from {
                out.push('-');
            }
            out.push(c);
            dash = false;
        } else {
            dash = true;
        }
    };
    for c in name.chars() {
        // Names are mostly ASCII, lower-cased here without the Unicode
        // tables.
        if c.is_ascii() {
            push(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(&mut push);
        }
    }
}

/// Starts with an upper-case letter.
pub fn is_capitalised(word: &str) -> bool {
    // Asked of every token: ASCII without decoding.
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_follow_the_naming_order() {
        assert_eq!(surname("Ada Lovelace", false), "Lovelace");
        assert_eq!(surname("Pak Chol", true), "Pak");
        assert_eq!(surname("Ri Su-yong", false), "Ri");
        assert_eq!(surname("Ri Su Yong", false), "Ri");
        assert_eq!(surname("Anna Maria Lindqvist", false), "Lindqvist");
        assert_eq!(surname("Plato", true), "Plato");
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_dashes() {
        assert_eq!(slug("person", "Ri Su-yong"), "person:ri-su-yong");
        assert_eq!(slug("org", "The Daily  Example's Desk"), "org:the-daily-example-s-desk");
    }

    /// `slug` as first written, a character's lower case at a time: the
    /// reference for the ASCII shortcut.
    fn slug_by_lowercase(prefix: &str, name: &str) -> String {
        let mut out = format!("{prefix}:");
        let mut dash = false;
        for c in name.chars().flat_map(char::to_lowercase) {
            if c.is_alphanumeric() {
                if dash && !out.ends_with(':') {
                    out.push('-');
                }
                out.push(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn slugs_match_the_reference(name in "[a-zA-Z0-9 :'’.İẞÉéΣσ\u{130}\u{1e9e}\u{2160}٣-]{0,16}") {
            proptest::prop_assert_eq!(slug("person", &name), slug_by_lowercase("person", &name));
        }
    }

    /// `surname` as first written, the words split at any white space:
    /// the reference for the byte path of ASCII names.
    fn surname_by_chars<'n>(name: &'n str, state_first: bool) -> &'n str {
        let mut parts = name.split_whitespace();
        let first = parts.next().unwrap_or("");
        if family_first_collected(name, state_first) {
            first
        } else {
            parts.next_back().unwrap_or(first)
        }
    }

    proptest::proptest! {
        #[test]
        fn surnames_as_split_at_any_white_space(name in "[A-Za-zé\\- \t\n\x0B\x0C\r\u{85}\u{A0}]{0,24}", state: bool) {
            proptest::prop_assert_eq!(surname(&name, state), surname_by_chars(&name, state));
        }

        /// The one pass over a plain name's bytes finds the surname the
        /// words split twice did, on names of mostly short words.
        #[test]
        fn plain_surnames_as_split_twice(name in "([A-Z]?[a-z]{0,5}(-[A-Za-z]{0,5})?[ \t\n\x0C\r]{1,2}){0,4}[A-Za-z\\-]{0,6}[ ]?", state: bool) {
            proptest::prop_assert_eq!(plain_surname(&name, state), Some(surname_of(|| name.split_ascii_whitespace(), state)));
            proptest::prop_assert_eq!(surname(&name, state), surname_by_chars(&name, state));
            proptest::prop_assert_eq!(family_first(&name, state), family_first_collected(&name, state));
        }
    }

    /// `family_first` as first written, the words collected: the
    /// reference for the one pass.
    fn family_first_collected(name: &str, state_first: bool) -> bool {
        if state_first {
            return true;
        }
        let parts: Vec<&str> = name.split_whitespace().collect();
        let syllables = parts.len() >= 3 && parts.iter().all(|p| p.chars().count() <= 4);
        syllables || (parts.len() >= 2 && parts[1..].iter().any(|p| is_syllable_pair(p)))
    }

    proptest::proptest! {
        #[test]
        fn family_first_as_collected(name in "([A-Z][a-z]{0,5}(-[a-zé]{1,5})? {1,2}){0,4}[A-Zé]?[a-zé]{0,6}", state: bool) {
            proptest::prop_assert_eq!(family_first(&name, state), family_first_collected(&name, state));
        }
    }

    #[test]
    fn word_edges() {
        let text = "Chadwick met Chad.";
        assert!(!whole_words(text, Span::new(0, 4)));
        assert!(whole_words(text, Span::new(13, 17)));
    }
}
