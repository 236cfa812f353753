//! HTML pages: the article's main text (headline first, then headings
//! and paragraphs in page order, separated by blank lines), its title and
//! its publication date. Menus, headers, footers, ads, comments, share
//! and related-story blocks, cookie banners and photo credits are left
//! out. Broken or cut-short HTML yields what can be read: the parser
//! (html5ever) repairs the tree as browsers do.

mod blocks;
mod charset;
mod depth;
mod hints;
mod meta;
mod score;

use jiff::civil::Date;
use scraper::Html;

use crate::{content_id, Error, Failure, Input};
use blocks::Block;
use hints::BlockKind;


/// Below this much text the names of classes and ids may have hidden
/// the article (a wrapper called `has-sidebar`); the page is read again
/// with tags alone.
const LENIENT_RETRY_BELOW: usize = 250;

/// What an HTML page holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    pub title: Option<String>,
    pub published: Option<Date>,
    /// Headline, then the article's blocks, separated by blank lines.
    pub text: String,
}

/// How much of the markup is the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// A whole page: find the article among the furniture.
    Page,
    /// Markup that is the article already (a feed item's content): keep
    /// every text block that is not furniture.
    Fragment,
}

/// Extracts the article from `html`.
pub fn extract(html: &str, scope: Scope) -> Article {
    let document = Html::parse_document(&depth::cap_nesting(html));
    let meta = meta::read(&document);
    let mut body = body_text(&document, scope, true);
    if body.len() < LENIENT_RETRY_BELOW {
        let lenient = body_text(&document, scope, false);
        if lenient.len() > body.len() {
            body = lenient;
        }
    }
    let text = with_headline(meta.title.as_deref(), body);
    Article { title: meta.title, published: meta.published, text }
}

/// Reads one page's bytes; `content_type` is what the server said.
pub(crate) fn read(source: &str, bytes: &[u8], content_type: Option<&str>) -> Result<Input, Failure> {
    let id = content_id(bytes);
    let article = extract(&charset::decode(bytes, content_type), Scope::Page);
    if article.text.trim().is_empty() {
        return Err(Failure { id, source: source.to_string(), error: Error::NoText });
    }
    Ok(Input { id, source: source.to_string(), title: article.title, published: article.published, text: article.text })
}

fn body_text(document: &Html, scope: Scope, use_names: bool) -> String {
    let blocks = blocks::collect(document, use_names);
    let keep = match scope {
        Scope::Page => score::select(document, &blocks),
        Scope::Fragment => blocks.iter().map(score::block_is_text).collect(),
    };
    let kept: Vec<&Block> = blocks.iter().zip(keep).filter_map(|(block, keep)| keep.then_some(block)).collect();
    join_blocks(&kept)
}

/// Blocks joined by blank lines; a heading with no text after it before
/// the next heading (the title of a dropped comment or related block)
/// is left out.
fn join_blocks(kept: &[&Block]) -> String {
    let is_heading = |i: usize| kept.get(i).is_some_and(|b| b.kind == BlockKind::Heading);
    let mut out = String::new();
    for (i, block) in kept.iter().enumerate() {
        if is_heading(i) && (i + 1 == kept.len() || is_heading(i + 1)) {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&block.text);
    }
    out
}

/// The headline opens the text, once. A page without body text stays
/// empty: a headline alone is no article.
fn with_headline(title: Option<&str>, body: String) -> String {
    let Some(title) = title.filter(|t| !t.is_empty() && !body.is_empty()) else { return body };
    let rest = match body.split_once("\n\n") {
        Some((first, rest)) if first == title => rest,
        None if body == title => "",
        _ => body.as_str(),
    };
    if rest.is_empty() {
        title.to_string()
    } else {
        format!("{title}\n\n{rest}")
    }
}
