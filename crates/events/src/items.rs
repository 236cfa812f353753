//! A sentence as a row of items: words, punctuation and actors.
//!
//! Built from the segmenter's tokens and the actor stage's mentions. A
//! mention becomes one [`Item::Actor`], whatever the tokens inside it;
//! consecutive mentions joined only by capitalised title words ("Russian
//! Foreign Minister Sergey Lavrov") become one actor, the most specific.

use dossier_core::{Annotations, EntityKind, Span, TokenKind};

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

/// Builds the items of `sentence`. `lower` receives each item's lowercase
/// text, concatenated, so words can be compared without allocating per item;
/// item `i` is `lower[bounds[i]..bounds[i + 1]]`.
pub struct Row {
    pub items: Vec<Item>,
    lower: String,
    bounds: Vec<usize>,
}

impl Row {
    pub fn new(text: &str, ann: &Annotations, sentence: Span) -> Row {
        let mut row = Row { items: Vec::new(), lower: String::new(), bounds: vec![0] };
        let mentions = ann.mentions_in(sentence);
        let mut m = 0;
        let mut at = sentence.start;
        for token in ann.tokens_in(sentence) {
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
        row
    }

    fn push_item(&mut self, text: &str, item: Item) {
        push_lowercase(&mut self.lower, item.span.of(text));
        self.bounds.push(self.lower.len());
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
        self.push_item(text, Item { span, kind });
    }

    fn push_actor(&mut self, text: &str, ann: &Annotations, entity: usize, span: Span) {
        if let Some(titles) = self.title_run_before(text) {
            let (head, _) = titles;
            let Some(Kind::Actor { entity: prev, .. }) = self.items.get(head).map(|i| i.kind.clone()) else { return };
            if more_specific(ann, entity, prev) {
                self.items.truncate(head + 1);
                self.bounds.truncate(head + 2);
                let item = &mut self.items[head];
                item.kind = Kind::Actor { entity, possessive: false };
                item.span.end = span.end;
                self.relower(text, head);
                return;
            }
        }
        let start = match ann.entities.get(entity).map(|e| e.kind) {
            Some(EntityKind::Person) => self.absorb_title(text),
            _ => span.start,
        }
        .min(span.start);
        self.push_item(text, Item { span: Span::new(start, span.end), kind: Kind::Actor { entity, possessive: false } });
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
        self.bounds.truncate(keep + 1);
        self.lower.truncate(self.bounds[keep]);
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

    fn relower(&mut self, text: &str, index: usize) {
        self.lower.truncate(self.bounds[index]);
        push_lowercase(&mut self.lower, self.items[index].span.of(text));
        self.bounds.truncate(index + 1);
        self.bounds.push(self.lower.len());
    }

    /// Lowercase text of item `i`.
    pub fn word(&self, i: usize) -> &str {
        match self.items.get(i) {
            Some(_) => &self.lower[self.bounds[i]..self.bounds[i + 1]],
            None => "",
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Appends `piece` in lowercase; news text is mostly ASCII, which needs no
/// Unicode case tables.
fn push_lowercase(lower: &mut String, piece: &str) {
    if piece.is_ascii() {
        let start = lower.len();
        lower.push_str(piece);
        lower[start..].make_ascii_lowercase();
    } else {
        lower.extend(piece.chars().flat_map(char::to_lowercase));
    }
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
