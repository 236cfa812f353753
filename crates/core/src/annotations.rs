//! What stages add to a document. All spans are byte spans into
//! [`crate::Document::text`]; entities are referred to by their index in
//! [`Annotations::entities`].

use std::sync::Arc;

use crate::{DateValue, Span};

/// Everything the pipeline has found in one document.
#[derive(Clone, Debug, Default)]
pub struct Annotations {
    /// Paragraphs, in order, covering the text but for blank lines.
    pub paragraphs: Vec<Span>,
    /// Sentences, in order; each lies inside one paragraph.
    pub sentences: Vec<Span>,
    /// Words, numbers and punctuation, in order.
    pub tokens: Vec<Token>,
    /// Distinct actors and places, each with all its mentions.
    pub entities: Vec<Entity>,
    /// Every mention of every entity, in text order.
    pub mentions: Vec<Mention>,
    /// Temporal expressions resolved against the publication date.
    pub dates: Vec<TimeExpr>,
    /// Number phrases ("over 1,000 containers").
    pub quantities: Vec<Quantity>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
}

impl Annotations {
    /// Index of the sentence containing byte `at`, if any.
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= at);
        (i < self.sentences.len() && self.sentences[i].start <= at).then_some(i)
    }

    /// Mentions starting inside `span`, in text order (mentions never
    /// cross a sentence boundary).
    pub fn mentions_in(&self, span: Span) -> &[Mention] {
        let from = self.mentions.partition_point(|m| m.span.start < span.start);
        let to = self.mentions.partition_point(|m| m.span.start < span.end);
        &self.mentions[from..to.max(from)]
    }

    /// Tokens lying inside `span`.
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let from = self.tokens.partition_point(|t| t.span.start < span.start);
        let to = self.tokens.partition_point(|t| t.span.end <= span.end);
        &self.tokens[from..to.max(from)]
    }
}

/// The tokens of each sentence in turn, as [`Annotations::tokens_in`]
/// gives them, found by walking on from the previous sentence: stages that
/// visit every sentence would otherwise pay two binary searches over the
/// whole document per sentence. Tokens are in text order; a sentence that
/// starts or ends before the previous one restarts the walk.
pub struct SentenceTokens<'a> {
    tokens: &'a [Token],
    /// The first token not starting before the last sentence.
    from: usize,
    /// The first token ending after the last sentence.
    to: usize,
    last: Span,
}

impl<'a> SentenceTokens<'a> {
    pub fn new(tokens: &'a [Token]) -> Self {
        SentenceTokens { tokens, from: 0, to: 0, last: Span::new(0, 0) }
    }

    /// The tokens inside `sentence`.
    pub fn of(&mut self, sentence: Span) -> &'a [Token] {
        if sentence.start < self.last.start || sentence.end < self.last.end {
            (self.from, self.to) = (0, 0);
        }
        // The tokens up to the end of the last sentence all start before
        // this one when it starts after that end: the walk jumps over them
        // instead of passing them a second time. (Not when it starts right
        // at that end: an empty token there belongs to both.)
        if sentence.start > self.last.end {
            self.from = self.from.max(self.to);
        }
        self.last = sentence;
        let tokens = self.tokens;
        while self.from < tokens.len() && tokens[self.from].span.start < sentence.start {
            self.from += 1;
        }
        self.to = self.to.max(self.from);
        while self.to < tokens.len() && tokens[self.to].span.end <= sentence.end {
            self.to += 1;
        }
        &tokens[self.from..self.to]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Country,
    Person,
    Organization,
    Location,
}

impl EntityKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
        }
    }
}

/// One real-world actor or place, resolved within a document.
///
/// The strings are shared: an entity of a gazetteer record takes its
/// record's strings without copying them, as most entities of most
/// documents are such (a country named in a document is one clone of four
/// counts, not four allocations).
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// Wikidata QID where known, else a slug such as `person:hong-min`.
    pub id: Arc<str>,
    pub name: Arc<str>,
    pub kind: EntityKind,
    /// CAMEO-style actor code (`PRK`, `RUSGOV`, `IGOUNO`); `None` when the
    /// entity is not a political actor.
    pub code: Option<Arc<str>>,
    pub wikidata: Option<Arc<str>>,
    /// Index of the country this entity belongs to, if any (a minister's
    /// state, a ministry's government).
    pub country: Option<usize>,
}

/// One place in the text where an entity is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub entity: usize,
    /// The mention is a demonym or adjective ("Russian", "North Korean").
    pub adjectival: bool,
}

/// A resolved temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    pub span: Span,
    pub value: DateValue,
    /// The expression points after the publication date ("will visit on
    /// the 18th" → the next 18th).
    pub future: bool,
}

/// A number phrase: "over 1,000 containers" → 1000 containers.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub span: Span,
    pub value: f64,
    pub unit: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Modality {
    Asserted,
    Reported,
    Speculated,
    Planned,
    Negated,
}

impl Modality {
    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Speculated => "speculated",
            Modality::Planned => "planned",
            Modality::Negated => "negated",
        }
    }
}

/// An actor in an event: the entity and the code it acts under.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorRef {
    pub entity: usize,
    pub code: String,
}

/// One CAMEO-coded interaction.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// CAMEO event code, 2 to 4 digits ("042", "1123").
    pub code: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    pub quad: u8,
    pub goldstein: f32,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    pub date: Option<DateValue>,
    pub date_span: Option<Span>,
    /// Index into [`Annotations::quantities`].
    pub quantity: Option<usize>,
    /// Entity index of where it happened.
    pub location: Option<usize>,
    pub modality: Modality,
    /// Entity index of who reported or claimed it.
    pub attributed_to: Option<usize>,
    pub sentence: Span,
    pub confidence: f32,
    /// Meetings, talks and agreements: direction carries no meaning.
    pub symmetric: bool,
}

impl Event {
    /// The CAMEO root: the first two digits of the code.
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }
}

/// Speech or writing attributed to a speaker.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Entity index of the speaker; `None` for unnamed sources.
    pub speaker: Option<usize>,
    /// The speaker as written ("Hong Min", "a government official").
    pub speaker_name: String,
    pub affiliation: Option<String>,
    /// The quoted words (direct; the pieces of a quote split by "he said"
    /// joined by a space) or the reported content (indirect).
    pub text: String,
    pub direct: bool,
    /// The whole quotation with its attribution.
    pub span: Span,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One-letter words separated by spaces: token `i` spans `2i..2i+1`.
    fn words(n: usize) -> Annotations {
        let tokens = (0..n).map(|i| Token { span: Span::new(2 * i, 2 * i + 1), kind: TokenKind::Word }).collect();
        Annotations { tokens, ..Annotations::default() }
    }

    #[test]
    fn the_walk_finds_what_the_binary_searches_find() {
        let ann = words(12);
        let layouts: [&[(usize, usize)]; 4] = [
            &[(0, 5), (6, 11), (12, 23)],
            &[(0, 5), (5, 5), (5, 13), (14, 30)],
            // Out of order, and one inside another: the walk restarts.
            &[(10, 17), (2, 7), (0, 23), (4, 9)],
            &[(1, 4), (3, 3), (22, 23)],
        ];
        for layout in layouts {
            let mut walk = SentenceTokens::new(&ann.tokens);
            for &(start, end) in layout {
                let sentence = Span::new(start, end);
                assert_eq!(walk.of(sentence), ann.tokens_in(sentence), "{layout:?} at {sentence:?}");
            }
        }
    }

    proptest::proptest! {
        /// Any run of sentences, touching, overlapping, empty or out of
        /// order, over tokens (some empty) with gaps between them.
        #[test]
        fn the_walk_finds_what_the_binary_searches_find_for_any_sentences(
            widths in proptest::collection::vec((0usize..4, 0usize..3), 0..30),
            mut sentences in proptest::collection::vec((0usize..120, 0usize..40), 0..12),
            in_order: bool,
        ) {
            if in_order {
                sentences.sort_unstable();
            }
            let mut at = 0;
            let tokens = widths.iter().map(|&(len, gap)| {
                let token = Token { span: Span::new(at + gap, at + gap + len), kind: TokenKind::Word };
                at += gap + len;
                token
            }).collect();
            let ann = Annotations { tokens, ..Annotations::default() };
            // Sentences start and end at token edges, as the segmenter's
            // do, or anywhere.
            let edges: Vec<usize> = ann.tokens.iter().flat_map(|t| [t.span.start, t.span.end]).collect();
            let at_edge = |n: usize| edges.get(n % edges.len().max(1)).copied().unwrap_or(n);
            let mut walk = SentenceTokens::new(&ann.tokens);
            for (start, len) in sentences {
                let sentence = if start % 3 == 0 {
                    Span::new(start, start + len)
                } else {
                    let (a, b) = (at_edge(start), at_edge(start + len));
                    Span::new(a.min(b), a.max(b))
                };
                proptest::prop_assert_eq!(walk.of(sentence), ann.tokens_in(sentence), "at {:?}", sentence);
            }
        }
    }
}
