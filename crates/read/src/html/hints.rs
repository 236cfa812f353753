//! What an element's tag, role, class and id say about its content: page
//! furniture to drop whole, a block of text, or a hint for the scoring.

use scraper::node::Element;

/// Tags whose content is never article text.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "video", "audio", "select", "button", "input", "textarea", "option", "nav", "aside", "footer",
    "menu", "dialog", "head", "title",
];

/// ARIA roles of page furniture.
const SKIPPED_ROLES: &[&str] = &[
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
    "alertdialog", "toolbar",
];

/// Class or id words of blocks that are never article text, whatever
/// else the name says ("related-articles" is still related links).
const FURNITURE_WORDS: &[&str] = &[
    "nav", "navbar", "navigation", "menu", "footer", "sidebar", "comment", "comments", "disqus",
    "share", "sharing", "sharebar", "social", "related", "recommended", "recommendations", "promo",
    "promotion", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor",
    "sponsored", "dfp", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
    "subscription", "signup", "popup", "modal", "breadcrumb", "breadcrumbs", "pagination", "pager",
    "outbrain", "taboola", "trending", "mostread", "popular", "tags", "toolbar", "hidden",
    "credit", "credits", "copyright", "photographer", "byline", "skip", "banner", "widget",
    "masthead", "sr-only", "rss", "login",
];

/// Words that weigh against a block but yield to a content word.
const WEAK_NEGATIVE_WORDS: &[&str] = &["header", "meta", "extra", "aside", "bottom", "caption", "teaser", "more"];

/// Words of the containers publishers put articles in.
const CONTENT_WORDS: &[&str] = &[
    "article", "content", "story", "body", "main", "post", "entry", "text", "blog", "prose", "paragraph",
];

/// Prefixes of generated class names that describe the page, not the
/// block (WordPress writes `tag-ads`, `category-social`, `has-sidebar`).
const DESCRIPTIVE_PREFIXES: &[&str] = &["tag-", "category-", "has-", "with-", "postid-", "author-", "format-"];

/// What the walk does with an element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Treatment {
    /// Drop the element and everything in it.
    Skip,
    /// Walk into it.
    Enter,
}

/// The kind of text block an element makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Heading,
    Paragraph,
    ListItem,
    /// Text directly in a container (`div`, `td`, `section`).
    Loose,
}

/// Tags that start a new block of text.
pub fn block_kind(tag: &str) -> Option<BlockKind> {
    Some(match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "p" | "blockquote" | "pre" | "figcaption" | "address" | "dd" | "dt" => BlockKind::Paragraph,
        "li" => BlockKind::ListItem,
        "div" | "section" | "article" | "main" | "header" | "td" | "th" | "tr" | "table" | "ul" | "ol"
        | "dl" | "figure" | "form" | "center" | "body" | "html" | "hr" | "fieldset" | "details" | "summary"
        | "caption" => BlockKind::Loose,
        _ => return None,
    })
}

/// Whether `element` is dropped whole. With `use_names` false only tags,
/// roles and hidden markers count (the lenient second try).
pub fn treatment(element: &Element, use_names: bool) -> Treatment {
    let tag = element.name();
    if SKIPPED_TAGS.contains(&tag) {
        return Treatment::Skip;
    }
    let attributes = Attributes::of(element);
    if attributes.hidden || attributes.role.is_some_and(|role| SKIPPED_ROLES.contains(&role.trim())) {
        return Treatment::Skip;
    }
    if !use_names || matches!(tag, "html" | "body" | "main" | "article") {
        return Treatment::Enter;
    }
    let words = NameWords::of(attributes.class, attributes.id);
    if words.furniture || (tag == "header" && !words.content) {
        Treatment::Skip
    } else {
        Treatment::Enter
    }
}

/// Score bonus of a container from its class and id (readability's
/// class weight): content words up, furniture words down.
pub fn class_weight(element: &Element) -> f32 {
    let words = NameWords::of(element.attr("class"), element.id());
    let mut weight = 0.0;
    if words.content {
        weight += 25.0;
    }
    if words.furniture || words.weak_negative {
        weight -= 25.0;
    }
    weight
}

/// The attributes the walk looks at, read in one pass (elements have
/// few attributes; looking each up by name costs more).
#[derive(Default)]
struct Attributes<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    hidden: bool,
}

impl<'a> Attributes<'a> {
    fn of(element: &'a Element) -> Attributes<'a> {
        let mut found = Attributes::default();
        for (name, value) in element.attrs() {
            match name {
                "class" => found.class = Some(value),
                "id" => found.id = Some(value),
                "role" => found.role = Some(value),
                "hidden" => found.hidden = true,
                "aria-hidden" => found.hidden |= value.trim() == "true",
                "style" => found.hidden |= style_hides(value),
                _ => {}
            }
        }
        found
    }
}

fn style_hides(style: &str) -> bool {
    let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Which word lists an element's class and id names touch.
#[derive(Default)]
struct NameWords {
    furniture: bool,
    weak_negative: bool,
    content: bool,
}

impl NameWords {
    fn of(class: Option<&str>, id: Option<&str>) -> NameWords {
        let mut words = NameWords::default();
        let names = class.into_iter().chain(id);
        for name in names.flat_map(str::split_ascii_whitespace) {
            if name.len() > 64 || DESCRIPTIVE_PREFIXES.iter().any(|p| starts_with_ignore_case(name, p)) {
                continue;
            }
            if FURNITURE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(name)) {
                words.furniture = true;
            }
            for word in name.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
                words.note(word);
            }
        }
        words
    }

    fn note(&mut self, word: &str) {
        let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
        if is(FURNITURE_WORDS) {
            self.furniture = true;
        } else if is(WEAK_NEGATIVE_WORDS) {
            self.weak_negative = true;
        } else if is(CONTENT_WORDS) {
            self.content = true;
        }
    }
}

fn starts_with_ignore_case(name: &str, prefix: &str) -> bool {
    name.len() >= prefix.len() && name.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}
