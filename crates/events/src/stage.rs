//! The event stage: patterns matched on every sentence, turned into events.

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap as HashMap;
use std::path::PathBuf;

use dossier_core::{ActorRef, Annotations, Document, EntityKind, Event, Layer, Modality, Span, Stage, Token};

use crate::codebook::Codebook;
use crate::cues::{self, Cues};
use crate::grammar::Grammar;
use crate::items::Row;
use crate::lexicon::Lexicon;
use crate::matcher::{Match, Matcher};
use crate::patterns::{Objects, Pattern, Patterns};
use crate::{Error, Result};

/// The header that marks a `--dict` file as verb patterns.
pub const PATTERN_HEADER: &str = "code\tpattern\tflags";

/// Where each event (by [`dedupe_key`]) stands in a document's events.
type Seen = HashMap<(String, String, String), usize>;

/// Codes events with the CAMEO patterns.
pub struct EventStage {
    patterns: Patterns,
    objects: Objects,
    grammar: Grammar,
    codebook: Codebook,
    cues: Cues,
    /// The grammar's and the patterns' words, rebuilt when patterns are added.
    lexicon: Lexicon,
}

impl Default for EventStage {
    /// The stage with the embedded data, which the crate's tests check.
    fn default() -> Self {
        EventStage::embedded().expect("the embedded event data is checked by the crate's tests")
    }
}

impl EventStage {
    pub fn embedded() -> Result<EventStage> {
        let patterns = Patterns::embedded()?;
        let grammar = Grammar::embedded()?;
        Ok(EventStage {
            lexicon: Lexicon::new(&grammar, &patterns),
            patterns,
            objects: Objects::embedded()?,
            grammar,
            codebook: Codebook::embedded()?,
            cues: Cues::embedded()?,
        })
    }

    /// The embedded data plus the pattern files among `dicts` (those whose
    /// header is [`PATTERN_HEADER`]); other files are left to other stages.
    pub fn with_dicts(dicts: &[PathBuf]) -> Result<EventStage> {
        let mut stage = EventStage::embedded()?;
        for path in dicts {
            let file = path.display().to_string();
            let text = std::fs::read_to_string(path).map_err(|source| Error::Io { file: file.clone(), source })?;
            if is_pattern_file(&text) {
                stage.patterns.extend(&file, &text)?;
            }
        }
        stage.lexicon = Lexicon::new(&stage.grammar, &stage.patterns);
        Ok(stage)
    }

    /// Codes `sentence`, filling `row` with it when it may hold an event.
    fn code_sentence(&self, doc: &Document, sentence: Span, row: &mut Row, seen: &mut Seen, events: &mut Vec<Event>) {
        let ann = &doc.annotations;
        let mentions = ann.mentions_in(sentence);
        // Most sentences have no actor: their tokens are not looked for.
        let tokens = || ann.tokens_in(sentence);
        match mentions {
            // Every pattern has a source slot: no actor, no event.
            [] => return,
            [only] if !self.may_code_single_actor(&doc.text, tokens(), only.span) => return,
            _ => {}
        }
        row.fill(&doc.text, ann, sentence, tokens(), mentions, &self.lexicon);
        let row = &*row;
        for anchor in 0..row.len() {
            if let Some((pattern, m)) = self.best_match(row, anchor) {
                for event in self.events_of(doc, row, sentence, pattern, &m) {
                    match seen.entry(dedupe_key(&event)) {
                        Entry::Vacant(slot) => {
                            slot.insert(events.len());
                            events.push(event);
                        }
                        Entry::Occupied(first) => complete_from_later_mention(&mut events[*first.get()], &event),
                    }
                }
            }
        }
    }

    /// The longest pattern that matches with its anchor at item `anchor`.
    fn best_match(&self, row: &Row, anchor: usize) -> Option<(&Pattern, Match)> {
        let mut best: Option<(&Pattern, Match)> = None;
        let word = row.word_id(anchor)?;
        for &id in self.patterns.anchored_on_word(word) {
            let pattern = &self.patterns.list[id];
            if best.as_ref().is_some_and(|(b, _)| b.elems.len() >= pattern.elems.len()) {
                continue;
            }
            if let Some(m) = Matcher.try_match(row, pattern, anchor) {
                best = Some((pattern, m));
            }
        }
        best
    }

    /// Whether a sentence whose only actor mention is `mention` may hold an
    /// event, without building its row. One mention makes at most one actor
    /// item, and a pattern with a target needs two (its source and target
    /// slots, or a passive's subject and agent): only patterns without a
    /// target can match, so some item must be one of their anchors. Items
    /// outside the actor are tokens; a token the mention cuts in two is
    /// taken to be an anchor.
    fn may_code_single_actor(&self, text: &str, tokens: &[Token], mention: Span) -> bool {
        let patterns = &self.patterns;
        patterns.may_be_in_solo_anchor(mention.of(text))
            || tokens.iter().any(|token| {
                let span = token.span;
                if span.end <= mention.start || mention.end <= span.start {
                    patterns.may_be_solo_anchor(text.get(span.start..span.end).unwrap_or(""))
                } else {
                    !mention.contains(span)
                }
            })
    }

    fn events_of(&self, doc: &Document, row: &Row, sentence: Span, pattern: &Pattern, m: &Match) -> Vec<Event> {
        let ann = &doc.annotations;
        let clause = m.sources.iter().chain(&m.targets).copied().min().unwrap_or(m.first).min(m.first);
        if cues::is_hypothetical(row, m.anchor) {
            return Vec::new();
        }
        let code = self.code_for(row, pattern, m);
        let Some(info) = self.codebook.get(&code).cloned() else { return Vec::new() };
        let mut modality = self.cues.modality(row, clause, m.anchor);
        let attributed_to = cues::attribution(row, clause).or_else(|| cues::trailing_attribution(row, m.last));
        if attributed_to.is_some() && modality == Modality::Asserted {
            modality = Modality::Reported;
        }
        let anchor_at = row.items[m.anchor].span.start;
        let date = pick_date(ann, sentence, anchor_at);
        let region = Span::new(anchor_at, row.items[m.last].span.end);
        let quantity = ann.quantities.iter().position(|q| region.contains(q.span));
        let targets: Vec<Option<usize>> =
            if pattern.no_target { vec![None] } else { m.targets.iter().map(|&t| row.items[t].actor()).collect() };
        let mut events = Vec::new();
        for &s in &m.sources {
            let Some(source) = row.items[s].actor().and_then(|e| actor_ref(ann, e)) else { continue };
            for target in &targets {
                let target = match target {
                    Some(t) => match actor_ref(ann, *t) {
                        Some(t) => Some(t),
                        None => continue,
                    },
                    None => None,
                };
                let (source, target) = match (pattern.flip, target) {
                    (true, Some(t)) => (t, Some(source.clone())),
                    (_, t) => (source.clone(), t),
                };
                if target.as_ref().is_some_and(|t| same_state(&t.code, &source.code)) {
                    continue;
                }
                events.push(Event {
                    code: code.clone(),
                    quad: info.quad,
                    goldstein: info.goldstein,
                    source: Some(source),
                    target,
                    date: date.map(|d| d.value),
                    date_span: date.map(|d| d.span),
                    quantity,
                    location: None,
                    modality,
                    attributed_to,
                    sentence,
                    confidence: confidence(modality, m),
                    symmetric: pattern.symmetric,
                });
            }
        }
        events
    }

    /// The pattern's code, or for transfers the code of what is transferred.
    fn code_for(&self, row: &Row, pattern: &Pattern, m: &Match) -> String {
        if pattern.objects {
            for i in m.anchor..=m.last.min(row.len().saturating_sub(1)) {
                if let Some(code) = self.objects.code_of(row.word(i)) {
                    return code.to_string();
                }
            }
        }
        pattern.code.clone()
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Sentences, Layer::Tokens, Layer::Entities, Layer::Dates, Layer::Quantities]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Events]
    }
    fn process(&self, doc: &mut Document) {
        if !doc.is_english() || doc.annotations.mentions.is_empty() {
            return;
        }
        let mut seen = HashMap::default();
        let mut events = Vec::new();
        let mut row = Row::default();
        for &sentence in &doc.annotations.sentences {
            self.code_sentence(doc, sentence, &mut row, &mut seen, &mut events);
        }
        doc.annotations.events = events;
    }
}

/// Whether `text` is a verb-pattern dictionary.
pub fn is_pattern_file(text: &str) -> bool {
    text.lines().map(str::trim_end).find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')) == Some(PATTERN_HEADER)
}

/// The actor an entity acts as: its own code, or for a place, its state's.
fn actor_ref(ann: &Annotations, entity: usize) -> Option<ActorRef> {
    let e = ann.entities.get(entity)?;
    let code = match (&e.code, e.kind) {
        (Some(code), _) => code.clone(),
        (None, EntityKind::Location) => ann.entities.get(e.country?)?.code.clone()?,
        _ => return None,
    };
    Some(ActorRef { entity, code })
}

fn same_state(a: &str, b: &str) -> bool {
    state_of(a) == state_of(b)
}

/// The part of an actor code that names its state or body: "RUS" of
/// "RUSGOV", "IGOUNO" of "IGOUNOKIM".
fn state_of(code: &str) -> &str {
    let len = if code.starts_with("IGO") || code.starts_with("NGO") { 6 } else { 3 };
    code.get(..len).unwrap_or(code)
}

/// The date of an event at byte `anchor`: the first date after the anchor
/// in its sentence, else the last one before it.
fn pick_date(ann: &Annotations, sentence: Span, anchor: usize) -> Option<&dossier_core::TimeExpr> {
    let inside = ann.dates.iter().filter(|d| sentence.contains(d.span));
    let mut before = None;
    for d in inside {
        if d.span.start >= anchor {
            return Some(d);
        }
        before = Some(d);
    }
    before
}

/// An event is reported once, at its first mention; a later mention that
/// says when it happened ("... that day") or how much ("three missiles")
/// completes it.
fn complete_from_later_mention(first: &mut Event, later: &Event) {
    if first.date.is_none() && later.date.is_some() {
        first.date = later.date;
        first.date_span = later.date_span;
    }
    if first.quantity.is_none() {
        first.quantity = later.quantity;
    }
}

fn dedupe_key(e: &Event) -> (String, String, String) {
    let source = e.source.as_ref().map_or(String::new(), |a| a.code.clone());
    let target = e.target.as_ref().map_or(String::new(), |a| a.code.clone());
    let (a, b) = if e.symmetric && target < source { (target, source) } else { (source, target) };
    (a, b, e.code.clone())
}

fn confidence(modality: Modality, m: &Match) -> f32 {
    let base = match modality {
        Modality::Asserted => 0.8,
        Modality::Reported => 0.7,
        Modality::Planned => 0.6,
        Modality::Speculated => 0.4,
        Modality::Negated => 0.3,
    };
    if m.passive {
        base - 0.1
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use dossier_core::{Entity, Mention, TokenKind};
    use proptest::prelude::*;

    use super::*;

    /// Pattern words in several cases, title words, function words and
    /// punctuation; some glued to the word before.
    const WORDS: &[&str] = &[
        "fired", "Fires", "LAUNCHED", "launch", "test-fired", "conducted", "closes", "expelled", "seized", "missiles",
        "missile", "rockets", "nuclear", "test", "embassy", "diplomats", "ships", "met", "visited", "and", "with",
        "talks", "between", "was", "by", "the", "a", "to", "from", "President", "Foreign", "Minister", ",", ".",
        "“", "”", "—", "-", "'s", "’s", "élysée", "Über", "on", "said", "if", "that",
    ];

    /// A one-sentence document of `words` whose only mention covers `len`
    /// bytes from `from` (modulo the text's length) (clamped to char boundaries), of an entity
    /// of `kind`.
    fn one_actor_doc(words: &[(&str, bool)], from: usize, len: usize, kind: EntityKind) -> Document {
        let mut d = Document::new("t", "t", "");
        let mut text = String::new();
        for &(word, glued) in words {
            if !glued && !text.is_empty() {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(word);
            let kind = if word.starts_with(char::is_alphanumeric) { TokenKind::Word } else { TokenKind::Punct };
            d.annotations.tokens.push(Token { span: Span::new(start, text.len()), kind });
        }
        let boundary = |mut at: usize| {
            at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let from = from % text.len().max(1);
        let (start, end) = (boundary(from), boundary(from + len));
        d.annotations.sentences.push(Span::new(0, text.len()));
        if start < end {
            d.annotations.mentions.push(Mention { span: Span::new(start, end), entity: 0, adjectival: false });
        }
        let entity = Entity { id: "e".into(), name: "e".into(), kind, code: Some("RUS".into()), wikidata: None, country: None };
        d.annotations.entities.push(entity);
        d.text = text;
        d
    }

    fn sentence() -> impl Strategy<Value = (Vec<(&'static str, bool)>, usize, usize, EntityKind)> {
        let word = (prop::sample::select(WORDS), prop::bool::weighted(0.15));
        let kind = prop::sample::select(vec![EntityKind::Country, EntityKind::Person, EntityKind::Organization]);
        (prop::collection::vec(word, 1..14), 0usize..90, 1usize..20, kind)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// The single-actor shortcut never skips a sentence where some
        /// pattern matches.
        #[test]
        fn a_skipped_single_actor_sentence_matches_no_pattern((words, from, len, kind) in sentence()) {
            let stage = EventStage::default();
            let d = one_actor_doc(&words, from, len, kind);
            let ann = &d.annotations;
            let sentence = ann.sentences[0];
            prop_assume!(ann.mentions.len() == 1);
            if !stage.may_code_single_actor(&d.text, ann.tokens_in(sentence), ann.mentions[0].span) {
                let row = Row::new(&d.text, ann, sentence, &stage.lexicon);
                for anchor in 0..row.len() {
                    prop_assert!(stage.best_match(&row, anchor).is_none(), "{:?} at item {}", d.text, anchor);
                }
            }
        }
    }

    #[test]
    fn a_single_actor_sentence_without_a_target_pattern_is_skipped() {
        let stage = EventStage::default();
        let words = [("Russia", false), ("met", false), ("officials", false), ("in", false), ("the", false), ("capital", false)];
        let d = one_actor_doc(&words, 0, 6, EntityKind::Country);
        assert!(!stage.may_code_single_actor(&d.text, &d.annotations.tokens, d.annotations.mentions[0].span));
        let words = [("Russia", false), ("FIRED", false), ("two", false), ("missiles", false)];
        let d = one_actor_doc(&words, 0, 6, EntityKind::Country);
        assert!(stage.may_code_single_actor(&d.text, &d.annotations.tokens, d.annotations.mentions[0].span));
    }
}
