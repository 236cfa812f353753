//! Which format an input is in: decided by its first bytes, and by its
//! file name only when the content does not say.

/// The formats dossier reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Plain,
    Html,
    Warc,
    Feed,
    JsonLines,
}

/// How far into the input the sniffing looks.
const SNIFF_LEN: usize = 4096;

/// The format of `bytes` (already decompressed), read from `source`.
pub fn detect(source: &str, bytes: &[u8]) -> Format {
    by_content(bytes).unwrap_or_else(|| by_extension(source))
}

fn by_content(bytes: &[u8]) -> Option<Format> {
    let head = skip_bom_and_space(&bytes[..bytes.len().min(SNIFF_LEN)]);
    if head.starts_with(b"WARC/") {
        return Some(Format::Warc);
    }
    if head.starts_with(b"{") {
        return first_line_is_object(head).then_some(Format::JsonLines);
    }
    if head.starts_with(b"<") {
        return Some(markup_kind(head));
    }
    None
}

fn skip_bom_and_space(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    &bytes[start..]
}

/// A JSON Lines file starts with a line that is a whole object.
fn first_line_is_object(head: &[u8]) -> bool {
    let line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    line.trim_ascii_end().ends_with(b"}") || head.len() == SNIFF_LEN
}

/// A feed names its root element (`rss`, `feed`, RSS 1.0's `rdf:RDF`)
/// before any HTML element; anything else starting with `<` is HTML.
fn markup_kind(head: &[u8]) -> Format {
    let lower = head.to_ascii_lowercase();
    let first = |needle: &[u8]| memchr::memmem::find(&lower, needle).unwrap_or(usize::MAX);
    let feed_at = first(b"<rss").min(first(b"<feed")).min(first(b"<rdf:rdf"));
    let html_at = first(b"<html").min(first(b"<!doctype html")).min(first(b"<body")).min(first(b"<head"));
    if feed_at < html_at {
        Format::Feed
    } else {
        Format::Html
    }
}

fn by_extension(source: &str) -> Format {
    let name = source.to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let extension = name.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension {
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "warc" => Format::Warc,
        "rss" | "atom" | "xml" => Format::Feed,
        "jsonl" | "ndjson" | "json" => Format::JsonLines,
        _ => Format::Plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_before_the_name() {
        assert_eq!(detect("a.txt", b"WARC/1.0\r\n"), Format::Warc);
        assert_eq!(detect("a.txt", b"\xEF\xBB\xBF <!DOCTYPE html><html>"), Format::Html);
        assert_eq!(detect("a", b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), Format::Feed);
        assert_eq!(detect("a", b"<?xml version=\"1.0\"?><feed xmlns=\"x\">"), Format::Feed);
        assert_eq!(detect("a", b"<?xml version=\"1.0\"?><html><body>rss</body>"), Format::Html);
        assert_eq!(detect("a.html", b"{\"text\": \"x\"}\n{\"text\": \"y\"}"), Format::JsonLines);
        assert_eq!(detect("a", b"<p>Short fragment</p>"), Format::Html);
    }

    #[test]
    fn the_name_decides_plain_looking_content() {
        assert_eq!(detect("notes.txt", b"Seoul, May 7"), Format::Plain);
        assert_eq!(detect("page.HTM", b"Seoul, May 7"), Format::Html);
        assert_eq!(detect("x.warc.gz", b"garbage"), Format::Warc);
        assert_eq!(detect("-", b"{ braces in prose"), Format::Plain);
    }
}
