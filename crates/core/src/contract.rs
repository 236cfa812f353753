//! The `dossier.extract/1` JSON Lines contract (`shared/spec/extract-v1.md`).
//!
//! These types are the public interface of `dossier extract`: fields may be
//! added, never renamed or removed without a new schema version. Spans here
//! are **character** offsets (Unicode scalar values), end exclusive.

use serde::{Deserialize, Serialize};

use crate::{Document, Span};

pub const SCHEMA: &str = "dossier.extract/1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExtractRecord {
    pub schema: String,
    pub id: String,
    pub source: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub language: Option<String>,
    pub text: String,
    pub entities: Vec<EntityRecord>,
    pub events: Vec<EventRecord>,
    pub quotes: Vec<QuoteRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CharSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MentionRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRecord {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub code: Option<String>,
    pub wikidata: Option<String>,
    pub mentions: Vec<MentionRecord>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActorRecord {
    pub entity: String,
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuantityRecord {
    pub value: f64,
    pub unit: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub code: String,
    pub root: String,
    pub quad: u8,
    pub goldstein: f32,
    pub source: Option<ActorRecord>,
    pub target: Option<ActorRecord>,
    pub date: Option<String>,
    pub date_text: Option<String>,
    pub quantity: Option<QuantityRecord>,
    pub location: Option<String>,
    pub modality: String,
    pub attributed_to: Option<String>,
    pub sentence: CharSpan,
    pub confidence: f32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord {
    pub speaker: Option<String>,
    pub speaker_name: String,
    pub affiliation: Option<String>,
    pub text: String,
    pub direct: bool,
    pub span: CharSpan,
}

/// Converts byte offsets of one text into character offsets.
struct CharIndex<'t> {
    text: &'t str,
    /// Character count before each 64-byte block, so a lookup counts at
    /// most 63 bytes.
    blocks: Vec<usize>,
}

impl<'t> CharIndex<'t> {
    const BLOCK: usize = 64;

    fn new(text: &'t str) -> Self {
        let mut blocks = Vec::with_capacity(text.len() / Self::BLOCK + 1);
        let mut chars = 0;
        for chunk in text.as_bytes().chunks(Self::BLOCK) {
            blocks.push(chars);
            chars += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count();
        }
        CharIndex { text, blocks }
    }

    fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / Self::BLOCK;
        let Some(&before) = self.blocks.get(block) else {
            return self.text.chars().count();
        };
        let from = block * Self::BLOCK;
        before + self.text.as_bytes()[from..byte].iter().filter(|&&b| (b as i8) >= -0x40).count()
    }

    fn span(&self, span: Span) -> CharSpan {
        CharSpan { start: self.char_at(span.start), end: self.char_at(span.end) }
    }
}

impl ExtractRecord {
    /// The contract line for a processed document.
    pub fn from_document(doc: &Document) -> ExtractRecord {
        let index = CharIndex::new(&doc.text);
        let ann = &doc.annotations;
        let entity_id = |i: usize| ann.entities.get(i).map(|e| e.id.to_string());
        let entities = ann
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| EntityRecord {
                id: e.id.to_string(),
                name: e.name.to_string(),
                kind: e.kind.as_str().to_string(),
                code: e.code.as_deref().map(str::to_string),
                wikidata: e.wikidata.as_deref().map(str::to_string),
                mentions: ann
                    .mentions
                    .iter()
                    .filter(|m| m.entity == i)
                    .map(|m| {
                        let c = index.span(m.span);
                        MentionRecord { start: c.start, end: c.end, text: m.span.of(&doc.text).to_string() }
                    })
                    .collect(),
            })
            .collect();
        let actor = |a: &Option<crate::ActorRef>| {
            a.as_ref().and_then(|a| Some(ActorRecord { entity: entity_id(a.entity)?, code: a.code.clone() }))
        };
        let events = ann
            .events
            .iter()
            .map(|e| EventRecord {
                code: e.code.clone(),
                root: e.root().to_string(),
                quad: e.quad,
                goldstein: e.goldstein,
                source: actor(&e.source),
                target: actor(&e.target),
                date: e.date.map(|d| d.to_string()),
                date_text: e.date_span.map(|s| s.of(&doc.text).to_string()),
                quantity: e.quantity.and_then(|q| ann.quantities.get(q)).map(|q| QuantityRecord {
                    value: q.value,
                    unit: q.unit.clone(),
                    text: q.span.of(&doc.text).to_string(),
                }),
                location: e.location.and_then(entity_id),
                modality: e.modality.as_str().to_string(),
                attributed_to: e.attributed_to.and_then(entity_id),
                sentence: index.span(e.sentence),
                confidence: e.confidence,
            })
            .collect();
        let quotes = ann
            .quotes
            .iter()
            .map(|q| QuoteRecord {
                speaker: q.speaker.and_then(entity_id),
                speaker_name: q.speaker_name.clone(),
                affiliation: q.affiliation.clone(),
                text: q.text.clone(),
                direct: q.direct,
                span: index.span(q.span),
            })
            .collect();
        ExtractRecord {
            schema: SCHEMA.to_string(),
            id: doc.id.clone(),
            source: doc.source.clone(),
            title: doc.title.clone(),
            published: doc.published.map(|d| crate::DateValue::Day(d).to_string()),
            language: doc.language.clone(),
            text: doc.text.clone(),
            entities,
            events,
            quotes,
            error: doc.error.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Entity, EntityKind, Mention};

    #[test]
    fn spans_become_character_offsets() {
        let mut doc = Document::new("abc", "a.txt", "");
        doc.text = "Putin’s visit to Pyongyang".to_string();
        let start = doc.text.find("Pyongyang").unwrap();
        doc.annotations.entities.push(Entity {
            id: "Q423".into(),
            name: "North Korea".into(),
            kind: EntityKind::Country,
            code: Some("PRK".into()),
            wikidata: Some("Q423".into()),
            country: None,
        });
        doc.annotations.mentions.push(Mention { span: Span::new(start, start + 9), entity: 0, adjectival: false });
        let record = ExtractRecord::from_document(&doc);
        let m = &record.entities[0].mentions[0];
        assert_eq!((m.start, m.end, m.text.as_str()), (17, 26, "Pyongyang"));
        let chars: String = doc.text.chars().skip(m.start).take(m.end - m.start).collect();
        assert_eq!(chars, "Pyongyang");
    }

    #[test]
    fn every_field_is_present_even_when_empty() {
        let json = serde_json::to_value(ExtractRecord::from_document(&Document::new("x", "-", ""))).unwrap();
        for key in ["schema", "id", "source", "title", "published", "language", "text", "entities", "events", "quotes"] {
            assert!(json.get(key).is_some(), "missing {key}");
        }
        assert!(json.get("error").is_none());
    }
}
