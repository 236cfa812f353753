//! HTML main-text extraction on pages written to look like news sites.

use dossier_read::html::{extract, Scope};
use dossier_read::read_bytes;
use jiff::civil::date;

const NEWS_PAGE: &str = include_str!("fixtures/news_page.html");

const ARTICLE_PARAGRAPHS: [&str; 6] = [
    "Negotiators from Norland and Sudmark returned to the table on Friday",
    "The two delegations met in a conference centre on neutral ground",
    "Fishing quotas at the centre",
    "At stake are fishing quotas for the coming decade",
    "\"We came here to listen, and we expect the other side to do the same,\"",
    "Analysts said an agreement before the summer fishing season was possible",
];

/// One phrase of each kind of page furniture in the fixture.
const FURNITURE: [(&str, &str); 12] = [
    ("cookie banner", "We use cookies"),
    ("navigation", "Business"),
    ("breadcrumbs", "Home"),
    ("byline", "Staff Reporter"),
    ("photo credit", "Lens Agency"),
    ("inline ad", "Coastal Ledger app"),
    ("read-more link", "Read more"),
    ("share buttons", "Share on social media"),
    ("related links", "Port fees rise"),
    ("comments", "Great article"),
    ("sidebar", "Celebrity chef"),
    ("newsletter and footer", "newsletter"),
];

fn positions(text: &str, phrases: &[&str]) -> Vec<usize> {
    phrases.iter().map(|p| text.find(p).unwrap_or_else(|| panic!("missing {p:?} in:\n{text}"))).collect()
}

#[test]
fn keeps_every_article_paragraph_in_order_headline_first() {
    let article = extract(NEWS_PAGE, Scope::Page);
    let found = positions(&article.text, &ARTICLE_PARAGRAPHS);
    assert!(found.windows(2).all(|w| w[0] < w[1]), "out of order: {found:?}\n{}", article.text);
    assert!(article.text.starts_with("Harbour talks resume between Norland and Sudmark\n\nNegotiators"), "{}", article.text);
    assert_eq!(article.text.matches("Harbour talks resume").count(), 1, "headline repeated");
}

#[test]
fn drops_each_kind_of_furniture() {
    let article = extract(NEWS_PAGE, Scope::Page);
    for (kind, phrase) in FURNITURE {
        assert!(!article.text.contains(phrase), "{kind} left in:\n{}", article.text);
    }
    assert!(!article.text.contains("Advertisement"));
    assert!(!article.text.contains("dataLayer"), "script text left in");
}

#[test]
fn paragraphs_are_separated_by_blank_lines() {
    let article = extract(NEWS_PAGE, Scope::Page);
    for paragraph in article.text.split("\n\n") {
        assert!(!paragraph.is_empty() && !paragraph.contains('\n'), "{paragraph:?}");
        assert_eq!(paragraph, paragraph.trim());
    }
}

#[test]
fn reads_title_and_date_through_read_bytes() {
    let results = read_bytes("page.html", NEWS_PAGE.as_bytes());
    let input = results.into_iter().next().unwrap().unwrap();
    assert_eq!(input.title.as_deref(), Some("Harbour talks resume between Norland and Sudmark"));
    assert_eq!(input.published, Some(date(2031, 3, 14)));
    assert_eq!(input.id, dossier_read::content_id(NEWS_PAGE.as_bytes()));
}

fn page(head: &str, body: &str) -> String {
    format!("<!doctype html><html><head>{head}</head><body>{body}</body></html>")
}

const BODY: &str = "<p>The council approved the new budget on Tuesday after a long debate over school funding.</p>";

#[test]
fn reads_the_date_from_each_metadata_shape() {
    let shapes = [
        ("<meta property=\"article:published_time\" content=\"2030-01-02T10:00:00Z\">", ""),
        ("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2030-01-02\"}]}</script>", ""),
        ("<script type=\"application/ld+json\">{\"datePublished\": \"2030-01-02T09:00\", broken</script>", ""),
        ("", "<time datetime=\"2030-01-02T08:00:00+02:00\">2 January</time>"),
        ("<meta itemprop=\"datePublished\" content=\"2030-01-02\">", ""),
        ("<meta name=\"pubdate\" content=\"20300102\">", ""),
        ("<meta name=\"DC.date.issued\" content=\"2030/01/02\">", ""),
        ("<meta name=\"publish-date\" content=\"January 2, 2030\">", ""),
        ("", "<span itemprop=\"datePublished\" content=\"2030-01-02\">Jan 2</span>"),
    ];
    for (head, extra) in shapes {
        let html = page(head, &format!("{extra}{BODY}"));
        assert_eq!(extract(&html, Scope::Page).published, Some(date(2030, 1, 2)), "{head}{extra}");
    }
}

#[test]
fn metadata_outranks_a_stray_time_element() {
    let html = page("<meta property=\"article:published_time\" content=\"2030-01-02\">", &format!("<time datetime=\"2029-12-31\">x</time>{BODY}"));
    assert_eq!(extract(&html, Scope::Page).published, Some(date(2030, 1, 2)));
}

#[test]
fn title_comes_from_og_title_then_h1_then_title_tag() {
    let og = page("<title>Tag title | Site</title><meta property=\"og:title\" content=\"Social title\">", &format!("<h1>Heading title</h1>{BODY}"));
    assert_eq!(extract(&og, Scope::Page).title.as_deref(), Some("Social title"));
    let h1 = page("<title>Tag title | Site</title>", &format!("<h1>Site</h1><h1>Heading title here</h1>{BODY}"));
    assert_eq!(extract(&h1, Scope::Page).title.as_deref(), Some("Heading title here"));
    let tag = page("<title>Budget passes after long debate - The Daily Example</title>", BODY);
    assert_eq!(extract(&tag, Scope::Page).title.as_deref(), Some("Budget passes after long debate"));
}

#[test]
fn broken_and_truncated_html_yields_what_it_can() {
    let unclosed = "<html><body><div class=\"story\"><p>The first paragraph has no closing tag\n<p>The second one neither <b>and bold runs on";
    let text = extract(unclosed, Scope::Page).text;
    assert!(text.contains("The first paragraph has no closing tag"), "{text}");
    assert!(text.contains("The second one neither and bold runs on"), "{text}");
    let cut = &NEWS_PAGE[..NEWS_PAGE.find("At stake").unwrap() + 20];
    let text = extract(cut, Scope::Page).text;
    assert!(text.contains("The two delegations met"), "{text}");
    let stray = "</div></p><p>Stray closing tags before the text do not stop the reader from finding it.</p></span>";
    assert!(extract(stray, Scope::Page).text.contains("Stray closing tags"));
}

#[test]
fn a_page_without_text_is_an_error() {
    let results = read_bytes("empty.html", b"<html><head><script>var x = 1;</script></head><body><nav><a href=/>Home</a></nav></body></html>");
    assert!(matches!(results[0].as_ref().unwrap_err().error, dossier_read::Error::NoText));
}

#[test]
fn deep_nesting_neither_overflows_the_stack_nor_takes_long() {
    let deep = format!("{}<p>Deep inside many wrappers sits the only paragraph of this page.</p>", "<div>".repeat(50_000));
    let start = std::time::Instant::now();
    assert!(extract(&deep, Scope::Page).text.contains("Deep inside"));
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}

#[test]
fn a_wrapper_named_like_furniture_does_not_hide_the_article() {
    let html = page("", "<div class=\"with-sidebar-layout\"><div class=\"sidebar-wrapper\"><p>Every sentence of this story sits inside a wrapper whose name mentions a sidebar, which happens on real sites.</p><p>The reader must still return the text, trying again without class names when the first try finds almost nothing.</p></div></div>");
    let text = extract(&html, Scope::Page).text;
    assert!(text.contains("Every sentence") && text.contains("The reader must"), "{text}");
}

#[test]
fn hidden_elements_and_line_breaks() {
    let html = page("", "<div class=\"content\"><p>Visible paragraph with enough words to count as article text here.</p><p hidden>Hidden text</p><div style=\"display: none\">Invisible</div><p>First line<br>Second line</p></div>");
    let text = extract(&html, Scope::Page).text;
    assert!(!text.contains("Hidden") && !text.contains("Invisible"), "{text}");
    assert!(text.contains("First line\n\nSecond line"), "{text}");
}

#[test]
fn windows_1252_and_declared_charsets_decode() {
    let bytes = b"<html><head><meta charset=\"windows-1252\"></head><body><p>The minister\x92s caf\xe9 visit drew a crowd of journalists and onlookers.</p></body></html>";
    let input = read_bytes("p.html", bytes).remove(0).unwrap();
    assert!(input.text.contains("minister\u{2019}s caf\u{e9}"), "{}", input.text);
}

#[test]
fn invisible_characters_and_whitespace_runs_do_not_split_or_pad_words() {
    let html = page("", "<p>  The min\u{AD}istry\u{200B} said   the <b>talks</b>\n\t<i>would</i> resume on Monday after a pause of six weeks.  </p><pre>line one\nline two</pre>");
    let text = extract(&html, Scope::Page).text;
    assert!(text.starts_with("The ministry said the talks would resume on Monday"), "{text:?}");
    assert!(text.contains("weeks.\n\nline one\n\nline two"), "{text:?}");
}

#[test]
fn teaser_cards_after_the_story_are_not_the_story() {
    let text = extract(include_str!("fixtures/teaser_cards.html"), Scope::Page).text;
    let found = positions(&text, &["Grain shipments resumed", "Eleven vessels loaded", "Exporters had warned"]);
    assert!(found.windows(2).all(|w| w[0] < w[1]));
    for teaser in ["Fertiliser prices", "olive harvest", "Freight operators", "table layout site menu"] {
        assert!(!text.contains(teaser), "{teaser} left in:\n{text}");
    }
}

/// A neighbour of the story whose class name reads as content
/// (`story-columns`) but whose own text is one heading, with
/// teasers nested deeper, is not pulled in by its name.
#[test]
fn a_sibling_with_a_content_name_but_no_text_of_its_own_is_left_out() {
    let text = extract(include_str!("fixtures/named_teaser_group.html"), Scope::Page).text;
    let found = positions(&text, &["The ferry line to the outer islands", "Repairs to the pier", "Islanders, who had relied"]);
    assert!(found.windows(2).all(|w| w[0] < w[1]));
    for teaser in ["Other columns", "Why the pier failed", "deferred maintenance", "single small boat"] {
        assert!(!text.contains(teaser), "{teaser} left in:\n{text}");
    }
}

#[test]
fn an_old_table_layout_with_line_breaks_reads_as_paragraphs() {
    let article = extract(include_str!("fixtures/table_layout.html"), Scope::Page);
    let paragraphs: Vec<&str> = article.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 4, "{}", article.text);
    assert_eq!(paragraphs[0], "Council approves budget");
    assert!(paragraphs[1].starts_with("The city council approved") && paragraphs[3].starts_with("Opponents said"));
    assert!(!article.text.contains("Contact"));
}
