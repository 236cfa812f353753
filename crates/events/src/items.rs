//! A sentence as a row of items: words, punctuation and actors.
//!
//! Built from the segmenter's tokens and the actor stage's mentions. A
//! mention becomes one [`Item::Actor`], whatever the tokens inside it;
//! consecutive mentions joined only by capitalised title words ("Russian
//! Foreign Minister Sergey Lavrov") become one actor, the most specific.

use dossier_core::{Annotations, EntityKind, Span, TokenKind};

use crate::grammar::{Class, Classes, Grammar};

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Word,
    Punct,
    Actor {
        /// The entity the actor stands for.
        entity: usize,
        /// Followed by `'s`: "Russia's assistance".
        possessive: bool,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub span: Span,
    pub kind: Kind,
}

impl Item {
    pub fn actor(&self) -> Option<usize> {
        match self.kind {
            Kind::Actor { entity, .. } => Some(entity),
            _ => None,
        }
    }

    pub fn is_possessive(&self) -> bool {
        matches!(self.kind, Kind::Actor { possessive: true, .. })
    }
}

/// The items of a sentence, with each item's lowercase text and word
/// classes at hand: the matcher compares words and asks their classes many
/// times per item.
pub struct Row {
    pub items: Vec<Item>,
    /// The sentence lowercased with every character keeping its byte length,
    /// so an item's lowercase text sits at its own span, shifted by `offset`.
    lower: String,
    offset: usize,
    /// The grammar classes of each item's lowercase text.
    classes: Vec<Classes>,
}

impl Row {
    pub fn new(text: &str, ann: &Annotations, sentence: Span, grammar: &Grammar) -> Row {
        let tokens = ann.tokens_in(sentence);
        let mut row = Row {
            items: Vec::with_capacity(tokens.len()),
            lower: lowercase_keeping_lengths(sentence.of(text)),
            offset: sentence.start,
            classes: Vec::new(),
        };
        let mentions = ann.mentions_in(sentence);
        let mut m = 0;
        let mut at = sentence.start;
        for token in tokens {
            if token.span.end <= at {
                continue;
            }
            let mut start = token.span.start.max(at);
            while start < token.span.end {
                while m < mentions.len() && mentions[m].span.end <= start {
                    m += 1;
                }
                match mentions.get(m) {
                    Some(mention) if mention.span.start <= start => {
                        let end = mention.span.end;
                        row.push_actor(text, ann, mention.entity, Span::new(mention.span.start, end));
                        start = end;
                    }
                    next => {
                        let end = next.map_or(token.span.end, |n| n.span.start.min(token.span.end));
                        row.push_plain(text, Span::new(start, end), token.kind);
                        start = end;
                    }
                }
            }
            at = start.max(token.span.end);
        }
        row.classes = (0..row.items.len()).map(|i| grammar.classes_of(row.word(i))).collect();
        row
    }

    fn push_item(&mut self, item: Item) {
        self.items.push(item);
    }

    fn push_plain(&mut self, text: &str, span: Span, kind: TokenKind) {
        let piece = span.of(text);
        if piece.trim().is_empty() {
            return;
        }
        if let Some(last) = self.items.last_mut() {
            if last.actor().is_some() && is_possessive_mark(piece) {
                if let Kind::Actor { possessive, .. } = &mut last.kind {
                    *possessive = true;
                }
                last.span.end = span.end;
                return;
            }
        }
        let kind = match kind {
            TokenKind::Punct => Kind::Punct,
            _ if piece.chars().next().is_some_and(|c| c.is_alphanumeric()) => Kind::Word,
            _ => Kind::Punct,
        };
        self.push_item(Item { span, kind });
    }

    fn push_actor(&mut self, text: &str, ann: &Annotations, entity: usize, span: Span) {
        if let Some(titles) = self.title_run_before(text) {
            let (head, _) = titles;
            let Some(Kind::Actor { entity: prev, .. }) = self.items.get(head).map(|i| i.kind.clone()) else { return };
            if more_specific(ann, entity, prev) {
                self.items.truncate(head + 1);
                let item = &mut self.items[head];
                item.kind = Kind::Actor { entity, possessive: false };
                item.span.end = span.end;
                return;
            }
        }
        let start = match ann.entities.get(entity).map(|e| e.kind) {
            Some(EntityKind::Person) => self.absorb_title(text),
            _ => span.start,
        }
        .min(span.start);
        self.push_item(Item { span: Span::new(start, span.end), kind: Kind::Actor { entity, possessive: false } });
    }

    /// Takes back the capitalised words right before a person ("handed
    /// President Putin a rifle"), so that the title stands inside the actor
    /// slot; a sentence's first word is left alone ("Since", "When").
    fn absorb_title(&mut self, text: &str) -> usize {
        let mut keep = self.items.len();
        while keep > 1 && self.items.len() - keep < 4 {
            let item = &self.items[keep - 1];
            let capitalised = item.kind == Kind::Word && item.span.of(text).starts_with(|c: char| c.is_uppercase());
            if !capitalised {
                break;
            }
            keep -= 1;
        }
        let start = self.items.get(keep).map_or(usize::MAX, |i| i.span.start);
        self.items.truncate(keep);
        start
    }

    /// When the items since the last actor are only capitalised words (a
    /// title such as "Foreign Minister"), the index of that actor.
    fn title_run_before(&self, text: &str) -> Option<(usize, usize)> {
        let head = self.items.iter().rposition(|i| i.actor().is_some())?;
        let between = &self.items[head + 1..];
        let titles = between.len() <= 4
            && !self.items[head].is_possessive()
            && between.iter().all(|i| i.kind == Kind::Word && i.span.of(text).starts_with(|c: char| c.is_uppercase()));
        titles.then_some((head, between.len()))
    }

    /// Lowercase text of item `i`.
    pub fn word(&self, i: usize) -> &str {
        match self.items.get(i) {
            Some(item) => self.lower.get(item.span.start - self.offset..item.span.end - self.offset).unwrap_or(""),
            None => "",
        }
    }

    /// Whether item `i` (none past the end) is a word of `class`.
    pub fn is(&self, i: usize, class: Class) -> bool {
        self.classes.get(i).is_some_and(|&c| c & class.bit() != 0)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// `text` in lowercase, each character keeping its byte length so that
/// offsets into `text` hold in the result; the rare letter whose lowercase
/// is longer or shorter ("İ") stays as written. News text is mostly ASCII,
/// which needs no Unicode case tables.
fn lowercase_keeping_lengths(text: &str) -> String {
    // Quotation marks and dashes make most sentences non-ASCII, but few
    // hold a non-ASCII capital.
    if text.is_ascii() || !text.chars().any(|c| !c.is_ascii() && c.is_uppercase()) {
        return text.to_ascii_lowercase();
    }
    let mut lower = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lowered = c.to_lowercase();
        match (lowered.next(), lowered.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => lower.push(l),
            _ => lower.push(c),
        }
    }
    lower
}

fn is_possessive_mark(piece: &str) -> bool {
    matches!(piece, "'s" | "’s" | "'" | "’" | "'S" | "’S")
}

/// A person or organisation is more specific than the country named before
/// their title ("Russian President Putin" → Putin).
fn more_specific(ann: &Annotations, entity: usize, than: usize) -> bool {
    let kind = |i: usize| ann.entities.get(i).map(|e| e.kind);
    matches!(kind(than), Some(EntityKind::Country)) && matches!(kind(entity), Some(EntityKind::Person | EntityKind::Organization))
}

#[cfg(test)]
mod tests {
    use super::lowercase_keeping_lengths;

    #[test]
    fn lowercasing_keeps_every_offset() {
        assert_eq!(lowercase_keeping_lengths("Seoul SAID “No”"), "seoul said “no”");
        assert_eq!(lowercase_keeping_lengths("ÉLYSÉE and Über"), "élysée and über");
        // Its lowercase is longer: left as written so later offsets hold.
        assert_eq!(lowercase_keeping_lengths("İzmir TALKS"), "İzmir talks");
    }
}
