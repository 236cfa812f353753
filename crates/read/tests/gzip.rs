//! Every format read the same way when gzip-compressed.

use std::io::Write;

use dossier_read::{read_bytes, read_bytes_within, Error, Input};
use flate2::{write::GzEncoder, Compression};

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(data).unwrap();
    encoder.finish().unwrap()
}

/// The inputs read, without their sources (which name the file).
fn inputs(source: &str, bytes: &[u8]) -> Vec<Input> {
    let read = read_bytes(source, bytes).into_iter().map(|r| r.expect("reads"));
    read.map(|input| Input { source: String::new(), ..input }).collect()
}

const SAMPLES: [(&str, &str); 5] = [
    ("a.txt", "The bridge reopened on Sunday after repairs.\n"),
    ("a.html", "<html><body><p>The bridge reopened on Sunday after two months of repairs to its deck.</p></body></html>"),
    ("a.jsonl", "{\"text\": \"The bridge reopened.\"}\n{\"text\": \"Traffic resumed.\"}\n"),
    ("a.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>Bridge</title><description>The bridge reopened.</description></item></channel></rss>"),
    ("a.warc", "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\nContent-Length: 121\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>The bridge reopened on Sunday after two months of repairs to its deck.</p>\r\n\r\n"),
];

#[test]
fn every_format_reads_the_same_compressed() {
    for (name, content) in SAMPLES {
        let plain = inputs(name, content.as_bytes());
        assert!(!plain.is_empty(), "{name}");
        let compressed = gzip(content.as_bytes());
        assert_eq!(inputs(&format!("{name}.gz"), &compressed), plain, "{name}.gz");
        assert_eq!(inputs("stdin", &compressed), plain, "{name} by content alone");
    }
}

#[test]
fn a_bomb_is_refused_with_a_clear_error() {
    let bomb = gzip(&vec![b'a'; 4 << 20]);
    let results = read_bytes_within("bomb.txt.gz", &bomb, 1 << 20);
    assert_eq!(results.len(), 1);
    let error = &results[0].as_ref().unwrap_err().error;
    assert!(matches!(error, Error::TooLarge { limit_mib: 1 }), "{error}");
    assert!(error.to_string().contains("1 MiB"));
}

#[test]
fn cut_gzip_keeps_what_it_can() {
    let text = "The first paragraph of the report survived the cut.\n".repeat(200);
    let compressed = gzip(text.as_bytes());
    let results = read_bytes("notes.txt.gz", &compressed[..compressed.len() / 2]);
    assert!(results[0].as_ref().unwrap().text.starts_with("The first paragraph"));
    let lines = "{\"text\": \"one article\"}\n".repeat(500);
    let compressed = gzip(lines.as_bytes());
    let results = read_bytes("a.jsonl.gz", &compressed[..compressed.len() - 12]);
    assert!(results.iter().filter(|r| r.is_ok()).count() > 400);
    assert!(matches!(results.last().unwrap().as_ref().unwrap_err().error, Error::Gzip(_)));
    let header_only = read_bytes("x.gz", &compressed[..4]);
    assert!(header_only[0].is_err());
}
