//! WARC archives (ISO 28500; Common Crawl's CC-NEWS and others): every
//! `response` record holding an HTML page becomes a document, its
//! `WARC-Target-URI` the source and its `WARC-Date` the publication date
//! when the page gives none. Other records (requests, metadata, images)
//! are skipped. An archive cut short yields its complete records and one
//! error for the rest.

use rayon::prelude::*;

use crate::http;
use crate::{content_id, html, Error, Failure, Input};

/// One record: its header fields and its content block.
struct Record<'a> {
    head: &'a str,
    block: &'a [u8],
}

impl<'a> Record<'a> {
    fn header(&self, wanted: &str) -> Option<&'a str> {
        http::header_lines(self.head).find(|(name, _)| name.eq_ignore_ascii_case(wanted)).map(|(_, value)| value)
    }
}

/// What was found at an offset of the archive.
enum Step<'a> {
    Record(Record<'a>, usize),
    End,
    Broken(Error, Option<usize>),
}

/// A record to read, or what broke the archive at some point.
enum Item<'a> {
    Record(Record<'a>),
    Broken(Failure),
}

/// Reads every HTML response in the archive `bytes`, from `source`. The
/// records are found in one cheap pass; their pages, the costly part,
/// are read in parallel, and come back in archive order.
pub(crate) fn read(source: &str, bytes: &[u8]) -> Vec<Result<Input, Failure>> {
    let mut items = Vec::new();
    let mut offset = 0;
    loop {
        match step(bytes, offset) {
            Step::End => break,
            Step::Record(record, next) => {
                items.push(Item::Record(record));
                offset = next;
            }
            Step::Broken(error, resume) => {
                let rest = &bytes[offset.min(bytes.len())..];
                items.push(Item::Broken(Failure { id: content_id(rest), source: source.to_string(), error }));
                match resume {
                    Some(next) => offset = next,
                    None => break,
                }
            }
        }
    }
    items
        .into_par_iter()
        .filter_map(|item| match item {
            Item::Record(record) => document(source, &record),
            Item::Broken(failure) => Some(Err(failure)),
        })
        .collect()
}

/// Whether a cut in the compressed data was already reported as a
/// truncated record.
pub(crate) fn reported_truncation(results: &[Result<Input, Failure>]) -> bool {
    results.last().is_some_and(|r| matches!(r, Err(Failure { error: Error::WarcTruncated { .. }, .. })))
}

fn step(bytes: &[u8], offset: usize) -> Step<'_> {
    let skipped = bytes[offset..].iter().take_while(|b| b.is_ascii_whitespace()).count();
    let start = offset + skipped;
    if start >= bytes.len() {
        return Step::End;
    }
    let rest = &bytes[start..];
    if !rest.starts_with(b"WARC/") {
        let reason = "expected a record starting with `WARC/`".to_string();
        return Step::Broken(Error::WarcMalformed { offset: start, reason }, next_record_start(bytes, start));
    }
    let Some(head_len) = http::body_start(rest) else {
        return Step::Broken(Error::WarcTruncated { offset: start }, None);
    };
    let Ok(head) = std::str::from_utf8(&rest[..head_len]) else {
        let reason = "the record header is not UTF-8 text".to_string();
        return Step::Broken(Error::WarcMalformed { offset: start, reason }, next_record_start(bytes, start));
    };
    let probe = Record { head, block: &[] };
    let Some(length) = probe.header("Content-Length").and_then(|v| v.parse::<usize>().ok()) else {
        let reason = "the record has no valid Content-Length".to_string();
        return Step::Broken(Error::WarcMalformed { offset: start, reason }, next_record_start(bytes, start));
    };
    match head_len.checked_add(length).filter(|&end| end <= rest.len()) {
        Some(end) => Step::Record(Record { head, block: &rest[head_len..end] }, start + end),
        None => Step::Broken(Error::WarcTruncated { offset: start }, None),
    }
}

/// The next line that starts a record, after `from`.
fn next_record_start(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memmem::find(&bytes[from + 1..], b"\nWARC/").map(|at| from + 1 + at + 1)
}

/// The document of a record, or nothing when the record holds no page.
fn document(archive: &str, record: &Record) -> Option<Result<Input, Failure>> {
    let kind = record.header("WARC-Type")?.to_ascii_lowercase();
    let source = record.header("WARC-Target-URI").map_or(archive, |uri| uri.trim_matches(['<', '>']));
    let warc_date = record.header("WARC-Date").and_then(crate::date::parse_date);
    let read = match kind.as_str() {
        "response" => match http::parse(record.block) {
            Ok(response) if response.is_success() && is_html(response.content_type.as_deref(), &response.body) => {
                html::read(source, &response.body, response.content_type.as_deref())
            }
            Ok(_) => return None,
            Err(error) => Err(Failure { id: content_id(record.block), source: source.to_string(), error }),
        },
        "resource" if is_html(record.header("Content-Type"), record.block) => html::read(source, record.block, record.header("Content-Type")),
        _ => return None,
    };
    Some(read.map(|mut input| {
        input.published = input.published.or(warc_date);
        input
    }))
}

/// A page is HTML when its type says so, or, with no type, when its
/// first bytes look like markup.
fn is_html(content_type: Option<&str>, body: &[u8]) -> bool {
    match content_type {
        Some(kind) => {
            let kind = kind.to_ascii_lowercase();
            kind.contains("text/html") || kind.contains("application/xhtml")
        }
        None => crate::detect::detect("", body) == crate::detect::Format::Html,
    }
}
