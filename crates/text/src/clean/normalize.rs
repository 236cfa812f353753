//! Line splitting and whitespace repair, in one pass over the raw text.

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem;

/// One non-blank line, as a byte range into [`Normalized::text`].
#[derive(Clone, Copy, Debug)]
pub(super) struct RawLine {
    pub start: usize,
    pub end: usize,
    /// A blank line came between this line and the one before.
    pub blank_before: bool,
}

/// The raw text with line ends unified, spaces collapsed and invisible
/// characters removed. When the raw text needed none of that, it is used
/// as it is and the lines are its own line ranges; otherwise lines are
/// stored back to back without separators.
pub(super) struct Normalized<'r> {
    pub text: Cow<'r, str>,
    pub lines: Vec<RawLine>,
}

/// Splits `raw` into trimmed lines. Any Unicode space (tab, no-break space,
/// ...) becomes one ASCII space, runs of them collapse, control and
/// zero-width characters are dropped; `\r\n`, `\r`, U+2028 and U+2029 end
/// lines like `\n`.
pub(super) fn normalize(raw: &str) -> Normalized<'_> {
    // Most pages need no repair: their lines are taken where they are, and
    // the text is copied only from the first line that needs work.
    let mut out = Normalized { text: Cow::Borrowed(raw), lines: Vec::with_capacity(raw.len() / 64) };
    let mut blank_before = false;
    if is_tidy_page(raw) {
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', raw.as_bytes()).chain([raw.len()]) {
            push_line(&mut out.lines, start, end, &mut blank_before);
            start = end + 1;
        }
        return out;
    }
    let mut start = 0;
    loop {
        let end = memchr::memchr(b'\n', &raw.as_bytes()[start..]).map_or(raw.len(), |i| start + i);
        if !is_tidy(&raw[start..end]) {
            break;
        }
        push_line(&mut out.lines, start, end, &mut blank_before);
        if end == raw.len() {
            return out;
        }
        start = end + 1;
    }
    let mut text = String::with_capacity(raw.len());
    text.push_str(&raw[..start]);
    rewrite(&raw[start..], &mut text, &mut out.lines, blank_before);
    out.text = Cow::Owned(text);
    out
}

/// A space next to another or at a line's edge, searched for in every page:
/// the searchers are built once.
static LOOSE_SPACES: LazyLock<[memmem::Finder<'static>; 3]> =
    LazyLock::new(|| ["  ", " \n", "\n "].map(|pair| memmem::Finder::new(pair.as_bytes())));

/// Whether every line of `raw` is tidy (see [`is_tidy`]), checked for the
/// page at once: most pages are.
fn is_tidy_page(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let loose_space = LOOSE_SPACES.iter().any(|pair| pair.find(bytes).is_some());
    if loose_space {
        return false;
    }
    let mut at = 0;
    loop {
        at = next_unusual(bytes, at);
        let Some(c) = raw[at..].chars().next() else { return true };
        if c.is_ascii() || !is_visible(c) {
            return false;
        }
        at += c.len_utf8();
    }
}

/// Where the next byte from `from` other than `\n` and printable ASCII
/// is, or the end of `bytes`.
fn next_unusual(bytes: &[u8], from: usize) -> usize {
    crate::vector::next_unusual(bytes, from)
}

/// Whether `line` (without its `\n`) is already what normalizing makes of
/// it: visible characters and single spaces, no space at either end.
fn is_tidy(line: &str) -> bool {
    let bytes = line.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let mut after_space = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_graphic() {
            after_space = false;
            i += 1;
        } else if b == b' ' && !after_space {
            after_space = true;
            i += 1;
        } else if b >= 0x80 {
            let c = line[i..].chars().next().unwrap_or_default();
            if !is_visible(c) {
                return false;
            }
            after_space = false;
            i += c.len_utf8();
        } else {
            return false;
        }
    }
    true
}

/// A non-ASCII character that normalizing keeps as it is.
fn is_visible(c: char) -> bool {
    !(is_line_end(c) || is_invisible(c) || c.is_whitespace() || c.is_control())
}

fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// Normalizes `raw`, a suffix of the page starting a line, onto the end
/// of `text`.
fn rewrite(raw: &str, text: &mut String, lines: &mut Vec<RawLine>, mut blank_before: bool) {
    let mut line_start = text.len();
    let mut pending_space = false;
    let mut previous = '\0';
    let mut at = 0;
    while let Some(c) = raw[at..].chars().next() {
        let run = printable_ascii_run(&raw.as_bytes()[at..]);
        if run > 0 {
            // The common case, copied in one go: visible ASCII.
            if pending_space {
                text.push(' ');
                pending_space = false;
            }
            text.push_str(&raw[at..at + run]);
            previous = char::from(raw.as_bytes()[at + run - 1]);
            at += run;
            continue;
        }
        at += c.len_utf8();
        match c {
            '\n' if previous == '\r' => {}
            c if is_line_end(c) => {
                push_line(lines, line_start, text.len(), &mut blank_before);
                line_start = text.len();
                pending_space = false;
            }
            c if is_invisible(c) => {}
            c if c.is_whitespace() || c.is_control() => pending_space = text.len() > line_start,
            c => {
                if pending_space {
                    text.push(' ');
                    pending_space = false;
                }
                text.push(c);
            }
        }
        previous = c;
    }
    push_line(lines, line_start, text.len(), &mut blank_before);
}

/// Length of the run of visible ASCII characters (no spaces, no
/// controls) that `bytes` starts with.
fn printable_ascii_run(bytes: &[u8]) -> usize {
    bytes.iter().position(|b| !b.is_ascii_graphic()).unwrap_or(bytes.len())
}

/// Records the line `start..end`, or remembers a blank line.
fn push_line(lines: &mut Vec<RawLine>, start: usize, end: usize, blank_before: &mut bool) {
    if end == start {
        *blank_before = !lines.is_empty();
        return;
    }
    lines.push(RawLine { start, end, blank_before: *blank_before });
    *blank_before = false;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(raw: &str) -> Vec<(String, bool)> {
        let n = normalize(raw);
        n.lines.iter().map(|l| (n.text[l.start..l.end].to_string(), l.blank_before)).collect()
    }

    #[test]
    fn spaces_collapse_and_blank_lines_are_remembered() {
        let got = lines("  Hello\u{a0}\u{a0} world\t\r\n\u{a0}\r\nNext\u{200b}line\rLast  ");
        let want = [("Hello world", false), ("Nextline", true), ("Last", false)];
        assert_eq!(got, want.map(|(s, b)| (s.to_string(), b)));
    }

    #[test]
    fn tidy_pages_are_used_in_place() {
        let n = normalize("Title\n\nFirst “line” of text.\nSecond line");
        assert!(matches!(n.text, Cow::Borrowed(_)));
        assert_eq!(n.lines.len(), 3);
        assert!(matches!(normalize("Title\n\nFirst  line").text, Cow::Owned(_)));
    }

    #[test]
    fn a_page_copied_from_its_first_untidy_line_keeps_the_earlier_lines() {
        let got = lines("Title\n\nFirst  line\r\n\r\nSecond\u{a0}line \nLast");
        let want = [("Title", false), ("First line", true), ("Second line", true), ("Last", false)];
        assert_eq!(got, want.map(|(s, b)| (s.to_string(), b)));
        for untidy in [" lead", "trail ", "two  spaces", "tab\there", "nbsp\u{a0}here", "soft\u{ad}hyphen", "cr\rhere", "\u{2028}"] {
            assert!(!is_tidy(untidy), "{untidy:?}");
        }
    }

    proptest::proptest! {
        /// The vector scan stops where the byte test of the eight-byte scan does.
        #[test]
        fn unusual_bytes_are_found_as_by_the_byte_test(text in "[a ~\u{7f}\u{1f}\n\r\té“\u{a0}]{0,40}", from in 0usize..40) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            let by_bytes = crate::bytes::find_byte(bytes, from, bytes.len(), |b| u8::from(b < b' ') & u8::from(b != b'\n') | u8::from(b > b'~'));
            proptest::prop_assert_eq!(next_unusual(bytes, from), by_bytes);
        }
    }

    #[test]
    fn control_characters_become_spaces() {
        assert_eq!(lines("a\u{0}b\u{7}\u{1b}c")[0].0, "a b c");
    }
}
