//! A page's title and publication date, from the metadata publishers
//! write for search engines and social networks, then from the page.

use jiff::civil::Date;
use scraper::{ElementRef, Html};

use crate::date::parse_date;

/// `meta` names and properties that carry the publication date, by the
/// trust they earn (lower is better).
const DATE_META: &[(&str, u8)] = &[
    ("article:published_time", 0),
    ("og:published_time", 0),
    ("article:published", 0),
    ("datepublished", 2),
    ("date", 3),
    ("pubdate", 3),
    ("publishdate", 3),
    ("publish-date", 3),
    ("publish_date", 3),
    ("publication_date", 3),
    ("dc.date", 3),
    ("dc.date.issued", 3),
    ("dc.date.created", 3),
    ("dcterms.created", 3),
    ("dcterms.issued", 3),
    ("dcterms.date", 3),
    ("citation_publication_date", 3),
    ("parsely-pub-date", 3),
    ("sailthru.date", 3),
    ("originalpublicationdate", 3),
    ("article.published", 3),
];
const JSON_LD_RANK: u8 = 1;
const MARKED_TIME_RANK: u8 = 2;
const ANY_TIME_RANK: u8 = 4;

/// What the page says about itself.
#[derive(Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub published: Option<Date>,
}

#[derive(Default)]
struct Found {
    og_title: Option<String>,
    h1: Option<String>,
    title_tag: Option<String>,
    date: Option<(u8, Date)>,
}

impl Found {
    fn offer_date(&mut self, rank: u8, text: &str) {
        if self.date.is_some_and(|(best, _)| best <= rank) {
            return;
        }
        if let Some(date) = parse_date(text) {
            self.date = Some((rank, date));
        }
    }
}

/// Reads title (og:title, else the longest `h1`, else `<title>` without
/// the site name) and publication date.
pub fn read(html: &Html) -> Meta {
    let mut found = Found::default();
    for node in html.tree.nodes() {
        let Some(element) = ElementRef::wrap(node) else { continue };
        match element.value().name() {
            "meta" => meta_tag(element, &mut found),
            "script" if element.value().attr("type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) => {
                if let Some(date) = json_ld_date(&element.text().collect::<String>()) {
                    found.offer_date(JSON_LD_RANK, &date);
                }
            }
            "title" if found.title_tag.is_none() => found.title_tag = Some(collapsed_text(element)),
            "h1" => {
                let text = collapsed_text(element);
                if found.h1.as_ref().map_or(0, String::len) < text.len() {
                    found.h1 = Some(text);
                }
            }
            "time" => time_tag(element, &mut found),
            _ => marked_date(element, &mut found),
        }
    }
    let title = [found.og_title, found.h1, found.title_tag.map(|t| without_site_name(&t).to_string())]
        .into_iter()
        .flatten()
        .find(|t| !t.is_empty());
    Meta { title, published: found.date.map(|(_, date)| date) }
}

fn meta_tag(element: ElementRef, found: &mut Found) {
    let tag = element.value();
    let Some(content) = tag.attr("content") else { return };
    let keys = [tag.attr("property"), tag.attr("name"), tag.attr("itemprop")];
    for key in keys.into_iter().flatten() {
        let key = key.trim();
        if key.eq_ignore_ascii_case("og:title") && found.og_title.is_none() {
            found.og_title = Some(collapse(content));
        }
        if let Some(&(_, rank)) = DATE_META.iter().find(|(name, _)| name.eq_ignore_ascii_case(key)) {
            found.offer_date(rank, content);
        }
    }
}

fn time_tag(element: ElementRef, found: &mut Found) {
    let tag = element.value();
    let marked = tag.attr("pubdate").is_some() || tag.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
    let rank = if marked { MARKED_TIME_RANK } else { ANY_TIME_RANK };
    match tag.attr("datetime") {
        Some(datetime) => found.offer_date(rank, datetime),
        None if marked => found.offer_date(rank, &collapsed_text(element)),
        None => {}
    }
}

/// Any element marked `itemprop="datePublished"` (microdata).
fn marked_date(element: ElementRef, found: &mut Found) {
    let tag = element.value();
    if tag.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished")) {
        let value = tag.attr("content").or(tag.attr("datetime")).map(str::to_string).unwrap_or_else(|| collapsed_text(element));
        found.offer_date(MARKED_TIME_RANK, &value);
    }
}

/// `datePublished` of a JSON-LD block, at any depth (`@graph`, arrays);
/// when the block is not valid JSON (common), the first quoted value
/// after the key.
fn json_ld_date(script: &str) -> Option<String> {
    match serde_json::from_str::<serde_json::Value>(script) {
        Ok(value) => find_key(&value, "datePublished").or_else(|| find_key(&value, "dateCreated")),
        Err(_) => raw_value_after(script, "\"datePublished\""),
    }
}

fn find_key(value: &serde_json::Value, key: &str) -> Option<String> {
    match value {
        serde_json::Value::Object(map) => match map.get(key) {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            _ => map.values().find_map(|v| find_key(v, key)),
        },
        serde_json::Value::Array(items) => items.iter().find_map(|v| find_key(v, key)),
        _ => None,
    }
}

fn raw_value_after(script: &str, key: &str) -> Option<String> {
    let after = &script[script.find(key)? + key.len()..];
    let after = after.trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    Some(after[..after.find('"')?].to_string())
}

fn collapsed_text(element: ElementRef) -> String {
    let mut out = String::new();
    for piece in element.text() {
        push_collapsed(&mut out, piece);
    }
    out.truncate(out.trim_end().len());
    out
}

fn collapse(text: &str) -> String {
    let mut out = String::new();
    push_collapsed(&mut out, text);
    out.truncate(out.trim_end().len());
    out
}

fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if !c.is_whitespace() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
}

/// "Headline | Site", "Site - Headline": the longest part is the
/// headline.
fn without_site_name(title: &str) -> &str {
    const SEPARATORS: [&str; 5] = [" | ", " - ", " – ", " — ", " :: "];
    let Some(separator) = SEPARATORS.iter().find(|s| title.contains(**s)) else { return title };
    title.split(separator).map(str::trim).max_by_key(|part| part.len()).unwrap_or(title)
}

