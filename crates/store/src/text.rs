//! Character spans of the contract back to slices of the text.

use dossier_core::contract::CharSpan;

/// Maps character offsets of one text to byte offsets, without a table when
/// the text is ASCII (the common case).
pub(crate) struct CharSlicer<'t> {
    text: &'t str,
    /// Byte offset of every character, plus the text length; empty for ASCII.
    offsets: Vec<usize>,
}

impl<'t> CharSlicer<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let offsets = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect()
        };
        CharSlicer { text, offsets }
    }

    /// Byte offset of character `index`, clamped to the text.
    pub(crate) fn byte(&self, index: usize) -> usize {
        if self.offsets.is_empty() {
            index.min(self.text.len())
        } else {
            self.offsets.get(index).copied().unwrap_or(self.text.len())
        }
    }

    /// The text of `span`, empty when the span is out of range or reversed.
    pub(crate) fn slice(&self, span: CharSpan) -> &'t str {
        let (start, end) = (self.byte(span.start), self.byte(span.end));
        self.text.get(start..end.max(start)).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_by_characters_in_non_ascii_text() {
        let slicer = CharSlicer::new("Peña’s visit to Valparaíso");
        assert_eq!(slicer.slice(CharSpan { start: 16, end: 26 }), "Valparaíso");
        assert_eq!(slicer.slice(CharSpan { start: 21, end: 99 }), "raíso");
        assert_eq!(slicer.slice(CharSpan { start: 9, end: 2 }), "");
    }
}
