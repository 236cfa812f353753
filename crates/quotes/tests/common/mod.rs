//! Builds documents by hand: paragraphs are lines, sentences end after
//! `.`, `!` or `?` (and any closing mark) before a space, so the tests do
//! not depend on the segmenter.

#![allow(dead_code)]

use dossier_core::{Document, Entity, EntityKind, Mention, Quote, Span, Stage};
use dossier_quotes::QuoteStage;

pub fn doc(text: &str) -> Document {
    let mut doc = Document::new("test", "test.txt", text);
    doc.text = text.to_string();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        if !line.trim().is_empty() {
            doc.annotations.paragraphs.push(Span::new(start, end));
            doc.annotations.sentences.extend(sentences(line, start));
        }
        start = end + 1;
    }
    doc
}

fn sentences(line: &str, offset: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, c) in line.char_indices() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut end = i + 1;
        while let Some(next) = line[end..].chars().next().filter(|n| matches!(n, '”' | '"' | '’' | '\'')) {
            end += next.len_utf8();
        }
        if end == line.len() || bytes[end] == b' ' {
            out.push(Span::new(offset + start, offset + end));
            start = end + usize::from(end < line.len());
        }
    }
    if start < line.len() {
        out.push(Span::new(offset + start, offset + line.len()));
    }
    out
}

/// Adds an entity with a mention at each place `name` occurs.
pub fn with_entity(doc: Document, name: &str, kind: EntityKind) -> Document {
    with_mentions(doc, name, kind, false)
}

/// Adds an entity named by an adjective ("Northland" in "Northland
/// officials") at each place `name` occurs.
pub fn with_adjective(doc: Document, name: &str, kind: EntityKind) -> Document {
    with_mentions(doc, name, kind, true)
}

fn with_mentions(mut doc: Document, name: &str, kind: EntityKind, adjectival: bool) -> Document {
    let entity = doc.annotations.entities.len();
    doc.annotations.entities.push(Entity {
        id: format!("test:{entity}").into(),
        name: name.into(),
        kind,
        code: None,
        wikidata: None,
        country: None,
    });
    let found: Vec<usize> = doc.text.match_indices(name).map(|(i, _)| i).collect();
    for at in found {
        doc.annotations.mentions.push(Mention { span: Span::new(at, at + name.len()), entity, adjectival });
    }
    doc.annotations.mentions.sort_by_key(|m| m.span.start);
    doc
}

pub fn quotes_of(doc: &mut Document) -> Vec<Quote> {
    QuoteStage::default().process(doc);
    doc.annotations.quotes.clone()
}

pub fn quotes(text: &str) -> Vec<Quote> {
    quotes_of(&mut doc(text))
}

/// (speaker_name, text) of every quote.
pub fn pairs(text: &str) -> Vec<(String, String)> {
    quotes(text).into_iter().map(|q| (q.speaker_name, q.text)).collect()
}
