//! The segmentation stage: paragraphs, sentences and tokens as byte spans
//! into `doc.text`: paragraphs in one linear pass, then sentences and
//! tokens together in another.
//!
//! Token conventions (kept the same everywhere so later stages can rely on
//! them):
//! - a word keeps its inner hyphens and apostrophes ("Jong-un", "don't",
//!   "O'Neill"), but a possessive `'s`/`’s` is a word of its own
//!   ("Korea", "’s");
//! - dotted acronyms and listed abbreviations keep their periods ("U.S.",
//!   "a.m.", "Gen.", "J.");
//! - a number keeps its inner commas and decimal point ("1,000", "3.5");
//!   digits run together with letters make a word ("18th", "5G");
//! - every other visible character is one punctuation token, but a run of
//!   periods is one token ("...").

mod paragraphs;
mod sentences;
mod tokens;
mod word_bits;

use dossier_core::{Annotations, Document, Layer, Stage};

use crate::abbreviations::Abbreviations;

/// Finds paragraphs (separated by blank lines), sentences (never across a
/// paragraph; a line without an end mark is a sentence of its own) and
/// tokens (never across a sentence).
#[derive(Debug)]
pub struct Segmenter {
    abbreviations: Abbreviations,
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::with_abbreviations(crate::ABBREVIATIONS)
            .expect("the embedded data/text/abbreviations.txt parses (checked by the crate's tests)")
    }
}

impl Segmenter {
    /// A segmenter with another abbreviation file, in the format of
    /// `data/text/abbreviations.txt`.
    pub fn with_abbreviations(text: &str) -> crate::Result<Segmenter> {
        Ok(Segmenter { abbreviations: Abbreviations::parse(text)? })
    }

    /// Replaces the paragraphs, sentences and tokens of `annotations` with
    /// those of `text`.
    pub fn segment(&self, text: &str, annotations: &mut Annotations) {
        annotations.paragraphs = paragraphs::paragraphs(text);
        annotations.sentences.clear();
        annotations.tokens.clear();
        // News text has a token every five or six bytes and a sentence
        // every hundred or so: reserving once, with room to spare, spares
        // the reallocations (each would copy every token found so far).
        annotations.sentences.reserve(text.len() / 64 + 1);
        annotations.tokens.reserve(text.len() / 4 + 1);
        let bits = word_bits::WordBits::new(text.as_bytes());
        for &paragraph in &annotations.paragraphs {
            tokens::tokenize(text, paragraph, &bits, &self.abbreviations, &mut annotations.sentences, &mut annotations.tokens);
        }
    }
}

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::CleanText]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Paragraphs, Layer::Sentences, Layer::Tokens]
    }
    fn process(&self, doc: &mut Document) {
        self.segment(&doc.text, &mut doc.annotations);
    }
}
