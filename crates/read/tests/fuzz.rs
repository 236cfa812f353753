//! Whatever the bytes, reading returns results and never panics.

use dossier_read::{html, read_bytes};
use proptest::prelude::*;

/// Fragments that steer random input into each reader.
const PREFIXES: [&[u8]; 8] = [
    b"",
    b"\x1f\x8b\x08\x00",
    b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 20\r\n\r\nHTTP/1.1 200 OK\r\n",
    b"<?xml version=\"1.0\"?><rss><channel><item><description>",
    b"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">",
    b"{\"html\": \"",
    b"<!doctype html><html><body><div class=\"article\"><p>",
    b"\xEF\xBB\xBF",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(prefix in 0..PREFIXES.len(), body in proptest::collection::vec(any::<u8>(), 0..600)) {
        let mut bytes = PREFIXES[prefix].to_vec();
        bytes.extend(body);
        for name in ["x", "x.html", "x.warc.gz", "x.jsonl"] {
            for input in read_bytes(name, &bytes).into_iter().flatten() {
                prop_assert!(!input.text.trim().is_empty());
            }
        }
    }

    #[test]
    fn random_markup_never_panics(text in "(<[a-z/!]{0,8}( [a-z]+=\"[^\"]{0,10}\")?>|[a-zA-Z ,.]{0,20}|&[a-z#0-9]{0,6};?){0,60}") {
        let article = html::extract(&text, html::Scope::Page);
        prop_assert!(!article.text.contains("\n\n\n"));
    }
}
