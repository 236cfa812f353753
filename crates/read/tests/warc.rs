//! WARC archives built here record by record: plain, gzip per record,
//! and cut short.

use std::io::Write;

use dossier_read::{read_bytes, Error};
use flate2::{write::GzEncoder, Compression};
use jiff::civil::date;

fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2032-07-09T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:{kind}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
    out.extend_from_slice(body);
    out
}

fn response(uri: &str, status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    record("response", uri, "application/http; msgtype=response", &http(status, headers, body))
}

fn article(headline: &str, sentence: &str) -> String {
    format!("<html><head><title>{headline}</title></head><body><nav><a href=/>Home</a></nav><article><h1>{headline}</h1><p>{sentence}</p></article></body></html>")
}

/// An archive with every kind of record; documents expected: three.
fn records() -> Vec<Vec<u8>> {
    let first = article("Ferry line reopens", "The ferry line between the two islands reopened on Monday after a winter of repairs.");
    let dated = "<html><head><meta property=\"article:published_time\" content=\"2032-07-01\"></head><body><p>The regional parliament passed the water bill by a wide margin on its final reading.</p></body></html>";
    let chunked_body = chunked(&["<html><body><p>The mine rep", "orted record output this quarter, its owners said on Friday.</p>"]);
    vec![
        record("warcinfo", "", "application/warc-fields", b"software: test\r\n"),
        record("request", "https://news.example/a", "application/http; msgtype=request", b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n"),
        response("https://news.example/a", "200 OK", "Content-Type: text/html; charset=utf-8\r\n", first.as_bytes()),
        record("metadata", "https://news.example/a", "application/warc-fields", b"fetchTimeMs: 12\r\n"),
        response("https://news.example/logo.png", "200 OK", "Content-Type: image/png\r\n", b"\x89PNG\r\n\x1a\n\0\0"),
        response("https://news.example/old", "301 Moved Permanently", "Location: /new\r\nContent-Type: text/html\r\n", b"<html><body><p>Moved</p></body></html>"),
        response("https://news.example/b", "200 OK", "Content-Type: text/html\r\n", dated.as_bytes()),
        response("<https://news.example/c>", "200 OK", "Content-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\n", &chunked_body),
    ]
}

fn chunked(pieces: &[&str]) -> Vec<u8> {
    let mut out = String::new();
    for piece in pieces {
        out.push_str(&format!("{:x};ext=1\r\n{piece}\r\n", piece.len()));
    }
    out.push_str("0\r\n\r\n");
    out.into_bytes()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

fn check_three_documents(results: &[Result<dossier_read::Input, dossier_read::Failure>]) {
    let inputs: Vec<_> = results.iter().map(|r| r.as_ref().expect("every record reads")).collect();
    let sources: Vec<&str> = inputs.iter().map(|i| i.source.as_str()).collect();
    assert_eq!(sources, ["https://news.example/a", "https://news.example/b", "https://news.example/c"]);
    assert_eq!(inputs[0].title.as_deref(), Some("Ferry line reopens"));
    assert!(inputs[0].text.starts_with("Ferry line reopens\n\nThe ferry line"), "{}", inputs[0].text);
    assert!(!inputs[0].text.contains("Home"));
    assert_eq!(inputs[0].published, Some(date(2032, 7, 9)), "WARC-Date is the fallback");
    assert_eq!(inputs[1].published, Some(date(2032, 7, 1)), "the page's own date wins");
    assert!(inputs[2].text.contains("The mine reported record output"), "chunks joined: {}", inputs[2].text);
    assert_ne!(inputs[0].id, inputs[1].id);
}

#[test]
fn reads_html_responses_and_skips_other_records() {
    let archive = records().concat();
    check_three_documents(&read_bytes("crawl.warc", &archive));
}

#[test]
fn reads_gzip_per_record() {
    let archive: Vec<u8> = records().iter().flat_map(|r| gzip(r)).collect();
    let results = read_bytes("crawl.warc.gz", &archive);
    check_three_documents(&results);
    let plain = read_bytes("crawl.warc", &records().concat());
    let ids = |rs: &[Result<dossier_read::Input, dossier_read::Failure>]| rs.iter().map(|r| r.as_ref().unwrap().id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&results), ids(&plain), "ids come from the record payload, not the compression");
}

fn assert_truncated(results: &[Result<dossier_read::Input, dossier_read::Failure>], complete: usize) {
    assert_eq!(results.len(), complete + 1, "{results:?}");
    assert!(results[..complete].iter().all(Result::is_ok));
    let error = &results[complete].as_ref().unwrap_err().error;
    assert!(matches!(error, Error::WarcTruncated { .. } | Error::Gzip(_)), "{error}");
}

#[test]
fn a_cut_archive_yields_complete_records_and_one_error() {
    let archive = records().concat();
    let cut = &archive[..archive.len() - 40];
    assert_truncated(&read_bytes("crawl.warc", cut), 2);
}

#[test]
fn a_cut_gzip_archive_yields_complete_records_and_one_error() {
    let archive: Vec<u8> = records().iter().flat_map(|r| gzip(r)).collect();
    let cut = &archive[..archive.len() - 30];
    assert_truncated(&read_bytes("crawl.warc.gz", cut), 2);
    let whole_members: Vec<u8> = records()[..7].iter().flat_map(|r| gzip(r)).collect();
    let mut cut_header = whole_members.clone();
    cut_header.extend_from_slice(&gzip(&records()[7])[..5]);
    assert_truncated(&read_bytes("crawl.warc.gz", &cut_header), 2);
}

#[test]
fn garbage_between_records_is_one_error_and_reading_goes_on() {
    let mut archive = records()[..3].concat();
    archive.extend_from_slice(b"this is not a record\r\n");
    archive.extend(records()[6].clone());
    let results = read_bytes("crawl.warc", &archive);
    assert_eq!(results.len(), 3, "{results:?}");
    assert!(matches!(results[1].as_ref().unwrap_err().error, Error::WarcMalformed { .. }));
    assert_eq!(results[2].as_ref().unwrap().source, "https://news.example/b");
}

#[test]
fn a_bad_http_response_is_an_error_for_that_record_only() {
    let mut archive = record("response", "https://news.example/x", "application/http", b"not http at all\r\n\r\n");
    archive.extend(records()[2].clone());
    let results = read_bytes("crawl.warc", &archive);
    assert!(matches!(results[0].as_ref().unwrap_err().error, Error::Http(_)));
    assert_eq!(results[0].as_ref().unwrap_err().source, "https://news.example/x");
    assert!(results[1].is_ok());
}

#[test]
fn the_http_charset_decodes_the_page() {
    let body = b"<html><body><p>The minister\x92s visit to the caf\xe9 district drew a large crowd on Sunday.</p></body></html>";
    let archive = response("https://news.example/cafe", "200 OK", "Content-Type: text/html; charset=ISO-8859-1\r\n", body);
    let input = read_bytes("a.warc", &archive).remove(0).unwrap();
    assert!(input.text.contains("minister\u{2019}s visit to the caf\u{e9} district"), "{}", input.text);
}
