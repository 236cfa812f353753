//! The HTTP response inside a WARC `response` record: status, headers
//! and body, with chunked transfer coding and gzip content coding undone.

use std::borrow::Cow;

use crate::gzip;
use crate::Error;

/// A parsed HTTP response.
#[derive(Debug)]
pub struct Response<'a> {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Cow<'a, [u8]>,
}

impl Response<'_> {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Where the header block ends and the body starts (after a blank line,
/// CRLF or bare LF).
pub fn body_start(bytes: &[u8]) -> Option<usize> {
    let crlf = memchr::memmem::find(bytes, b"\r\n\r\n").map(|at| at + 4);
    let lf = memchr::memmem::find(bytes, b"\n\n").map(|at| at + 2);
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Header lines as (name, value); lines without a colon are skipped.
pub fn header_lines(head: &str) -> impl Iterator<Item = (&str, &str)> {
    head.lines().skip(1).filter_map(|line| line.split_once(':')).map(|(name, value)| (name.trim(), value.trim()))
}

/// Parses `block`, the payload of a `response` record.
pub fn parse(block: &[u8]) -> Result<Response<'_>, Error> {
    let start = body_start(block).ok_or_else(|| Error::Http("the headers never end (no blank line)".into()))?;
    let head = std::str::from_utf8(&block[..start]).map_err(|_| Error::Http("the headers are not text".into()))?;
    let status = status_code(head)?;
    let (mut content_type, mut chunked, mut encoding) = (None, false, None);
    for (name, value) in header_lines(head) {
        if name.eq_ignore_ascii_case("content-type") {
            content_type = Some(value.to_string());
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            chunked = value.to_ascii_lowercase().contains("chunked");
        } else if name.eq_ignore_ascii_case("content-encoding") {
            encoding = Some(value.to_ascii_lowercase());
        }
    }
    let mut body = Cow::Borrowed(&block[start..]);
    if chunked {
        if let Some(joined) = dechunk(&body) {
            body = Cow::Owned(joined);
        }
    }
    if let Some(encoding) = encoding.filter(|e| e != "identity") {
        if gzip::is_gzip(&body) {
            body = Cow::Owned(gzip::gunzip(&body, gzip::DEFAULT_LIMIT)?.bytes);
        } else if looks_binary(&body) {
            return Err(Error::Http(format!("the body is compressed with {encoding:?}, which dossier cannot undo; archive pages uncompressed or gzip")));
        }
    }
    Ok(Response { status, content_type, body })
}

/// Control bytes in the first bytes: still compressed (archives often
/// keep the `Content-Encoding` header of a body they stored decoded).
/// ESC is allowed: ISO-2022-JP text is full of it.
fn looks_binary(body: &[u8]) -> bool {
    body.iter().take(512).any(|&b| b < 0x09 || ((0x0e..0x20).contains(&b) && b != 0x1b))
}

fn status_code(head: &str) -> Result<u16, Error> {
    let line = head.lines().next().unwrap_or("");
    let mut words = line.split_ascii_whitespace();
    let (Some(version), Some(code)) = (words.next(), words.next()) else {
        return Err(Error::Http(format!("no status line (found {:?})", truncate(line))));
    };
    if !version.starts_with("HTTP/") {
        return Err(Error::Http(format!("no status line (found {:?})", truncate(line))));
    }
    code.parse().map_err(|_| Error::Http(format!("the status {code:?} is not a number")))
}

fn truncate(line: &str) -> &str {
    let end = line.char_indices().nth(40).map_or(line.len(), |(i, _)| i);
    &line[..end]
}

/// Joins the chunks of a chunked body. `None` when the body does not
/// start with a chunk size: archives often store the body already
/// joined but keep the header. A body cut short keeps its whole chunks.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut at = 0;
    let mut first = true;
    while at < body.len() {
        let line_end = at + memchr::memchr(b'\n', &body[at..])?;
        let line = std::str::from_utf8(&body[at..line_end]).ok()?.trim();
        let size_text = line.split(';').next().unwrap_or("").trim();
        let size = match usize::from_str_radix(size_text, 16) {
            Ok(size) => size,
            Err(_) if first => return None,
            Err(_) => break,
        };
        first = false;
        if size == 0 {
            break;
        }
        let data = line_end + 1;
        let end = data.saturating_add(size).min(body.len());
        out.extend_from_slice(&body[data..end]);
        at = end;
        while at < body.len() && matches!(body[at], b'\r' | b'\n') && at < end + 2 {
            at += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_chunks_and_reads_headers() {
        let block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>Hi\r\n6;x=1\r\n there\r\n0\r\n\r\n";
        let response = parse(block).unwrap();
        assert_eq!(response.status, 200);
        assert_eq!(response.content_type.as_deref(), Some("text/html; charset=utf-8"));
        assert_eq!(&*response.body, b"<p>Hi there");
    }

    #[test]
    fn keeps_a_body_already_joined() {
        let block = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>plain</html>";
        assert_eq!(&*parse(block).unwrap().body, b"<html>plain</html>");
    }

    #[test]
    fn undoes_gzip_and_refuses_other_codings() {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(b"<p>zipped page</p>").unwrap();
        let mut block = b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        block.extend(encoder.finish().unwrap());
        assert_eq!(&*parse(&block).unwrap().body, b"<p>zipped page</p>");
        let stored_decoded = b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n<p>already decoded</p>";
        assert_eq!(&*parse(stored_decoded).unwrap().body, b"<p>already decoded</p>");
        let brotli = b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x1b\x03\x00\x02\x81\x00";
        assert!(matches!(parse(brotli), Err(Error::Http(_))));
    }

    #[test]
    fn refuses_what_is_not_http() {
        assert!(matches!(parse(b"GET / HTTP/1.1\r\n\r\n"), Err(Error::Http(_))));
        assert!(matches!(parse(b"HTTP/1.1 200 OK\r\nno end"), Err(Error::Http(_))));
    }
}
