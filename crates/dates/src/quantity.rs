//! The quantity stage: number phrases ("over 1,000 containers") with the
//! value and the thing counted.

use dossier_core::{Document, Layer, Quantity, Span, Stage, TimeExpr};

use crate::numbers::{may_open, number_at, read_number, Number};
use crate::view::{visit_sentences, Candidates, SentenceWalk, Words};
use crate::words::{self, lookup, month, weekday, year, WordSet, FUNCTION_WORDS};

/// Hedges taken into the span before a number; the value stays the
/// number given ("over a million" → 1,000,000).
const HEDGES: &[&[&str]] = &[
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["up", "to"],
    &["at", "least"],
    &["close", "to"],
    &["upwards", "of"],
    &["an", "estimated"],
    &["over"],
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["some"],
    &["approximately"],
    &["roughly"],
    &["estimated"],
];

/// Words before a number that make it a label, not a count.
const LABELS: &[&str] = &[
    "page", "p.", "pp.", "no.", "nos.", "number", "article", "section", "chapter", "resolution", "#", "vol.",
    "volume", "route", "flight", "room", "tel", "tel.", "phone", "paragraph", "table", "figure", "fig.", "aged",
    "age", "ages", "version", "episode", "grade", "level", "division", "unit", "model", "line", "gate", "platform",
];

/// Currency signs before a number and the unit they give.
const CURRENCIES: &[(&str, &str)] = &[("$", "dollars"), ("€", "euros"), ("£", "pounds"), ("¥", "yen"), ("₩", "won")];

static LABEL_SET: WordSet = WordSet::new(LABELS);

/// Words after a number that make it a time of day.
const CLOCK: &[&str] = &["a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "utc", "kst", "hours", ":"];
static CLOCK_SET: WordSet = WordSet::new(CLOCK);

/// The last word of every hedge: the word before a number that is in
/// none of them opens no hedge, which one lookup says.
static HEDGE_ENDS: WordSet = WordSet::new(&hedge_ends());

const fn hedge_ends() -> [&'static str; HEDGES.len()] {
    let mut ends = [""; HEDGES.len()];
    let mut k = 0;
    while k < HEDGES.len() {
        ends[k] = HEDGES[k][HEDGES[k].len() - 1];
        k += 1;
    }
    ends
}

/// Words before "one" that make it a pronoun ("no one", "the one").
const PRONOUN_ONE_BEFORE: &[&str] = &["no", "any", "every", "each", "the", "this", "that", "which", "someone", "such"];

/// Longest unit read after a number, in words.
const MAX_UNIT_WORDS: usize = 4;

/// Below this, a number with nothing counted and no hedge is left out:
/// small bare figures are list items, scores or times, not quantities.
const MIN_BARE_VALUE: f64 = 1000.0;

/// Finds number phrases. The value is the number as written, scaled
/// ("2.5 million" → 2,500,000); vague plurals give the order of magnitude
/// they name ("hundreds of" → 100, "tens of thousands of" → 10,000), a
/// floor and not a guess. The unit is the noun phrase counted, as written,
/// up to its first plural noun ("three ballistic missiles" → "ballistic
/// missiles"); "percent"/"%" gives "percent" and "$" gives "dollars".
/// Years, dates (those the date stage found), times of day, ordinals,
/// labels ("page 5", "Resolution 2270"), ages and hyphenated compounds
/// ("5-year plan") are not quantities.
#[derive(Debug, Default)]
pub struct QuantityStage;

impl Stage for QuantityStage {
    fn name(&self) -> &'static str {
        "quantities"
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Tokens]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Quantities]
    }
    fn process(&self, doc: &mut Document) {
        let ann = &doc.annotations;
        let mut out = Vec::new();
        if ann.sentences.is_empty() {
            let w = Words::new(&doc.text, &ann.tokens);
            scan(&w, 0..w.len(), number_at, &ann.dates, &mut out);
        } else {
            let found = Candidates::find(&doc.text, &ann.tokens, &ann.sentences, may_open);
            if found.in_order {
                visit_sentences(&ann.tokens, &ann.sentences, &ann.paragraphs, &found.tokens, |v| {
                    let w = Words::new(&doc.text, v.tokens);
                    scan(&w, v.candidates.iter().map(|&c| c - v.first), read_number, &ann.dates, &mut out);
                });
            } else {
                scan_by_walk(doc, &mut out);
            }
        }
        doc.annotations.quantities = out;
    }
}

/// The quantities of `doc`, every token of every sentence tried in turn:
/// for tokens or sentences out of order, where sentences may share tokens.
fn scan_by_walk(doc: &Document, out: &mut Vec<Quantity>) {
    let ann = &doc.annotations;
    let mut walk = SentenceWalk::new(&ann.tokens, &ann.paragraphs);
    for &sentence in &ann.sentences {
        let w = Words::new(&doc.text, walk.next(sentence).1);
        scan(&w, 0..w.len(), number_at, &ann.dates, out);
    }
}

/// Appends the quantities of `w` (one sentence) to `out`. `at` are the
/// tokens to try, in order (every one, or those a first test let
/// through), and `reader` reads a number at one; tokens inside a phrase
/// found are passed over.
fn scan(
    w: &Words,
    at: impl Iterator<Item = usize>,
    reader: impl Fn(&Words, usize) -> Option<Number>,
    dates: &[TimeExpr],
    out: &mut Vec<Quantity>,
) {
    let mut next = 0;
    for i in at {
        if i < next {
            continue;
        }
        if let Some((q, end)) = reader(w, i).and_then(|n| phrase(w, n, dates)) {
            out.push(q);
            next = end.max(i + 1);
        }
    }
}

/// The whole phrase around number `n` and the token after it, or `None`
/// when the number is not a quantity.
fn phrase(w: &Words, n: Number, dates: &[TimeExpr]) -> Option<(Quantity, usize)> {
    let number_span = w.span(n.start, n.end)?;
    if in_a_date(number_span, dates) || is_label_or_time(w, &n) {
        return None;
    }
    let currency = n.start.checked_sub(1).filter(|&b| w.touching(b)).and_then(|b| lookup(w.get(b), CURRENCIES));
    let number_start = if currency.is_some() { n.start - 1 } else { n.start };
    let hedge = hedge_before(w, number_start);
    let (noun_end, noun) = unit_after(w, n.end);
    let unit = currency.or(noun);
    let year_like = n.digits && year(w.get(n.start)).is_some();
    let counts_something = currency.is_some() || noun.is_some_and(|u| u.starts_with(char::is_lowercase));
    if year_like && !counts_something {
        return None;
    }
    if unit.is_none() && hedge.is_none() && !n.vague && n.value < MIN_BARE_VALUE {
        return None;
    }
    // A currency sign is the unit: the words after "$2 billion" are not.
    let end = if currency.is_none() && noun.is_some() { noun_end } else { n.end };
    let span = w.span(hedge.unwrap_or(number_start), end)?;
    Some((Quantity { span, value: n.value, unit: unit.unwrap_or("").to_string() }, end))
}

/// Whether the date stage already read this number as part of a date.
fn in_a_date(span: Span, dates: &[TimeExpr]) -> bool {
    let i = dates.partition_point(|d| d.span.end <= span.start);
    dates.get(i).is_some_and(|d| d.span.overlaps(span))
}

/// "page 5", "No. 3", "7 a.m.", "75-year-old", "02-123-4567", "aged 40".
/// The tests run one after the other and stop at the first that holds,
/// the cheapest (glue between tokens) first.
fn is_label_or_time(w: &Words, n: &Number) -> bool {
    let before = n.start.checked_sub(1);
    let hyphen_before = || before.is_some_and(|b| w.touching(b) && w.is_any(b, &["-", "–", "/"]));
    let hyphen_after = || w.touching(n.end - 1) && w.is_any(n.end, &["-", "–", "/"]);
    let labelled = || before.is_some_and(|b| LABEL_SET.contains_bytes(w.bytes(b)));
    let clock = || is_clock(w, n.end) || (w.is_any(n.end, &["and", "to", "or"]) && is_clock(w, n.end + 2));
    let years_old = || w.is_any(n.end, &["years", "year"]) && w.is(n.end + 1, "old");
    let in_a_written_date = || before.is_some_and(|b| is_month(w, b)) || is_month(w, n.end);
    let pronoun = || w.is(n.start, "one") && before.is_some_and(|b| w.is_any(b, PRONOUN_ONE_BEFORE));
    hyphen_before() || hyphen_after() || labelled() || clock() || years_old() || pronoun() || in_a_written_date()
}

/// Whether token `i` is a month name (which needs a capital first).
fn is_month(w: &Words, i: usize) -> bool {
    w.bytes(i).first().is_some_and(u8::is_ascii_uppercase) && month(w.get(i)).is_some()
}

/// Index of the first token of a hedge ending right before `at`.
fn hedge_before(w: &Words, at: usize) -> Option<usize> {
    let last = w.bytes(at.checked_sub(1)?);
    // The hedges before the first one ending in `last` end otherwise.
    let first = HEDGE_ENDS.position_bytes(last)?;
    HEDGES[first..].iter().find_map(|hedge| {
        let start = at.checked_sub(hedge.len())?;
        // The last word first: most hedges end in another word.
        let ends_alike = hedge[hedge.len() - 1].as_bytes().eq_ignore_ascii_case(last);
        (ends_alike && hedge.iter().enumerate().all(|(k, word)| w.is(start + k, word))).then_some(start)
    })
}

/// The unit after a number ending at `at`: "percent", or the noun phrase
/// counted (past an "of"), up to its first plural noun.
fn unit_after<'t>(w: &Words<'t>, at: usize) -> (usize, Option<&'t str>) {
    if w.is_any(at, &["%", "percent"]) {
        return (at + 1, Some("percent"));
    }
    if w.is(at, "per") && w.is(at + 1, "cent") {
        return (at + 2, Some("percent"));
    }
    let start = if w.is(at, "of") { at + 1 } else { at };
    let mut end = start;
    while end < start + MAX_UNIT_WORDS && is_unit_word(w, end) {
        end += 1;
        let word = w.get(end - 1);
        if word.ends_with('s') && !word.ends_with("ss") && word.starts_with(char::is_lowercase) {
            break;
        }
    }
    (end, Some(w.slice(start, end)).filter(|u| !u.is_empty()))
}

/// A word after a number that makes it a time of day.
fn is_clock(w: &Words, i: usize) -> bool {
    CLOCK_SET.contains_bytes(w.bytes(i))
}

fn is_unit_word(w: &Words, i: usize) -> bool {
    if w.kind(i) != Some(dossier_core::TokenKind::Word) {
        return false;
    }
    // On the token's bytes, as `Words::is` compares: the lists' words
    // are whole words. A month or weekday name needs a capital first.
    let word = w.bytes(i);
    let name = word.first().is_some_and(u8::is_ascii_uppercase) && {
        let text = w.get(i);
        month(text).is_some() || weekday(text).is_some()
    };
    !name && !NOT_UNIT_SET.contains_bytes(word)
}

/// Words that end a unit: function words, words of the clock, "another"
/// and the possessive, in one set for one lookup.
const NOT_UNIT_WORDS: [&str; FUNCTION_WORDS.len() + CLOCK.len() + 3] = words::concat(
    &words::concat::<{ FUNCTION_WORDS.len() + CLOCK.len() }>(&FUNCTION_WORDS, CLOCK),
    &["another", "’s", "'s"],
);
static NOT_UNIT_SET: WordSet = WordSet::new(&NOT_UNIT_WORDS);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::view::testing::document;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Reading only the sentences and tokens the first test lets
        /// through finds what trying every token of every sentence finds.
        #[test]
        fn candidates_find_what_the_walk_finds(mut doc in document()) {
            crate::DateStage.process(&mut doc);
            let mut walked = Vec::new();
            if doc.annotations.sentences.is_empty() {
                let w = Words::new(&doc.text, &doc.annotations.tokens);
                scan(&w, 0..w.len(), number_at, &doc.annotations.dates, &mut walked);
            } else {
                scan_by_walk(&doc, &mut walked);
            }
            QuantityStage.process(&mut doc);
            prop_assert_eq!(&doc.annotations.quantities, &walked, "{:?} {:?}", doc.text, doc.annotations.sentences);
        }
    }
}
