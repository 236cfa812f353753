//! Builders of small extract records for the store tests.
#![allow(dead_code)] // each test file uses some of the builders

use dossier_core::contract::{ActorRecord, CharSpan, EntityRecord, EventRecord, ExtractRecord, QuoteRecord, SCHEMA};

/// An article with no annotations yet.
pub fn article(id: &str, source: &str, published: Option<&str>, text: &str) -> ExtractRecord {
    ExtractRecord {
        schema: SCHEMA.to_string(),
        id: id.to_string(),
        source: source.to_string(),
        title: Some(format!("Title of {id}")),
        published: published.map(str::to_string),
        language: Some("en".to_string()),
        text: text.to_string(),
        entities: Vec::new(),
        events: Vec::new(),
        quotes: Vec::new(),
        error: None,
    }
}

/// A country entity with one mention.
pub fn country(code: &str, name: &str) -> EntityRecord {
    EntityRecord {
        id: format!("country:{code}"),
        name: name.to_string(),
        kind: "country".to_string(),
        code: Some(code.to_string()),
        wikidata: None,
        mentions: vec![dossier_core::contract::MentionRecord { start: 0, end: 1, text: name.to_string() }],
    }
}

/// An event `source` → `target` with CAMEO `code`, in the first sentence.
pub fn event(code: &str, source: &str, target: Option<&str>, date: Option<&str>, sentence_end: usize) -> EventRecord {
    let quad = match &code[..2] {
        "01" | "02" | "03" | "04" | "05" => 1,
        "06" | "07" | "08" => 2,
        "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" => 3,
        _ => 4,
    };
    let actor = |c: &str| ActorRecord { entity: format!("country:{}", &c[..3]), code: c.to_string() };
    EventRecord {
        code: code.to_string(),
        root: code[..2].to_string(),
        quad,
        goldstein: if quad <= 2 { 3.5 } else { -6.0 },
        source: Some(actor(source)),
        target: target.map(actor),
        date: date.map(str::to_string),
        date_text: date.map(|d| format!("on {d}")),
        quantity: None,
        location: None,
        modality: "asserted".to_string(),
        attributed_to: None,
        sentence: CharSpan { start: 0, end: sentence_end },
        confidence: 0.8,
    }
}

/// A direct quote.
pub fn quote(speaker: &str, text: &str) -> QuoteRecord {
    QuoteRecord {
        speaker: None,
        speaker_name: speaker.to_string(),
        affiliation: Some("Ministry of Examples".to_string()),
        text: text.to_string(),
        direct: true,
        span: CharSpan { start: 0, end: text.chars().count() },
    }
}
