//! RSS 2.0, RSS 1.0 and Atom feeds (parsed by feed-rs): one document per
//! item or entry. The text comes from the full content
//! (`content:encoded`, Atom `content`) or else the description or
//! summary, with any HTML in it reduced to its text blocks.

use feed_rs::model::Entry;

use crate::html::{self, Scope};
use crate::{content_id, Error, Failure, Input};

/// Reads every item of the feed `bytes`, from `source`.
pub(crate) fn read(source: &str, bytes: &[u8]) -> Vec<Result<Input, Failure>> {
    match feed_rs::parser::parse(bytes) {
        Ok(feed) => feed.entries.iter().enumerate().map(|(i, entry)| item(source, i, entry)).collect(),
        Err(e) => vec![Err(Failure { id: content_id(bytes), source: source.to_string(), error: Error::Feed(e.to_string()) })],
    }
}

fn item(feed_source: &str, index: usize, entry: &Entry) -> Result<Input, Failure> {
    let body = entry.content.as_ref().and_then(|c| c.body.as_deref()).filter(|b| !b.trim().is_empty());
    let body = body.or_else(|| entry.summary.as_ref().map(|s| s.content.as_str())).unwrap_or("");
    let source = entry.links.first().map(|l| l.href.clone()).unwrap_or_else(|| format!("{feed_source}#{}", index + 1));
    let id = content_id(body.as_bytes());
    let title = entry.title.as_ref().map(|t| plain_title(&t.content)).filter(|t| !t.is_empty());
    let text = item_text(body, title.as_deref());
    if text.trim().is_empty() {
        return Err(Failure { id, source, error: Error::Empty });
    }
    let date = entry.published.or(entry.updated).map(|d| d.format("%Y-%m-%d").to_string());
    let published = date.as_deref().and_then(crate::date::parse_date);
    Ok(Input { id, source, title, published, text })
}

/// The item's text, headline first; markup reduced to text blocks.
fn item_text(body: &str, title: Option<&str>) -> String {
    let text = if body.contains('<') { html::extract(body, Scope::Fragment).text } else { body.trim().to_string() };
    match title {
        Some(title) if !text.is_empty() && !text.starts_with(title) => format!("{title}\n\n{text}"),
        _ => text,
    }
}

/// Titles may carry markup (`<b>`) or entities the feed double-escaped.
fn plain_title(title: &str) -> String {
    let title = title.trim();
    if title.contains('<') || title.contains('&') {
        html::extract(&format!("<p>{title}</p>"), Scope::Fragment).text
    } else {
        title.to_string()
    }
}
