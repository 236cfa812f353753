//! RSS 2.0 and Atom feeds with several items and HTML content.

use dossier_read::{content_id, read_bytes, Error};
use jiff::civil::date;

const RSS: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example Wire</title>
  <link>https://wire.example/</link>
  <item>
    <title>Rail strike ends after four days</title>
    <link>https://wire.example/rail</link>
    <pubDate>Mon, 03 Feb 2031 07:15:00 +0000</pubDate>
    <description>Short teaser that the full content replaces.</description>
    <content:encoded><![CDATA[<p>Train drivers returned to work on Monday after the union accepted a revised pay offer.</p><div class="share-buttons"><a href="#">Share this</a></div><p>Services are expected to run normally by the evening, the operator said.</p>]]></content:encoded>
  </item>
  <item>
    <title>Dam inspection finds no damage</title>
    <link>https://wire.example/dam</link>
    <pubDate>Tue, 04 Feb 2031 09:00:00 +0000</pubDate>
    <description>&lt;p&gt;Engineers who inspected the dam after the storm found no structural damage, officials said.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Plain description item</title>
    <description>The harbour authority extended its opening hours for the holiday week.</description>
  </item>
</channel>
</rss>"##;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title>
  <id>urn:example:feed</id>
  <updated>2031-05-06T10:00:00Z</updated>
  <entry>
    <title>Election date set for autumn</title>
    <link href="https://atom.example/election"/>
    <id>urn:example:1</id>
    <published>2031-05-05T18:00:00Z</published>
    <updated>2031-05-06T08:00:00Z</updated>
    <content type="html">&lt;h2&gt;Background&lt;/h2&gt;&lt;p&gt;The electoral commission set the general election for the second Sunday of October.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title type="html">Budget &lt;em&gt;surplus&lt;/em&gt; reported</title>
    <link href="https://atom.example/budget"/>
    <id>urn:example:2</id>
    <updated>2031-05-06T09:00:00Z</updated>
    <summary>The finance ministry reported a small budget surplus for the first quarter of the year.</summary>
  </entry>
</feed>"#;

#[test]
fn rss_items_become_documents() {
    let results = read_bytes("wire.rss", RSS.as_bytes());
    assert_eq!(results.len(), 3);
    let first = results[0].as_ref().unwrap();
    assert_eq!(first.source, "https://wire.example/rail");
    assert_eq!(first.title.as_deref(), Some("Rail strike ends after four days"));
    assert_eq!(first.published, Some(date(2031, 2, 3)));
    assert_eq!(first.text, "Rail strike ends after four days\n\nTrain drivers returned to work on Monday after the union accepted a revised pay offer.\n\nServices are expected to run normally by the evening, the operator said.");
    let second = results[1].as_ref().unwrap();
    assert!(second.text.ends_with("\n\nEngineers who inspected the dam after the storm found no structural damage, officials said."), "{}", second.text);
    assert!(!second.text.contains("<p>"));
    let third = results[2].as_ref().unwrap();
    assert!(third.text.contains("The harbour authority extended"));
    assert!(third.source.starts_with("wire.rss#"), "{}", third.source);
    assert_ne!(first.id, second.id);
}

#[test]
fn atom_entries_become_documents() {
    let results = read_bytes("feed", ATOM.as_bytes());
    assert_eq!(results.len(), 2);
    let first = results[0].as_ref().unwrap();
    assert_eq!(first.source, "https://atom.example/election");
    assert_eq!(first.published, Some(date(2031, 5, 5)), "published before updated");
    assert!(first.text.contains("Background\n\nThe electoral commission set"), "{}", first.text);
    let second = results[1].as_ref().unwrap();
    assert_eq!(second.title.as_deref(), Some("Budget surplus reported"));
    assert_eq!(second.published, Some(date(2031, 5, 6)), "updated when nothing else");
    assert_eq!(second.id, content_id(b"The finance ministry reported a small budget surplus for the first quarter of the year."));
}

#[test]
fn a_broken_feed_is_one_error() {
    let broken = &RSS[..RSS.find("<item>").unwrap() + 30];
    let results = read_bytes("wire.rss", broken.as_bytes());
    assert_eq!(results.len(), 1);
    assert!(matches!(results[0].as_ref().unwrap_err().error, Error::Feed(_)));
}
