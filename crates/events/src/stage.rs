//! The event stage: patterns matched on every sentence, turned into events.

use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::path::PathBuf;

use dossier_core::{ActorRef, Annotations, Document, EntityKind, Event, Layer, Mention, Modality, Span, Stage, TimeExpr, Token};

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

    /// Codes every sentence of `doc`, filling `row` with each that may
    /// hold an event.
    fn code_sentences(&self, doc: &Document, row: &mut Row, coded: &mut Coded) {
        let mut mentions = SentenceMentions::new(&doc.annotations.mentions);
        for &sentence in &doc.annotations.sentences {
            self.code_sentence(doc, sentence, mentions.of(sentence), row, coded);
        }
    }

    /// Codes `sentence`, whose actor mentions are `mentions`, filling `row`
    /// with it when it may hold an event.
    fn code_sentence(&self, doc: &Document, sentence: Span, mentions: &[Mention], row: &mut Row, coded: &mut Coded) {
        let ann = &doc.annotations;
        let mut tokens = None;
        if !self.may_code_reading(doc, sentence, mentions, &mut tokens) {
            return;
        }
        let tokens = tokens.unwrap_or_else(|| ann.tokens_in(sentence));
        row.fill(&doc.text, ann, sentence, tokens, mentions, &self.lexicon);
        self.code_row(doc, row, sentence, coded);
    }

    /// Codes the events of `row`, the items of `sentence`.
    fn code_row(&self, doc: &Document, row: &Row, sentence: Span, coded: &mut Coded) {
        // Most items anchor no pattern, and are passed with one test.
        for anchor in (0..row.len()).filter(|&i| row.is_anchor(i)) {
            if let Some((pattern, m)) = self.best_match(row, anchor) {
                self.code_match(doc, row, sentence, pattern, &m, coded);
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

    /// Whether `sentence`, whose actor mentions are `mentions`, may hold an
    /// event, decided without building its row (most sentences cannot). An
    /// event's source is an actor with a code, and its target, unless its
    /// pattern has none, an actor of another state (see [`same_state`]):
    /// when the mentions name fewer than two states, only a pattern without
    /// a target can code an event, so some item must be one of their
    /// anchors. An actor's text, which holds its mention's, is looked up as
    /// an anchor like any item; the other items are tokens.
    #[cfg(test)]
    fn may_code(&self, doc: &Document, sentence: Span, mentions: &[Mention]) -> bool {
        self.may_code_reading(doc, sentence, mentions, &mut None)
    }

    /// [`EventStage::may_code`], which leaves in `tokens` the sentence's
    /// tokens when it had to read them, so that they are looked up once.
    fn may_code_reading<'d>(&self, doc: &'d Document, sentence: Span, mentions: &[Mention], tokens: &mut Option<&'d [Token]>) -> bool {
        let ann = &doc.annotations;
        let mut states = mentions.iter().filter_map(|m| actor_code(ann, m.entity)).map(state_of);
        let Some(first) = states.next() else { return false };
        if states.any(|state| state != first) {
            return true;
        }
        let text = &doc.text;
        mentions.iter().any(|m| self.patterns.may_be_in_solo_anchor(slice(text, m.span)))
            || self.solo_anchor_outside(text, tokens.insert(ann.tokens_in(sentence)), mentions)
    }

    /// Whether a token outside `mentions` may be the anchor of a pattern
    /// without a target; a token a mention cuts in two is taken to be one.
    /// Most tokens touch no mention and are turned away by the quick test
    /// of [`Patterns::may_be_solo_anchor`], read from their bytes.
    fn solo_anchor_outside(&self, text: &str, tokens: &[Token], mentions: &[Mention]) -> bool {
        let mut m = 0;
        // The span of mention `m`, none past the last.
        let mut next = mentions.first().map_or(Span::new(usize::MAX, usize::MAX), |x| x.span);
        tokens.iter().any(|token| {
            let span = token.span;
            // Before mention `m` and not past its end: the walk stays, and
            // mentions come by their starts, so none touches the token.
            if span.end <= next.start && span.start < next.end {
                return self.patterns.may_be_solo_anchor_at(text, span);
            }
            while mentions.get(m).is_some_and(|x| x.span.end <= span.start) {
                m += 1;
            }
            next = mentions.get(m).map_or(Span::new(usize::MAX, usize::MAX), |x| x.span);
            let touched = match mentions.get(m) {
                Some(x) if x.span.start < span.end => cut_or_outside(&mentions[m..], span),
                _ => None,
            };
            touched.unwrap_or_else(|| self.patterns.may_be_solo_anchor_at(text, span))
        })
    }

    /// [`EventStage::solo_anchor_outside`] as it was written first, one
    /// mention test per token: the tests' reference.
    #[cfg(test)]
    fn solo_anchor_outside_simply(&self, text: &str, tokens: &[Token], mentions: &[Mention]) -> bool {
        let mut m = 0;
        tokens.iter().any(|token| {
            let span = token.span;
            while mentions.get(m).is_some_and(|x| x.span.end <= span.start) {
                m += 1;
            }
            let mut overlapping = mentions[m..].iter().take_while(|x| x.span.start < span.end).filter(|x| x.span.overlaps(span)).peekable();
            if overlapping.peek().is_none() {
                self.patterns.may_be_solo_anchor(slice(text, span))
            } else {
                !overlapping.all(|x| x.span.contains(span))
            }
        })
    }

    /// Adds the events of match `m` of `pattern`, one per source and
    /// target, to `events`, or completes the same event reported earlier.
    fn code_match(&self, doc: &Document, row: &Row, sentence: Span, pattern: &Pattern, m: &Match, coded: &mut Coded) {
        let ann = &doc.annotations;
        let clause = m.sources.iter().chain(&m.targets).copied().min().unwrap_or(m.first).min(m.first);
        if cues::is_hypothetical(row, m.anchor) {
            return;
        }
        let code = self.code_for(row, pattern, m);
        let Some(info) = self.codebook.get(code) else { return };
        let mut modality = self.cues.modality(row, clause, m.anchor);
        let attributed_to = cues::attribution(row, clause).or_else(|| cues::trailing_attribution(row, m.last));
        if attributed_to.is_some() && modality == Modality::Asserted {
            modality = Modality::Reported;
        }
        let anchor_at = row.items[m.anchor].span.start;
        let date = pick_date(ann, sentence, anchor_at);
        let region = Span::new(anchor_at, row.items[m.last].span.end);
        let quantity = ann.quantities.iter().position(|q| region.contains(q.span));
        let targets = if pattern.no_target { 1 } else { m.targets.len() };
        for &s in &m.sources {
            let Some(source) = row.items[s].actor().and_then(|e| Some((e, actor_code(ann, e)?))) else { continue };
            for k in 0..targets {
                let target = if pattern.no_target { None } else { row.items[m.targets[k]].actor() };
                let target = match target {
                    Some(t) => match actor_code(ann, t) {
                        Some(code) => Some((t, code)),
                        None => continue,
                    },
                    None => None,
                };
                let (source, target) = match (pattern.flip, target) {
                    (true, Some(t)) => (t, Some(source)),
                    (_, t) => (source, t),
                };
                if target.is_some_and(|(_, t)| same_state(t, source.1)) {
                    continue;
                }
                if let Some(first) = coded.find(source.1, target.map_or("", |(_, t)| t), code, pattern.symmetric) {
                    complete_from_later_mention(&mut coded.events[first], date, quantity);
                    continue;
                }
                let actor = |(entity, code): (usize, &str)| ActorRef { entity, code: code.to_string() };
                coded.push_found(Event {
                    code: code.to_string(),
                    quad: info.quad,
                    goldstein: info.goldstein,
                    source: Some(actor(source)),
                    target: target.map(actor),
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
    }

    /// The pattern's code, or for transfers the code of what is transferred.
    fn code_for<'a>(&'a self, row: &Row, pattern: &'a Pattern, m: &Match) -> &'a str {
        if pattern.objects {
            for i in m.anchor..=m.last.min(row.len().saturating_sub(1)) {
                if let Some(code) = self.objects.code_of(row.word(i)) {
                    return code;
                }
            }
        }
        &pattern.code
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
        let mut coded = Coded::default();
        ROW.with(|row| match row.try_borrow_mut() {
            Ok(mut row) => {
                self.code_sentences(doc, &mut row, &mut coded);
                row.shed_if_oversized();
            }
            Err(_) => self.code_sentences(doc, &mut Row::default(), &mut coded),
        });
        doc.annotations.events = coded.events;
    }
}

thread_local! {
    /// The row each thread fills, kept from document to document: its
    /// buffers grow to a long sentence's size once rather than again in
    /// every document (a fresh row per document spent more on growing
    /// them than on some of the work).
    static ROW: RefCell<Row> = RefCell::new(Row::default());
}

/// Whether `text` is a verb-pattern dictionary.
pub fn is_pattern_file(text: &str) -> bool {
    dossier_core::tsv::without_bom(text).lines().map(str::trim_end).find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        == Some(PATTERN_HEADER)
}

/// For a token that some of `mentions` (those from the first that starts
/// before its end) overlap: whether it is not wholly inside them, which
/// [`EventStage::solo_anchor_outside`] takes as a possible anchor; none
/// when no mention overlaps it.
fn cut_or_outside(mentions: &[Mention], token: Span) -> Option<bool> {
    let mut overlapping = mentions.iter().take_while(|x| x.span.start < token.end).filter(|x| x.span.overlaps(token)).peekable();
    overlapping.peek()?;
    Some(!overlapping.all(|x| x.span.contains(token)))
}

/// The mentions of each sentence in turn, as [`Annotations::mentions_in`]
/// gives them, found by walking on from the previous sentence instead of
/// two binary searches over the document per sentence. Mentions are in
/// the order of their starts; a sentence that starts or ends before the
/// previous one restarts the walk.
struct SentenceMentions<'a> {
    mentions: &'a [Mention],
    /// The first mention not starting before the last sentence.
    from: usize,
    /// The first mention not starting before the last sentence's end.
    to: usize,
    last: Span,
}

impl<'a> SentenceMentions<'a> {
    fn new(mentions: &'a [Mention]) -> Self {
        SentenceMentions { mentions, from: 0, to: 0, last: Span::new(0, 0) }
    }

    /// The mentions starting inside `sentence`.
    fn of(&mut self, sentence: Span) -> &'a [Mention] {
        if sentence.start < self.last.start || sentence.end < self.last.end {
            (self.from, self.to) = (0, 0);
        }
        self.last = sentence;
        let mentions = self.mentions;
        while self.from < mentions.len() && mentions[self.from].span.start < sentence.start {
            self.from += 1;
        }
        self.to = self.to.max(self.from);
        while self.to < mentions.len() && mentions[self.to].span.start < sentence.end {
            self.to += 1;
        }
        &mentions[self.from..self.to]
    }
}

/// The code of the actor an entity acts as: its own, or for a place, its
/// state's.
fn actor_code(ann: &Annotations, entity: usize) -> Option<&str> {
    let e = ann.entities.get(entity)?;
    match (&e.code, e.kind) {
        (Some(code), _) => Some(code),
        (None, EntityKind::Location) => ann.entities.get(e.country?)?.code.as_deref(),
        _ => None,
    }
}

/// The text of `span`, or "" when it does not fit ([`Span::of`], which
/// is not inlined across crates).
#[inline]
fn slice(text: &str, span: Span) -> &str {
    text.get(span.start..span.end).unwrap_or("")
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
fn pick_date(ann: &Annotations, sentence: Span, anchor: usize) -> Option<&TimeExpr> {
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
fn complete_from_later_mention(first: &mut Event, date: Option<&TimeExpr>, quantity: Option<usize>) {
    if first.date.is_none() && date.is_some() {
        first.date = date.map(|d| d.value);
        first.date_span = date.map(|d| d.span);
    }
    if first.quantity.is_none() {
        first.quantity = quantity;
    }
}

/// A document's events so far, found by source, target and code: an
/// event is reported once.
#[derive(Default)]
struct Coded {
    events: Vec<Event>,
    /// Once there are more than [`FEW_EVENTS`] events, the index in
    /// `events` of each key; empty until then.
    at: HashMap<Vec<u8>, usize>,
    /// The key last looked for in `at`, built in place to spare an
    /// allocation per lookup.
    key: Vec<u8>,
}

/// Up to this many events a document's events are searched in turn: most
/// documents hold a few, and comparing their codes costs less than
/// building a key, hashing it and growing a map for each document.
const FEW_EVENTS: usize = 16;

impl Coded {
    /// The index of the event of `source`, `target` ("" for none) and
    /// `code`, in either direction when `symmetric`.
    fn find(&mut self, source: &str, target: &str, code: &str, symmetric: bool) -> Option<usize> {
        let key = ordered_key(source, target, code, symmetric);
        if self.events.len() <= FEW_EVENTS {
            return self.events.iter().position(|e| key_of(e) == key);
        }
        encode_key(key, &mut self.key);
        self.at.get(self.key.as_slice()).copied()
    }

    /// Adds `event`, which [`Coded::find`] did not find.
    fn push_found(&mut self, event: Event) {
        self.events.push(event);
        let len = self.events.len();
        if len <= FEW_EVENTS {
            return;
        }
        // The first time past the few, every event is keyed; after, the new one.
        let from = if len == FEW_EVENTS + 1 { 0 } else { len - 1 };
        for (i, e) in self.events.iter().enumerate().skip(from) {
            encode_key(key_of(e), &mut self.key);
            self.at.insert(self.key.clone(), i);
        }
    }
}

/// An event's key: its source's and target's codes ("" for none), in
/// order when `symmetric`, and its code.
#[inline]
fn ordered_key<'a>(source: &'a str, target: &'a str, code: &'a str, symmetric: bool) -> (&'a str, &'a str, &'a str) {
    if symmetric && target < source {
        (target, source, code)
    } else {
        (source, target, code)
    }
}

/// The key [`Coded::find`] looks for to find `event`.
#[inline]
fn key_of(event: &Event) -> (&str, &str, &str) {
    ordered_key(actor_code_of(&event.source), actor_code_of(&event.target), &event.code, event.symmetric)
}

/// The code of an event's actor, "" for none.
#[inline]
fn actor_code_of(actor: &Option<ActorRef>) -> &str {
    actor.as_ref().map_or("", |a| a.code.as_str())
}

/// `key` as the bytes of [`Coded::at`]: each part's length first, so
/// that no two keys run together.
fn encode_key((a, b, code): (&str, &str, &str), into: &mut Vec<u8>) {
    into.clear();
    for part in [a, b, code] {
        into.extend_from_slice(&part.len().to_le_bytes());
        into.extend_from_slice(part.as_bytes());
    }
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
    use std::sync::LazyLock;

    use dossier_core::{Entity, TokenKind};
    use proptest::prelude::*;

    use super::*;

    /// Pattern words in several cases, title words, function words,
    /// punctuation and names; some glued to the word before.
    const WORDS: &[&str] = &[
        "fired", "Fires", "LAUNCHED", "launch", "test-fired", "conducted", "closes", "expelled", "seized", "missiles",
        "missile", "rockets", "nuclear", "test", "embassy", "diplomats", "ships", "met", "visited", "and", "with",
        "talks", "between", "was", "by", "the", "a", "to", "from", "President", "Foreign", "Minister", ",", ".",
        "“", "”", "—", "-", "'s", "’s", "élysée", "Über", "on", "said", "if", "that", "Russia", "Kremlin", "Moscow",
        "Washington", "Reuters", "Kim", "Seoul", "Lavrov",
    ];

    /// The entities of the test documents: (name, kind, code, country).
    const ENTITIES: &[(&str, EntityKind, Option<&str>, Option<usize>)] = &[
        ("Russia", EntityKind::Country, Some("RUS"), None),
        ("Kremlin", EntityKind::Organization, Some("RUSGOV"), None),
        ("Moscow", EntityKind::Location, None, Some(0)),
        ("Washington", EntityKind::Country, Some("USA"), None),
        ("Reuters", EntityKind::Organization, None, None),
        ("Kim", EntityKind::Person, Some("PRKGOV"), None),
        ("Seoul", EntityKind::Location, None, Some(7)),
        ("Korea", EntityKind::Country, None, None),
        ("Lavrov", EntityKind::Person, Some("RUSGOV"), None),
    ];

    /// A one-sentence document of `words`. Each name of [`ENTITIES`] is a
    /// mention, and so are `len` bytes from `from` (modulo the text's
    /// length, clamped to char boundaries), when they overlap no other
    /// mention, of entity `entity`.
    fn document(words: &[(&str, bool)], from: usize, len: usize, entity: usize) -> Document {
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
            if let Some(e) = ENTITIES.iter().position(|(name, ..)| *name == word) {
                d.annotations.mentions.push(Mention { span: Span::new(start, text.len()), entity: e, adjectival: false });
            }
        }
        let boundary = |mut at: usize| {
            at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let from = from % text.len().max(1);
        let random = Span::new(boundary(from), boundary(from + len));
        if !random.is_empty() && !d.annotations.mentions.iter().any(|m| m.span.overlaps(random)) {
            d.annotations.mentions.push(Mention { span: random, entity, adjectival: false });
            d.annotations.mentions.sort_by_key(|m| m.span.start);
        }
        d.annotations.sentences.push(Span::new(0, text.len()));
        for &(name, kind, code, country) in ENTITIES {
            let code = code.map(Into::into);
            d.annotations.entities.push(Entity { id: name.into(), name: name.into(), kind, code, wikidata: None, country });
        }
        d.text = text;
        d
    }

    fn sentence() -> impl Strategy<Value = (Vec<(&'static str, bool)>, usize, usize, usize)> {
        let word = (prop::sample::select(WORDS), prop::bool::weighted(0.15));
        (prop::collection::vec(word, 1..14), 0usize..90, 0usize..20, 0..ENTITIES.len())
    }

    /// The events of the document's only sentence, coded with or without
    /// the shortcut.
    fn events(stage: &EventStage, d: &Document, shortcut: bool) -> Vec<Event> {
        let ann = &d.annotations;
        let sentence = ann.sentences[0];
        let mut coded = Coded::default();
        if !shortcut || stage.may_code(d, sentence, ann.mentions_in(sentence)) {
            let row = Row::new(&d.text, ann, sentence, &stage.lexicon);
            stage.code_row(d, &row, sentence, &mut coded);
        }
        coded.events
    }

    /// The stage with the embedded data, read once for every case.
    static STAGE: LazyLock<EventStage> = LazyLock::new(EventStage::default);

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// The shortcut never skips a sentence that holds an event.
        #[test]
        fn skipped_sentences_hold_no_event((words, from, len, entity) in sentence()) {
            let d = document(&words, from, len, entity);
            prop_assert_eq!(events(&STAGE, &d, true), events(&STAGE, &d, false), "{:?}", d.text);
        }

        /// The token walk that skips the mention test before the next
        /// mention answers as the walk testing every token.
        #[test]
        fn solo_anchor_walk_answers_as_the_simple_one((words, from, len, entity) in sentence()) {
            let d = document(&words, from, len, entity);
            let ann = &d.annotations;
            let tokens = ann.tokens_in(ann.sentences[0]);
            prop_assert_eq!(
                STAGE.solo_anchor_outside(&d.text, tokens, &ann.mentions),
                STAGE.solo_anchor_outside_simply(&d.text, tokens, &ann.mentions),
                "{:?}", d.text
            );
        }

        /// The row's shortcut for tokens before the next mention, and its
        /// one-byte items, answer as the walk at every token and the text.
        #[test]
        fn rows_are_filled_as_by_the_walk_at_every_token((words, from, len, entity) in sentence()) {
            let d = document(&words, from, len, entity);
            let sentence = d.annotations.sentences[0];
            let row = Row::new(&d.text, &d.annotations, sentence, &STAGE.lexicon);
            prop_assert_eq!(&row, &Row::walking_every_token(&d.text, &d.annotations, sentence, &STAGE.lexicon), "{:?}", d.text);
            for i in 0..row.len() + 2 {
                for b in [b',', b';', b'.', b'-', b'a'] {
                    prop_assert_eq!(row.is_char(i, b), row.word(i).as_bytes() == [b]);
                }
            }
        }

        /// The solo-anchor test of a span answers as the test of its text.
        #[test]
        fn solo_anchor_test_of_a_span_answers_as_of_its_text(text in "([a-zA-Z -]|é|“){0,14}", start in 0usize..16, len in 0usize..12) {
            let span = Span::new(start, start + len);
            prop_assert_eq!(STAGE.patterns.may_be_solo_anchor_at(&text, span), STAGE.patterns.may_be_solo_anchor(slice(&text, span)));
        }

        /// Events are found, among few or many, as by a map of every key.
        #[test]
        fn events_are_found_as_by_a_map(calls in prop::collection::vec((0usize..4, 0usize..5, 0usize..3, any::<bool>()), 0..80)) {
            const CODES: &[&str] = &["RUS", "USA", "PRKGOV", "IGOUNO"];
            let mut coded = Coded::default();
            let mut map: std::collections::HashMap<(String, String, String), usize> = Default::default();
            for (s, t, c, symmetric) in calls {
                let (source, target, code) = (CODES[s], CODES.get(t).copied().unwrap_or(""), ["042", "190", "1123"][c]);
                let (a, b, _) = ordered_key(source, target, code, symmetric);
                let expected = map.get(&(a.to_string(), b.to_string(), code.to_string())).copied();
                prop_assert_eq!(coded.find(source, target, code, symmetric), expected);
                if expected.is_none() {
                    map.insert((a.to_string(), b.to_string(), code.to_string()), coded.events.len());
                    let actor = |code: &str| ActorRef { entity: 0, code: code.to_string() };
                    coded.push_found(Event {
                        code: code.to_string(),
                        quad: 1,
                        goldstein: 0.0,
                        source: Some(actor(source)),
                        target: (!target.is_empty()).then(|| actor(target)),
                        date: None,
                        date_span: None,
                        quantity: None,
                        location: None,
                        modality: Modality::Asserted,
                        attributed_to: None,
                        sentence: Span::new(0, 0),
                        confidence: 0.8,
                        symmetric,
                    });
                }
            }
        }

        /// Walking the mentions sentence after sentence finds those of
        /// the binary searches, in order or not.
        #[test]
        fn mentions_are_walked_as_found_by_search(
            starts in prop::collection::vec((0usize..200, 0usize..12), 0..12),
            sentences in prop::collection::vec((0usize..220, 0usize..60), 1..8),
        ) {
            let mut ann = Annotations::default();
            let mut starts = starts;
            starts.sort();
            for (start, len) in starts {
                ann.mentions.push(Mention { span: Span::new(start, start + len), entity: 0, adjectival: false });
            }
            let mut walk = SentenceMentions::new(&ann.mentions);
            for (start, len) in sentences {
                let sentence = Span::new(start, start + len);
                prop_assert_eq!(walk.of(sentence), ann.mentions_in(sentence));
            }
        }
    }

    #[test]
    fn sentences_that_cannot_hold_an_event_are_skipped() {
        let stage = EventStage::default();
        let words = |s: &'static str| s.split(' ').map(|w| (w, false)).collect::<Vec<_>>();
        let may_code = |s: &'static str| {
            let d = document(&words(s), 0, 0, 0);
            stage.may_code(&d, d.annotations.sentences[0], &d.annotations.mentions)
        };
        assert!(!may_code("Russia met officials in the capital"));
        assert!(!may_code("the Kremlin met Russia in Moscow"), "one state");
        assert!(!may_code("Reuters met Korea"), "no actor codes");
        assert!(may_code("Russia FIRED two missiles"));
        assert!(may_code("the Kremlin met Washington"));
        assert!(may_code("Kim met Moscow"), "a place acts as its state");
        assert!(!may_code("Lavrov met Seoul"), "a place of a state without a code is no actor");
    }
}
