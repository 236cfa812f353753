//! Paragraphs: runs of non-blank lines.

use dossier_core::Span;

/// Paragraph spans of `text`, trimmed, in order.
pub(super) fn paragraphs(text: &str) -> Vec<Span> {
    // News text has a paragraph every two or three hundred bytes: room
    // for one every hundred spares the growing (each step a copy).
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    let mut open: Option<Span> = None;
    let mut line_start = 0;
    while line_start <= text.len() {
        let line_end = memchr::memchr(b'\n', &text.as_bytes()[line_start..]).map_or(text.len(), |i| line_start + i);
        match trimmed(text, Span::new(line_start, line_end)) {
            None => out.extend(open.take()),
            Some(line) => open = Some(open.map_or(line, |p| Span::new(p.start, line.end))),
        }
        line_start = line_end + 1;
    }
    out.extend(open);
    out
}

/// `span` without surrounding whitespace, or `None` when nothing is left.
pub(super) fn trimmed(text: &str, span: Span) -> Option<Span> {
    // Lines of clean text start and end with visible ASCII, which is no
    // white space (all of that in ASCII is at most b' '): nothing to trim.
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b.is_ascii());
    let bytes = &text.as_bytes()[span.range()];
    if visible(bytes.first()) && visible(bytes.last()) {
        return Some(span);
    }
    trimmed_decoded(text, span)
}

/// [`trimmed`] for any line.
fn trimmed_decoded(text: &str, span: Span) -> Option<Span> {
    let slice = &text[span.range()];
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.start + slice.trim_end().len();
    (start < end).then(|| Span::new(start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Title line\n\n First para.\nSame para. \n \t\nLast";
        let got: Vec<&str> = paragraphs(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(got, ["Title line", "First para.\nSame para.", "Last"]);
        assert!(paragraphs("\n\n  \n").is_empty());
    }

    proptest::proptest! {
        /// Looking at the first and last byte trims as decoding does.
        #[test]
        fn the_edge_bytes_tell_as_the_decoded_trim(text in "[a ~\t\n\u{b}\u{c}\r\u{7f}\u{a0}\u{2003}é.]{0,8}") {
            let span = Span::new(0, text.len());
            proptest::prop_assert_eq!(trimmed(&text, span), trimmed_decoded(&text, span));
        }
    }
}
