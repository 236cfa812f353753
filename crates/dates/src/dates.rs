//! The date stage: temporal expressions found sentence by sentence and
//! resolved against the publication date.

use dossier_core::{DateValue, Document, Layer, Span, Stage, TimeExpr};
use jiff::civil::Date;

use crate::expr::{Context, When};
use crate::shapes::{match_at, match_past_prefilter, may_open, Found};
use crate::tense::TenseReader;
use crate::view::{visit_sentences, Candidates, SentenceWalk, Words};

/// Prepositions taken into an expression's span ("on the 18th", "since
/// mid-August"); they do not change its value.
const LEADING_PREPOSITIONS: &[&str] =
    &["on", "in", "since", "from", "during", "between", "until", "till", "by", "starting", "beginning"];

/// Finds temporal expressions and resolves them against
/// [`Document::published`]; without a publication date only absolute
/// dates ("18 March 2024", "in 2019") resolve.
///
/// Conventions (the gold annotations' and the coding guide's):
/// - "on the 18th" → the latest 18th on or before publication, or with a
///   future cue (will, plans to, is expected to, ...) the earliest on or
///   after it; "on Tuesday" likewise, counting the publication day itself;
///   "last Tuesday"/"next Tuesday" never mean the publication day.
/// - A bare month ("in October", "since mid-August") → that month of the
///   publication year, moved a year on when a future cue points to a
///   month already past, a year back when a past cue (was, had, ...)
///   points to a month still to come; "early/mid/late" keep the month.
/// - Ranges ("from the 18th to 19th", "18-19 March") → the first day.
/// - "last/this/next month" → a month, "... year" → a year, "... week" →
///   the month the week's Monday falls in (a week is not a day).
/// - "that day", "the same day", "the previous/next day" → counted from
///   the last date earlier in the paragraph when it is a day, else (but
///   for "that day") from the publication date; "that month"/"that year"
///   → the month or year of the last date in the paragraph precise enough.
/// - Durations ("for three years"), decades, ages and times of day are
///   not dates.
#[derive(Debug, Default)]
pub struct DateStage;

impl Stage for DateStage {
    fn name(&self) -> &'static str {
        "dates"
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Sentences, Layer::Tokens]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Dates]
    }
    fn process(&self, doc: &mut Document) {
        let ann = &doc.annotations;
        let found = Candidates::find(&doc.text, &ann.tokens, &ann.sentences, may_open);
        let dates = if found.in_order { dates_of_candidates(doc, &found.tokens) } else { dates_by_walk(doc) };
        doc.annotations.dates = dates;
    }
}

/// The dates of `doc`, read only in the sentences holding one of `found`
/// (document token indices, in order) and only at those tokens; the
/// paragraph's anchor is dropped as [`dates_by_walk`] drops it.
fn dates_of_candidates(doc: &Document, found: &[usize]) -> Vec<TimeExpr> {
    let ann = &doc.annotations;
    let mut dates = Vec::new();
    let mut anchor = None;
    let mut paragraph = usize::MAX;
    visit_sentences(&ann.tokens, &ann.sentences, &ann.paragraphs, found, |v| {
        // Paragraphs only grow from sentence to sentence here, so the
        // sentences passed over changed paragraph when this one did.
        if v.paragraph != paragraph {
            paragraph = v.paragraph;
            anchor = None;
        }
        let words = Words::new(&doc.text, v.tokens);
        let at = v.candidates.iter().map(|&c| c - v.first);
        find_in_sentence(&words, at, match_past_prefilter, doc.published, &mut anchor, &mut dates);
    });
    dates
}

/// The dates of `doc`, every token of every sentence tried in turn: for
/// tokens or sentences out of order, where sentences may share tokens.
fn dates_by_walk(doc: &Document) -> Vec<TimeExpr> {
    let ann = &doc.annotations;
    let mut dates = Vec::new();
    let mut anchor = None;
    let mut paragraph = usize::MAX;
    let mut walk = SentenceWalk::new(&ann.tokens, &ann.paragraphs);
    for &sentence in &ann.sentences {
        // Paragraphs are read when the segmenter gave them; without
        // them the whole text is one paragraph.
        let (p, tokens) = walk.next(sentence);
        if p != paragraph {
            paragraph = p;
            anchor = None;
        }
        let words = Words::new(&doc.text, tokens);
        find_in_sentence(&words, 0..words.len(), match_at, doc.published, &mut anchor, &mut dates);
    }
    dates
}

/// Appends the resolved expressions of one sentence to `out`, keeping
/// `anchor` on the last date seen. `at` are the tokens to try, in order
/// (every one, or those a first test let through), and `matcher` tries
/// one; tokens inside an expression found are passed over.
fn find_in_sentence(
    w: &Words,
    at: impl Iterator<Item = usize>,
    matcher: impl Fn(&Words, usize) -> Option<Found>,
    published: Option<Date>,
    anchor: &mut Option<DateValue>,
    out: &mut Vec<TimeExpr>,
) {
    let mut next = 0;
    let mut floor = 0;
    let mut tenses = TenseReader::default();
    for i in at {
        if i < next {
            continue;
        }
        let Some(found) = matcher(w, i) else { continue };
        let start = with_preposition(w, found.start, floor);
        if let Some(expr) = resolve(w, &found, start, published, *anchor, &mut tenses) {
            *anchor = Some(expr.value);
            out.push(expr);
        }
        next = found.end.max(i + 1);
        floor = next;
    }
}

fn with_preposition(w: &Words, start: usize, floor: usize) -> usize {
    if start > floor && w.is_any(start - 1, LEADING_PREPOSITIONS) {
        start - 1
    } else {
        start
    }
}

fn resolve(
    w: &Words,
    found: &Found,
    start: usize,
    published: Option<Date>,
    anchor: Option<DateValue>,
    tenses: &mut TenseReader,
) -> Option<TimeExpr> {
    let tense = tenses.tense_of(w, found.start, found.end);
    let inherently_future = matches!(found.when, When::DaysFromPublication(d) if d > 0);
    let cx = Context { published, anchor, future: tense.future || inherently_future, past: tense.past };
    let value = found.when.resolve(&cx)?;
    let span: Span = w.span(start, found.end)?;
    let after_publication = match (value.first_day(), published) {
        (Some(first), Some(p)) => first > p,
        _ => false,
    };
    Some(TimeExpr { span, value, future: cx.future || after_publication })
}

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
        fn candidates_find_what_the_walk_finds(doc in document()) {
            let ann = &doc.annotations;
            let found = Candidates::find(&doc.text, &ann.tokens, &ann.sentences, may_open);
            let fast = if found.in_order { dates_of_candidates(&doc, &found.tokens) } else { dates_by_walk(&doc) };
            prop_assert_eq!(fast, dates_by_walk(&doc), "{:?} {:?}", doc.text, ann.sentences);
        }
    }
}
