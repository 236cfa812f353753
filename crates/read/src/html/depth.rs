//! A guard against pathological nesting. The HTML tree builder checks the
//! stack of open elements on every tag, so a page of a hundred thousand
//! unclosed `<div>`s takes quadratic time. Before parsing, container
//! tags past a depth no real page reaches are dropped, with the closing
//! tags that match them; any other page passes through untouched and
//! uncopied.

use std::borrow::Cow;

/// Deeper than any real news page nests its containers.
const MAX_DEPTH: usize = 400;

/// Tags that do not deepen the tree for long: void elements and those
/// the parser closes by itself at the next sibling.
const FLAT_TAGS: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param",
    b"source", b"track", b"wbr", b"p", b"li", b"dt", b"dd", b"tr", b"td", b"th", b"option", b"html",
    b"head", b"body", b"frame", b"keygen",
];

/// `html` with container tags nested deeper than [`MAX_DEPTH`] removed.
pub fn cap_nesting(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut dropped = 0usize;
    let mut out: Option<String> = None;
    let mut copied_to = 0;
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + found;
        let (end, action) = scan_tag(bytes, start);
        let drop = match action {
            Tag::Open if depth >= MAX_DEPTH => {
                dropped += 1;
                true
            }
            Tag::Open => {
                depth += 1;
                false
            }
            Tag::Close if dropped > 0 => {
                dropped -= 1;
                true
            }
            Tag::Close => {
                depth = depth.saturating_sub(1);
                false
            }
            Tag::Other => false,
        };
        if drop {
            let buffer = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buffer.push_str(&html[copied_to..start]);
            copied_to = end;
        }
        at = end.max(start + 1);
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut buffer) => {
            buffer.push_str(&html[copied_to..]);
            Cow::Owned(buffer)
        }
    }
}

enum Tag {
    Open,
    Close,
    Other,
}

/// What starts at `start` (a `<`) and where it ends. Comments, scripts
/// and styles are stepped over whole so their text cannot count.
fn scan_tag(bytes: &[u8], start: usize) -> (usize, Tag) {
    let rest = &bytes[start..];
    if rest.starts_with(b"<!--") {
        return (skip_past(bytes, start + 4, b"-->"), Tag::Other);
    }
    let closing = rest.get(1) == Some(&b'/');
    let name_start = (start + 1 + usize::from(closing)).min(bytes.len());
    let name_len = bytes[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-').count();
    let name = &bytes[name_start..name_start + name_len];
    let Some(close_at) = memchr::memchr(b'>', &bytes[start..]) else { return (bytes.len(), Tag::Other) };
    let end = start + close_at + 1;
    if !closing && (name.eq_ignore_ascii_case(b"script") || name.eq_ignore_ascii_case(b"style")) {
        let closer: &[u8] = if name.eq_ignore_ascii_case(b"script") { b"</script" } else { b"</style" };
        return (skip_past(bytes, end, closer), Tag::Other);
    }
    let nests = !name.is_empty() && !FLAT_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name));
    let self_closing = bytes[end - 2] == b'/';
    match (nests, closing, self_closing) {
        (true, true, _) => (end, Tag::Close),
        (true, false, false) => (end, Tag::Open),
        _ => (end, Tag::Other),
    }
}

fn skip_past(bytes: &[u8], from: usize, needle: &[u8]) -> usize {
    let from = from.min(bytes.len());
    let lower_needle = needle.to_ascii_lowercase();
    // Closers are matched in either case; pages write `</SCRIPT>`.
    let found = memchr::memmem::find_iter(&bytes[from..], &needle[..2])
        .find(|&at| bytes[from + at..].len() >= needle.len() && bytes[from + at..from + at + needle.len()].eq_ignore_ascii_case(&lower_needle));
    found.map_or(bytes.len(), |at| from + at + needle.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_pass_untouched() {
        let page = "<html><body><div><p>Text</p><script>if (a < b) { x = '<div>'; }</script></div></body></html>";
        assert!(matches!(cap_nesting(page), Cow::Borrowed(_)));
    }

    #[test]
    fn nesting_past_the_limit_is_cut_with_its_closers() {
        let deep = format!("{}<p>core</p>{}<p>after</p><x-card>", "<div>".repeat(1000), "</div>".repeat(1000));
        let capped = cap_nesting(&deep);
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains("<p>core</p>") && capped.ends_with("<p>after</p><x-card>"));
        let custom = "<x-card>".repeat(1000);
        assert_eq!(cap_nesting(&custom).matches("<x-card>").count(), MAX_DEPTH);
    }
}
