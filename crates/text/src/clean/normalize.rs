//! Line splitting and whitespace repair, in one pass over the raw text.

/// One non-blank line, as a byte range into [`Normalized::text`].
#[derive(Clone, Copy, Debug)]
pub(super) struct RawLine {
    pub start: usize,
    pub end: usize,
    /// A blank line came between this line and the one before.
    pub blank_before: bool,
}

/// The raw text with line ends unified, spaces collapsed and invisible
/// characters removed; lines are stored back to back without separators.
pub(super) struct Normalized {
    pub text: String,
    pub lines: Vec<RawLine>,
}

/// Splits `raw` into trimmed lines. Any Unicode space (tab, no-break space,
/// ...) becomes one ASCII space, runs of them collapse, control and
/// zero-width characters are dropped; `\r\n`, `\r`, U+2028 and U+2029 end
/// lines like `\n`.
pub(super) fn normalize(raw: &str) -> Normalized {
    let mut out = Normalized { text: String::with_capacity(raw.len()), lines: Vec::new() };
    let mut line_start = 0;
    let mut pending_space = false;
    let mut blank_before = false;
    let mut previous = '\0';
    let mut at = 0;
    while let Some(c) = raw[at..].chars().next() {
        let run = printable_ascii_run(&raw.as_bytes()[at..]);
        if run > 0 {
            // The common case, copied in one go: visible ASCII.
            if pending_space {
                out.text.push(' ');
                pending_space = false;
            }
            out.text.push_str(&raw[at..at + run]);
            previous = char::from(raw.as_bytes()[at + run - 1]);
            at += run;
            continue;
        }
        at += c.len_utf8();
        match c {
            '\n' if previous == '\r' => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
                end_line(&mut out, line_start, &mut blank_before);
                line_start = out.text.len();
                pending_space = false;
            }
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            c if c.is_whitespace() || c.is_control() => pending_space = out.text.len() > line_start,
            c => {
                if pending_space {
                    out.text.push(' ');
                    pending_space = false;
                }
                out.text.push(c);
            }
        }
        previous = c;
    }
    end_line(&mut out, line_start, &mut blank_before);
    out
}

/// Length of the run of visible ASCII characters (no spaces, no
/// controls) that `bytes` starts with.
fn printable_ascii_run(bytes: &[u8]) -> usize {
    bytes.iter().position(|b| !b.is_ascii_graphic()).unwrap_or(bytes.len())
}

fn end_line(out: &mut Normalized, start: usize, blank_before: &mut bool) {
    if out.text.len() == start {
        *blank_before = !out.lines.is_empty();
        return;
    }
    out.lines.push(RawLine { start, end: out.text.len(), blank_before: *blank_before });
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
    fn control_characters_become_spaces() {
        assert_eq!(lines("a\u{0}b\u{7}\u{1b}c")[0].0, "a b c");
    }
}
