//! Character spans of the contract back to slices of the text.

use std::cell::Cell;

#[cfg(test)]
use dossier_core::contract::CharSpan;

/// Maps character offsets of one text to byte offsets. The offsets asked
/// for (the sentences of a record's events) come mostly in text order, so
/// each is found by walking from the last one found rather than through a
/// table of every character's offset, which cost more than all of them.
pub(crate) struct CharSlicer<'t> {
    text: &'t str,
    ascii: bool,
    /// The last offset found: (character, byte).
    last: Cell<(usize, usize)>,
}

impl<'t> CharSlicer<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        CharSlicer { text, ascii: text.is_ascii(), last: Cell::new((0, 0)) }
    }

    /// Byte offset of character `index`, clamped to the text.
    pub(crate) fn byte(&self, index: usize) -> usize {
        if self.ascii {
            return index.min(self.text.len());
        }
        let (mut char_at, mut byte_at) = self.last.get();
        let bytes = self.text.as_bytes();
        while char_at > index {
            byte_at -= 1;
            while !self.text.is_char_boundary(byte_at) {
                byte_at -= 1;
            }
            char_at -= 1;
        }
        while char_at < index && byte_at < bytes.len() {
            // Eight ASCII bytes at once: most of the text is ASCII.
            if let Some(chunk) = bytes.get(byte_at..byte_at + 8).filter(|_| index - char_at >= 8) {
                if u64::from_le_bytes(chunk.try_into().unwrap_or_default()) & 0x8080_8080_8080_8080 == 0 {
                    (char_at, byte_at) = (char_at + 8, byte_at + 8);
                    continue;
                }
            }
            byte_at += 1;
            while !self.text.is_char_boundary(byte_at) {
                byte_at += 1;
            }
            char_at += 1;
        }
        self.last.set((char_at, byte_at));
        byte_at
    }

    /// The text of `span`, empty when the span is out of range or reversed:
    /// the sentence a mention stored before schema version 7, and the
    /// oracle of the queries that now read it from the article.
    #[cfg(test)]
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

    #[test]
    fn offsets_asked_for_in_any_order_agree_with_char_indices() {
        let text = "Añb’c d\u{1F600}e\u{301}f, then a run of plain ASCII long enough to skip ’ and “more” of it.";
        let chars = text.chars().count();
        let byte_of = |index: usize| text.char_indices().nth(index).map_or(text.len(), |(i, _)| i);
        let slicer = CharSlicer::new(text);
        // Every offset (and some past the end), forwards, backwards and in jumps.
        let order = (0..chars + 3).chain((0..chars + 3).rev()).chain((0..chars + 3).map(|i| (i * 37) % (chars + 3)));
        for index in order {
            assert_eq!(slicer.byte(index), byte_of(index), "character {index}");
        }
        assert_eq!(CharSlicer::new("abc").byte(7), 3);
    }
}
