//! The unit of work: one article.

use jiff::civil::Date;

use crate::Annotations;

/// One article on its way through the pipeline.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// First 16 hex characters of the SHA-256 of the raw input bytes.
    pub id: String,
    /// Path or URL the document came from.
    pub source: String,
    pub title: Option<String>,
    /// Publication date, from the input's metadata or `--published`.
    pub published: Option<Date>,
    /// ISO 639-1 code of the main text, once the language stage ran.
    pub language: Option<String>,
    /// The text as the reader decoded it, before cleaning.
    pub raw: String,
    /// The main text with boilerplate removed; every span points into it.
    pub text: String,
    /// Why this document could not be read or processed, if it could not.
    pub error: Option<String>,
    pub annotations: Annotations,
}

impl Document {
    /// A document whose decoded text is `raw`; `text` is empty until a
    /// cleaning stage fills it.
    pub fn new(id: impl Into<String>, source: impl Into<String>, raw: impl Into<String>) -> Self {
        Document { id: id.into(), source: source.into(), raw: raw.into(), ..Default::default() }
    }

    /// A document that could not be read: it carries only the error.
    pub fn failed(id: impl Into<String>, source: impl Into<String>, error: impl Into<String>) -> Self {
        Document { id: id.into(), source: source.into(), error: Some(error.into()), ..Default::default() }
    }

    /// Whether language-dependent stages should annotate this document.
    pub fn is_english(&self) -> bool {
        self.language.as_deref().is_none_or(|l| l == "en")
    }
}
