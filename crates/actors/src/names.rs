//! Small facts about how names are written: word edges, surnames, slugs.

use dossier_core::Span;

/// States whose people's names are written family name first in English
/// news ("Kim Jong Un", "Xi Jinping", "Moon Jae-in").
const FAMILY_NAME_FIRST: &[&str] = &["PRK", "KOR", "CHN", "TWN", "HKG", "MAC", "VNM", "MNG"];

/// Whether `span` starts and ends on word edges (no letter or digit just
/// outside it).
pub fn whole_words(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let inner_edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    inner_edge(before) && inner_edge(after)
}

/// Whether a name is written family name first: a state that writes names
/// so, the shape "Kim Jong-un" (a hyphenated given name after a short
/// family name) or three short syllables ("Choe Son Hui"). [`surname`]
/// asks [`family_first_of`] of the words it has split; this is the tests'
/// entry.
#[cfg(test)]
pub fn family_first(name: &str, country: Option<&str>) -> bool {
    if plain(name) {
        family_first_of(name.split_ascii_whitespace(), country)
    } else {
        family_first_of(name.split_whitespace(), country)
    }
}

/// Whether `name` is ASCII without a vertical tab, the one ASCII space
/// that [`str::split_ascii_whitespace`] keeps inside words and
/// [`str::split_whitespace`] splits at: its words are then found byte by
/// byte, without decoding characters.
fn plain(name: &str) -> bool {
    name.bytes().all(|b| b.is_ascii() && b != 0x0B)
}

/// [`family_first`] of the words of a name.
fn family_first_of<'n>(words: impl Iterator<Item = &'n str>, country: Option<&str>) -> bool {
    if country.is_some_and(|c| FAMILY_NAME_FIRST.contains(&c)) {
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

/// The family name of `name`, the word a text uses for the person alone.
pub fn surname<'n>(name: &'n str, country: Option<&str>) -> &'n str {
    // Names are mostly ASCII: their words split byte by byte.
    if plain(name) {
        surname_of(|| name.split_ascii_whitespace(), country)
    } else {
        surname_of(|| name.split_whitespace(), country)
    }
}

/// [`surname`] of a name whose words `words` gives.
fn surname_of<'n, W: DoubleEndedIterator<Item = &'n str>>(words: impl Fn() -> W, country: Option<&str>) -> &'n str {
    let mut parts = words();
    let first = parts.next().unwrap_or("");
    if family_first_of(words(), country) {
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
        assert_eq!(surname("Ada Lovelace", Some("GBR")), "Lovelace");
        assert_eq!(surname("Pak Chol", Some("PRK")), "Pak");
        assert_eq!(surname("Ri Su-yong", None), "Ri");
        assert_eq!(surname("Ri Su Yong", None), "Ri");
        assert_eq!(surname("Anna Maria Lindqvist", None), "Lindqvist");
        assert_eq!(surname("Plato", None), "Plato");
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
    fn surname_by_chars<'n>(name: &'n str, country: Option<&str>) -> &'n str {
        let mut parts = name.split_whitespace();
        let first = parts.next().unwrap_or("");
        if family_first_collected(name, country) {
            first
        } else {
            parts.next_back().unwrap_or(first)
        }
    }

    proptest::proptest! {
        #[test]
        fn surnames_as_split_at_any_white_space(name in "[A-Za-zé\\- \t\n\x0B\x0C\r\u{85}\u{A0}]{0,24}", state in proptest::prop_oneof![proptest::strategy::Just(None), proptest::strategy::Just(Some("PRK")), proptest::strategy::Just(Some("FRA"))]) {
            proptest::prop_assert_eq!(surname(&name, state), surname_by_chars(&name, state));
            proptest::prop_assert_eq!(family_first(&name, state), family_first_collected(&name, state));
        }
    }

    /// `family_first` as first written, the words collected: the
    /// reference for the one pass.
    fn family_first_collected(name: &str, country: Option<&str>) -> bool {
        if country.is_some_and(|c| FAMILY_NAME_FIRST.contains(&c)) {
            return true;
        }
        let parts: Vec<&str> = name.split_whitespace().collect();
        let syllables = parts.len() >= 3 && parts.iter().all(|p| p.chars().count() <= 4);
        syllables || (parts.len() >= 2 && parts[1..].iter().any(|p| is_syllable_pair(p)))
    }

    proptest::proptest! {
        #[test]
        fn family_first_as_collected(name in "([A-Z][a-z]{0,5}(-[a-zé]{1,5})? {1,2}){0,4}[A-Zé]?[a-zé]{0,6}", state in proptest::prop_oneof![proptest::strategy::Just(None), proptest::strategy::Just(Some("PRK")), proptest::strategy::Just(Some("FRA"))]) {
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
