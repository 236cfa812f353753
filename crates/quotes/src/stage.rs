//! The quote stage.

use dossier_core::{Document, Layer, Quote, Stage};

use crate::context::Context;
use crate::marks::{paragraphs_or_lines, segments};
use crate::resolve::Resolver;
use crate::vocab::Vocabulary;

/// Finds direct and indirect quotations with their speakers. Needs
/// sentences (to bound attributions) and entities (to link speakers);
/// works, less precisely, without either.
#[derive(Clone, Debug)]
pub struct QuoteStage {
    vocab: Vocabulary,
}

impl QuoteStage {
    /// A stage with the vocabulary compiled in from `data/quotes/`.
    pub fn new() -> crate::Result<QuoteStage> {
        Ok(QuoteStage { vocab: Vocabulary::embedded()? })
    }

    /// The quotations of `doc`, in text order.
    pub fn find(&self, doc: &Document) -> Vec<Quote> {
        let text = doc.text.as_str();
        let paragraphs = paragraphs_or_lines(text, &doc.annotations.paragraphs);
        let sentences = if doc.annotations.sentences.is_empty() { &paragraphs } else { &doc.annotations.sentences };
        let context = Context::new(text, &self.vocab, sentences, &paragraphs);
        let segments = segments(text, &paragraphs);
        let mut drafts = context.direct_drafts(&segments);
        context.add_indirect_drafts(&segments, &mut drafts);
        drafts.sort_by_key(|d| d.span.start);
        Resolver { text, annotations: &doc.annotations, vocab: &self.vocab }.quotes(&drafts)
    }
}

impl Default for QuoteStage {
    fn default() -> Self {
        // The embedded files are checked by this crate's tests.
        QuoteStage::new().expect("data/quotes/*.tsv compiled into the binary must parse")
    }
}

impl Stage for QuoteStage {
    fn name(&self) -> &'static str {
        "quotes"
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Sentences, Layer::Entities]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Quotes]
    }
    fn process(&self, doc: &mut Document) {
        if !doc.is_english() || doc.text.is_empty() {
            return;
        }
        doc.annotations.quotes = self.find(doc);
    }
}
