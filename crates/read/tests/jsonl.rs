//! JSON Lines: one article per line, a bad line is its own error.

use dossier_read::{content_id, read_bytes, Error};
use jiff::civil::date;

const LINES: &str = concat!(
    r#"{"text": "The port reopened to cargo ships on Wednesday.", "title": "Port reopens", "published": "2033-04-02", "url": "https://one.example/port", "id": "doc-1"}"#, "\n",
    "\n",
    r#"{"text": "Missing quote and brace"#, "\n",
    r#"{"html": "<html><head><meta property='article:published_time' content='2033-04-03T10:00:00Z'><title>Floods recede</title></head><body><nav><a href='/'>Home</a></nav><p>Flood waters receded from the valley towns overnight, the weather service said.</p></body></html>", "source": "https://two.example/floods"}"#, "\n",
    r#"["an", "array"]"#, "\n",
    r#"{"title": "no body"}"#, "\n",
    r#"{"text": "A line with a bad date.", "published": "soon"}"#, "\n",
    r#"{"text": "The last line has no newline and a date-time.", "published": "2033-04-05T23:59:00+09:00"}"#,
);

#[test]
fn each_line_is_a_document_or_its_own_error() {
    let results = read_bytes("batch.jsonl", LINES.as_bytes());
    assert_eq!(results.len(), 7, "the blank line is no document");
    let first = results[0].as_ref().unwrap();
    assert_eq!((first.id.as_str(), first.source.as_str()), ("doc-1", "https://one.example/port"));
    assert_eq!(first.title.as_deref(), Some("Port reopens"));
    assert_eq!(first.published, Some(date(2033, 4, 2)));
    assert_eq!(first.text, "The port reopened to cargo ships on Wednesday.");

    let failure = results[1].as_ref().unwrap_err();
    assert!(matches!(failure.error, Error::JsonLine { line: 3, .. }), "{}", failure.error);
    assert!(failure.error.to_string().starts_with("line 3: "));

    let html = results[2].as_ref().unwrap();
    assert_eq!(html.source, "https://two.example/floods");
    assert_eq!(html.title.as_deref(), Some("Floods recede"));
    assert_eq!(html.published, Some(date(2033, 4, 3)));
    assert_eq!(html.text, "Floods recede\n\nFlood waters receded from the valley towns overnight, the weather service said.");
    let line_4 = LINES.lines().nth(3).unwrap();
    assert_eq!(html.id, content_id(line_4.as_bytes()));

    for (index, line) in [(3, 5), (4, 6), (5, 7)] {
        let error = &results[index].as_ref().unwrap_err().error;
        assert!(matches!(error, Error::JsonLine { line: l, .. } if *l == line), "{error}");
    }
    let last = results[6].as_ref().unwrap();
    assert_eq!(last.published, Some(date(2033, 4, 5)));
    assert_eq!(last.source, "batch.jsonl:8");
}
