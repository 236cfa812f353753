//! The shapes a temporal expression takes, each a small hand-written
//! matcher over the tokens of a sentence. [`match_at`] tries them at one
//! token, longest and most specific first.

use dossier_core::{DateValue, TokenKind};
use jiff::civil::Date;

use crate::expr::{MonthRef, WeekdayRef, When, YearRef};
use crate::view::{Opens, Words};
use crate::words::{
    self, day, has_hyphen_at, is_function_word, is_time_preposition, lookup, month, ordinal_day, weekday, year, Sieve, WordSet,
};

/// A temporal expression over tokens `start..end` of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub when: When,
}

/// Words before an expression that narrow it within its period without
/// changing the period ("early March", "earlier this month"): the value
/// stays the month, the span takes the word in.
const MODIFIERS: &[&str] = &["early", "earlier", "late", "later", "mid", "middle"];
static MODIFIER_SET: WordSet = WordSet::new(MODIFIERS);

/// Prefixes glued to a month or year by a hyphen ("mid-August").
const GLUED_MODIFIERS: &[&str] = &["mid-", "early-", "late-"];

/// Words between two days of a range ("from the 18th to 19th").
const RANGE_WORDS: &[&str] = &["to", "-", "–", "and", "through", "until", "till"];

/// Words before "the 18th" that make it a day ("on the 18th").
const DAY_PREPOSITIONS: &[&str] =
    &["on", "from", "since", "until", "till", "by", "before", "after", "through", "to", "and", "between", "of"];

/// "last" / "this" / "next" as a step from the publication's period.
const STEPS: &[(&str, i32)] = &[("last", -1), ("this", 0), ("next", 1)];

/// "the previous day" → -1 and the like.
const ANAPHOR_OFFSETS: &[(&str, i64)] =
    &[("same", 0), ("previous", -1), ("preceding", -1), ("next", 1), ("following", 1)];

const DEICTIC_OFFSETS: &[(&str, i64)] = &[("yesterday", -1), ("today", 0), ("tonight", 0), ("tomorrow", 1)];

#[derive(Clone, Copy)]
enum AgoUnit {
    Day,
    Week,
    Month,
    Year,
}

const AGO_UNITS: &[(&str, AgoUnit)] = &[
    ("day", AgoUnit::Day),
    ("days", AgoUnit::Day),
    ("week", AgoUnit::Week),
    ("weeks", AgoUnit::Week),
    ("month", AgoUnit::Month),
    ("months", AgoUnit::Month),
    ("year", AgoUnit::Year),
    ("years", AgoUnit::Year),
];

/// The expression starting at token `i`, if any.
#[inline(always)]
pub(crate) fn match_at(w: &Words, i: usize) -> Option<Found> {
    if !may_start(w, i) {
        return None;
    }
    match_past_prefilter(w, i)
}

/// [`match_at`] for a token [`may_start`] (or [`may_open`]) let through:
/// out of line, so that the loop over tokens keeps only the prefilter.
#[inline(never)]
pub(crate) fn match_past_prefilter(w: &Words, i: usize) -> Option<Found> {
    if MODIFIER_SET.contains(w.get(i)) {
        if let Some(found) = try_shapes(w, i + 1) {
            return Some(Found { start: i, ..found });
        }
    }
    try_shapes(w, i)
}

/// Whether some expression could start at token `i` (a modifier or a
/// shape), from its first byte and usually one hash lookup. Most tokens
/// are words no expression starts with, and this turns them away before
/// the shapes run. It must never turn away a token [`match_at`] would
/// accept: a unit test checks that on generated sentences.
#[inline(always)]
fn may_start(w: &Words, i: usize) -> bool {
    let word = w.bytes(i);
    match word.first() {
        // Years, days, ISO dates, counts before "ago".
        Some(b'0'..=b'9') => true,
        // Month and weekday names (with or without their period), the
        // other opening words, modifiers, counts before "ago" ("three",
        // "a"), and glued modifiers or hyphenated numbers ("mid-March",
        // "twenty-five"); the shapes check case and the rest. The sieve
        // turns away most other words before the lookups.
        Some(b) if b.is_ascii_alphabetic() => {
            (STARTER_SIEVE.may_hold(word) && is_starter(word)) || has_hyphen_at(word, 3..8)
        }
        // "+5 days ago": a signed count still parses.
        Some(b'+') => w.is(i + 2, "ago"),
        _ => false,
    }
}

/// The first test of the date stage over a whole document: whether an
/// expression may start at token `i` of `w`, whose bytes are `word`. It
/// lets through every token [`match_at`] accepts in any sentence holding
/// the token, where `w` ends with the sentence (a word wanted after the
/// token is "" past that end, here the next sentence's), and turns away
/// most others from a sieve and at most one lookup:
/// - a count ("three", "a", "+5") opens an expression only two tokens
///   before "ago", which lets the count through when it comes;
/// - "the" and "that" open one only before the words their shapes want;
/// - the other lowercase words only as modifiers ("early"), deictic
///   words ("today"), steps ("last" before a unit or a name) or with a
///   modifier glued on ("mid-May");
/// - a capitalised word also as a month or weekday name.
/// Unit and property tests compare it with [`match_at`].
#[inline(always)]
pub(crate) fn may_open(word: &[u8], w: &Words, i: usize) -> Opens {
    let Some(&first) = word.first() else { return Opens::Nothing };
    if !(first | 0x20).is_ascii_lowercase() {
        return if first.is_ascii_digit() { Opens::Here } else { Opens::Nothing };
    }
    if DATE_WORD_SIEVE.may_hold(word) {
        return date_word_opens(word, w, i);
    }
    if is_glued(first, word) {
        Opens::Here
    } else {
        Opens::Nothing
    }
}

/// Whether a word starting with letter `first` may have a modifier glued
/// on ("mid-May", "early-2023", "late-March"; [`strip_glued`] says).
#[inline(always)]
fn is_glued(first: u8, word: &[u8]) -> bool {
    matches!(first | 0x20, b'm' | b'e' | b'l') && has_hyphen_at(word, 3..6)
}

/// [`may_open`] for a word [`DATE_WORD_SIEVE`] let through: an opener
/// (what it opens depends on the word, and for some on the next one), a
/// capitalised month or weekday name, or else a word with a glued
/// modifier.
#[inline(never)]
fn date_word_opens(word: &[u8], w: &Words, i: usize) -> Opens {
    // "the" and "that" are most of the words let through: compared
    // before any lookup.
    if word.eq_ignore_ascii_case(b"the") {
        return opener_opens(0, w, i);
    }
    if word.eq_ignore_ascii_case(b"that") {
        return opener_opens(1, w, i);
    }
    if let Some(k) = OPENERS_BY_WORD.position_bytes(word) {
        return opener_opens(k, w, i);
    }
    let first = word[0];
    if (first.is_ascii_uppercase() && is_name(word)) || is_glued(first, word) {
        Opens::Here
    } else {
        Opens::Nothing
    }
}

/// What opener `k` of [`OPENER_WORDS`] at token `i` opens, from the word
/// its shapes want next ("ago" opens the count two tokens before it).
fn opener_opens(k: usize, w: &Words, i: usize) -> Opens {
    let here = match k {
        0 => may_follow_the(w.bytes(i + 1)),
        1 => w.is_any(i + 1, &["same", "day", "month", "year"]),
        2..=4 => is_step_unit(w.get(i + 1)),
        AGO => return Opens::Before(2),
        _ => true,
    };
    if here {
        Opens::Here
    } else {
        Opens::Nothing
    }
}

/// Whether `next` after "the" is what [`after_the`] wants (or, for a
/// token off char boundaries, which [`Words::get`] reads as "", more).
#[inline]
fn may_follow_the(next: &[u8]) -> bool {
    next.first().is_some_and(u8::is_ascii_digit) || (AFTER_THE_SIEVE.may_hold(next) && AFTER_THE.contains_bytes(next))
}

/// What [`relative`] takes after "last", "this" or "next".
fn is_step_unit(unit: &str) -> bool {
    ["week", "month", "year"].iter().any(|u| u.eq_ignore_ascii_case(unit)) || month(unit).is_some() || weekday(unit).is_some()
}

/// The words that open a shape in any case and that [`may_open`] tells
/// apart by position: "the", "that", the steps ("last", "this", "next"),
/// then the modifiers and deictic words, which open one whatever follows.
/// Last, "ago", which opens nothing itself.
const OPENER_WORDS: [&str; AGO + 1] = words::concat(
    &words::concat::<{ 2 + STEPS.len() }>(&["the", "that"], &words::names::<_, { STEPS.len() }>(STEPS)),
    &words::concat::<{ MODIFIERS.len() + DEICTIC_OFFSETS.len() + 1 }>(
        MODIFIERS,
        &words::concat::<{ DEICTIC_OFFSETS.len() + 1 }>(&words::names::<_, { DEICTIC_OFFSETS.len() }>(DEICTIC_OFFSETS), &["ago"]),
    ),
);
const AGO: usize = 2 + STEPS.len() + MODIFIERS.len() + DEICTIC_OFFSETS.len();
static OPENERS_BY_WORD: WordSet = WordSet::new(&OPENER_WORDS);

/// The openers and the month and weekday names (with a period after each
/// or not, as in "Sept."): one test turns away the words that are none.
static DATE_WORD_SIEVE: Sieve = Sieve::new(&DATE_WORDS, true);
const DATE_WORDS: [&str; OPENER_WORDS.len() + words::CALENDAR_NAMES.len()] =
    words::concat(&OPENER_WORDS, &words::CALENDAR_NAMES);

static NAMES: WordSet = WordSet::new(&words::CALENDAR_NAMES);

/// A month or weekday name, with or without a period after it ("Sept.").
#[inline(never)]
fn is_name(word: &[u8]) -> bool {
    NAMES.contains_bytes(word) || word.strip_suffix(b".").is_some_and(|bare| NAMES.contains_bytes(bare))
}

/// The words besides names an expression can start with: "the 18th",
/// "that day", "last month", "yesterday", and the counts before "ago"
/// ("a year ago", "three days ago").
const OPENERS: &[&str] =
    &["the", "that", "this", "last", "next", "yesterday", "today", "tonight", "tomorrow", "a", "an"];

const STARTER_WORDS: [&str; OPENERS.len() + MODIFIERS.len() + words::CALENDAR_NAMES.len() + words::NUMBER_WORDS.len()] =
    words::concat(
        &words::concat::<{ OPENERS.len() + MODIFIERS.len() }>(OPENERS, MODIFIERS),
        &words::concat::<{ words::CALENDAR_NAMES.len() + words::NUMBER_WORDS.len() }>(
            &words::CALENDAR_NAMES,
            &words::NUMBER_WORDS,
        ),
    );
static STARTERS: WordSet = WordSet::new(&STARTER_WORDS);
static STARTER_SIEVE: Sieve = Sieve::new(&STARTER_WORDS, true);

/// A starter word, with or without a period after it ("Sept.").
#[inline(never)]
fn is_starter(word: &[u8]) -> bool {
    STARTERS.contains_bytes(word) || word.strip_suffix(b".").is_some_and(|bare| STARTERS.contains_bytes(bare))
}

/// The shapes that may start with token `i`, in the order of
/// [`all_shapes`]: a word starting with a digit names no day or month in
/// words, and a lowercase word is neither a name nor a year unless a
/// modifier is glued on ("mid-March"). Skipping the others only saves
/// time (the prefilter tests compare with [`all_shapes`]).
fn try_shapes(w: &Words, i: usize) -> Option<Found> {
    let word = w.get(i);
    if word.eq_ignore_ascii_case("the") {
        return after_the(w, i);
    }
    match word.as_bytes().first() {
        Some(b'0'..=b'9') => iso(w, i).or_else(|| ago(w, i)).or_else(|| day_first(w, i)).or_else(|| bare_year(w, i)),
        Some(b'a'..=b'z') if !strip_glued(word).1 => word_shapes(w, i, word),
        // A capital is no digit and no "the" (above): not a day, year or
        // ISO date spelt in digits, nor "the 18th" or "the first Monday".
        Some(b'A'..=b'Z') => word_shapes(w, i, word)
            .or_else(|| month_first(w, i))
            .or_else(|| weekday(word).map(|d| found(i, i + 1, When::Weekday(d, WeekdayRef::Plain))))
            .or_else(|| bare_year(w, i)),
        _ => all_shapes(w, i),
    }
}

/// Of the shapes that open with a word, those that may start with
/// `word`, token `i`, a word other than "the": each of
/// [`anaphor`], [`deictic`] and [`relative`] wants its own first words,
/// none of which is a count for [`ago`], so at most one of the four is
/// tried, in the order of [`all_shapes`].
fn word_shapes(w: &Words, i: usize, word: &str) -> Option<Found> {
    if word.eq_ignore_ascii_case("that") {
        anaphor(w, i)
    } else if lookup(word, DEICTIC_OFFSETS).is_some() {
        deictic(w, i)
    } else if lookup(word, STEPS).is_some() {
        relative(w, i)
    } else {
        ago(w, i)
    }
}

/// The shapes that start with "the" (the commonest word, so worth its own
/// path), in the order of [`all_shapes`]; each wants a day word, an
/// ordinal or a rank next ("the same day", "the 18th", "the first Monday").
fn after_the(w: &Words, i: usize) -> Option<Found> {
    if !may_follow_the(w.bytes(i + 1)) {
        return None;
    }
    anaphor(w, i).or_else(|| deictic(w, i)).or_else(|| the_ordinal(w, i)).or_else(|| nth_weekday(w, i))
}

/// The words "the" takes before it in [`anaphor`], [`deictic`] and
/// [`nth_weekday`] (an ordinal day, for [`the_ordinal`], starts with a digit).
const AFTER_THE_WORDS: [&str; ANAPHOR_OFFSETS.len() + NTH.len() + 1] =
    words::concat(&words::concat::<{ ANAPHOR_OFFSETS.len() + NTH.len() }>(
        &words::names::<_, { ANAPHOR_OFFSETS.len() }>(ANAPHOR_OFFSETS),
        &words::names::<_, { NTH.len() }>(NTH),
    ), &["day"]);
static AFTER_THE: WordSet = WordSet::new(&AFTER_THE_WORDS);
static AFTER_THE_SIEVE: Sieve = Sieve::new(&AFTER_THE_WORDS, false);

/// Every shape in turn at token `i`, longest and most specific first.
fn all_shapes(w: &Words, i: usize) -> Option<Found> {
    iso(w, i)
        .or_else(|| anaphor(w, i))
        .or_else(|| deictic(w, i))
        .or_else(|| relative(w, i))
        .or_else(|| ago(w, i))
        .or_else(|| the_ordinal(w, i))
        .or_else(|| day_first(w, i))
        .or_else(|| month_first(w, i))
        .or_else(|| nth_weekday(w, i))
        .or_else(|| weekday(w.get(i)).map(|d| found(i, i + 1, When::Weekday(d, WeekdayRef::Plain))))
        .or_else(|| bare_year(w, i))
}

fn found(start: usize, end: usize, when: When) -> Found {
    Found { start, end, when }
}

/// "2024-03-18", written without spaces.
fn iso(w: &Words, i: usize) -> Option<Found> {
    let y = year(w.get(i))?;
    let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    // A time may be glued on: "2024-03-18T09:00" ends its day in "18T09".
    let day = w.get(i + 4);
    let day = day.get(..2).filter(|_| day.len() == 2 || day[2..].starts_with(['T', 't'])).unwrap_or("");
    let shape = w.is(i + 1, "-") && w.is(i + 3, "-") && two_digits(w.get(i + 2)) && two_digits(day);
    if !shape || !(i..i + 4).all(|k| w.touching(k)) {
        return None;
    }
    let date = Date::new(y, w.get(i + 2).parse().ok()?, day.parse().ok()?).ok()?;
    Some(found(i, i + 5, When::Exact(DateValue::Day(date))))
}

/// "that day", "the same day", "the previous day", "the next day";
/// "that month", "the same year" (but not "the next month", a duration).
fn anaphor(w: &Words, i: usize) -> Option<Found> {
    let (offset, day_at) = if w.is(i, "that") {
        (0, if w.is(i + 1, "same") { i + 2 } else { i + 1 })
    } else if w.is(i, "the") {
        (lookup(w.get(i + 1), ANAPHOR_OFFSETS)?, i + 2)
    } else {
        return None;
    };
    let when = if w.is(day_at, "day") {
        When::DaysFromAnchor(offset)
    } else if offset != 0 {
        return None;
    } else if w.is(day_at, "month") {
        When::AnchorMonth
    } else if w.is(day_at, "year") {
        When::AnchorYear
    } else {
        return None;
    };
    Some(found(i, day_at + 1, when))
}

/// "yesterday", "today", "tonight", "tomorrow", "the day before
/// yesterday", "the day after tomorrow".
fn deictic(w: &Words, i: usize) -> Option<Found> {
    if w.is(i, "the") && w.is(i + 1, "day") {
        let offset = match (w.get(i + 2), lookup(w.get(i + 3), DEICTIC_OFFSETS)?) {
            (word, -1) if word.eq_ignore_ascii_case("before") => -2,
            (word, 1) if word.eq_ignore_ascii_case("after") => 2,
            _ => return None,
        };
        return Some(found(i, i + 4, When::DaysFromPublication(offset)));
    }
    let offset = lookup(w.get(i), DEICTIC_OFFSETS)?;
    Some(found(i, i + 1, When::DaysFromPublication(offset)))
}

/// "last month", "this year", "next week", "last March", "next Tuesday";
/// not "the last year" or "the next month", which are durations.
fn relative(w: &Words, i: usize) -> Option<Found> {
    let step = lookup(w.get(i), STEPS)?;
    if i > 0 && w.is_any(i - 1, &["the", "a", "each", "every", "over", "past"]) {
        return None;
    }
    let unit = w.get(i + 1);
    let when = if unit.eq_ignore_ascii_case("week") {
        When::WeeksFromPublication(i64::from(step))
    } else if unit.eq_ignore_ascii_case("month") {
        When::MonthsFromPublication(step)
    } else if unit.eq_ignore_ascii_case("year") {
        When::YearsFromPublication(step)
    } else if let Some((m, _)) = month(unit) {
        When::Month(m, YearRef::Around(step))
    } else if let Some(d) = weekday(unit) {
        let which = [WeekdayRef::Last, WeekdayRef::Plain, WeekdayRef::Next][(step + 1) as usize];
        When::Weekday(d, which)
    } else {
        return None;
    };
    Some(found(i, i + 2, when))
}

/// "the first Monday of May", "the last Friday of next month".
fn nth_weekday(w: &Words, i: usize) -> Option<Found> {
    if !w.is(i, "the") {
        return None;
    }
    let n = lookup(w.get(i + 1), NTH)?;
    let d = weekday(w.get(i + 2))?;
    let (month_ref, end) = month_of_day(w, i + 3);
    (month_ref != MonthRef::Unsaid).then(|| found(i, end, When::NthWeekday(n, d, month_ref)))
}

const NTH: &[(&str, i8)] = &[("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("last", -1)];

/// "three days ago", "a year ago", "2 weeks ago".
fn ago(w: &Words, i: usize) -> Option<Found> {
    if !w.is(i + 2, "ago") {
        return None;
    }
    let count = if w.is_any(i, &["a", "an", "one"]) {
        1
    } else {
        let word = w.get(i);
        let n = words::number_word(word).or_else(|| word.parse::<u16>().ok().map(f64::from))?;
        n as i64
    };
    let when = match lookup(w.get(i + 1), AGO_UNITS)? {
        AgoUnit::Day => When::DaysFromPublication(-count),
        AgoUnit::Week => When::WeeksFromPublication(-count),
        AgoUnit::Month => When::MonthsFromPublication(-(count as i32)),
        AgoUnit::Year => When::YearsFromPublication(-(count as i32)),
    };
    Some(found(i, i + 3, when))
}

/// "the 18th", "the 18th to 19th", "the 13th of last month", "the 5th of
/// March" — after a preposition, and not "the 5th day" or "the 3rd floor".
fn the_ordinal(w: &Words, i: usize) -> Option<Found> {
    if !w.is(i, "the") {
        return None;
    }
    let d = ordinal_day(w.get(i + 1))?;
    if i > 0 && !w.is_any(i - 1, DAY_PREPOSITIONS) {
        return None;
    }
    let end = skip_range(w, i + 2);
    let (month_ref, end) = month_of_day(w, end);
    if month_ref == MonthRef::Unsaid && (i == 0 || is_noun_after(w, end)) {
        return None;
    }
    Some(found(i, end, When::Day(d, month_ref)))
}

/// Past the second day of a range ("to 19th", "-19", "to the 19th").
fn skip_range(w: &Words, at: usize) -> usize {
    if !w.is_any(at, RANGE_WORDS) {
        return at;
    }
    let second = if w.is(at + 1, "the") { at + 2 } else { at + 1 };
    if day(w.get(second)).is_some() {
        second + 1
    } else {
        at
    }
}

/// After a day: "of last month", "of this month", "of March [2024]".
fn month_of_day(w: &Words, at: usize) -> (MonthRef, usize) {
    if !w.is(at, "of") {
        return (MonthRef::Unsaid, at);
    }
    if w.is(at + 2, "month") {
        let step = if w.is(at + 1, "previous") { Some(-1) } else { lookup(w.get(at + 1), STEPS) };
        if let Some(k) = step {
            return (MonthRef::Relative(k), at + 3);
        }
    }
    match month(w.get(at + 1)) {
        Some((m, _)) => {
            let (year, end) = year_after(w, at + 2);
            (MonthRef::Named(m, year), end)
        }
        None => (MonthRef::Unsaid, at),
    }
}

/// The year after a month: "2024", ", 2024", "of 2024", "last year",
/// "of this year"; `Unsaid` when none.
fn year_after(w: &Words, at: usize) -> (YearRef, usize) {
    let at_year = if w.is_any(at, &[",", "of"]) { at + 1 } else { at };
    // After a month a year is a year, whatever follows ("in March 2023
    // troops withdrew").
    if let Some(y) = year(w.get(at_year)) {
        return (YearRef::Explicit(y), at_year + 1);
    }
    let at_rel = if w.is(at, "of") { at + 1 } else { at };
    if w.is(at_rel + 1, "year") {
        if let Some(k) = lookup(w.get(at_rel), STEPS) {
            return (YearRef::Relative(k), at_rel + 2);
        }
    }
    (YearRef::Unsaid, at)
}

/// "18 March 2024", "18th of March", "18-19 March", "18 and 19 March".
fn day_first(w: &Words, i: usize) -> Option<Found> {
    let d = day(w.get(i))?;
    let after_range = {
        let end = skip_range(w, i + 1);
        if end > i + 1 && month(w.get(end)).is_some() { end } else { i + 1 }
    };
    let month_at = if ordinal_day(w.get(i)).is_some() && w.is(after_range, "of") { after_range + 1 } else { after_range };
    let (m, abbreviated) = month(w.get(month_at))?;
    if abbreviated && !w.get(month_at).ends_with('.') && month_at + 1 < w.len() && w.is_lower_word(month_at + 1) {
        return None;
    }
    let (year, end) = year_after(w, month_at + 1);
    Some(found(i, end, When::Day(d, MonthRef::Named(m, year))))
}

/// "March 18, 2024", "Sept. 5", "March 18-19", "March 2023", "March of
/// last year", "July this year", and a bare "March" after a preposition.
fn month_first(w: &Words, i: usize) -> Option<Found> {
    let (word, glued) = strip_glued(w.get(i));
    let (m, abbreviated) = month(word)?;
    if !glued {
        // "the March 18 summit" is a date: a noun after the day does not
        // make the day a count.
        if let Some(d) = day(w.get(i + 1)) {
            let (year, end) = year_after(w, skip_range(w, i + 2));
            return Some(found(i, end, When::Day(d, MonthRef::Named(m, year))));
        }
    }
    let (year, end) = year_after(w, i + 1);
    if year != YearRef::Unsaid {
        return Some(found(i, end, When::Month(m, year)));
    }
    (!abbreviated && bare_month_in_context(w, i, m, glued)).then(|| found(i, i + 1, When::Month(m, YearRef::Unsaid)))
}

/// Whether a month name without day or year stands for the month: after
/// a time preposition ("in March", "mid-March"), and for May, which is
/// also a name and a verb, only after a strict one ("in May", not "and
/// May").
fn bare_month_in_context(w: &Words, i: usize, month: i8, glued: bool) -> bool {
    let Some(before) = i.checked_sub(1) else { return glued };
    if month == 5 {
        return glued || w.is_any(before, STRICT_BEFORE_MAY);
    }
    glued || w.is_any(before, TIME_WORDS_BEFORE_MONTH) || is_time_preposition(w.get(before))
}

/// Extra words that may stand right before a bare month.
const TIME_WORDS_BEFORE_MONTH: &[&str] = &["on", "for", "at"];

const STRICT_BEFORE_MAY: &[&str] =
    &["in", "since", "until", "till", "during", "early", "mid", "late", "before", "after", "through", "throughout"];

/// A year standing alone: "in 2019", "since 2022", "mid-2023" — not
/// "2019 missiles", "$2019" or "2019 percent".
fn bare_year(w: &Words, i: usize) -> Option<Found> {
    let (word, glued) = strip_glued(w.get(i));
    let y = year(word)?;
    if !glued && w.kind(i) != Some(TokenKind::Number) {
        return None;
    }
    let context = glued || (i > 0 && is_time_preposition(w.get(i - 1)));
    let money_or_share = w.is_any(i + 1, &["%", "percent", "per"]);
    if !context || money_or_share || is_noun_after(w, i + 1) {
        return None;
    }
    Some(found(i, i + 1, When::Exact(DateValue::Year(y))))
}

/// `word` without a glued "mid-" / "early-" / "late-", and whether it had one.
fn strip_glued(word: &str) -> (&str, bool) {
    // Every prefix ends in its fourth to sixth byte with a hyphen: most
    // words have none there and need no comparison.
    if !has_hyphen_at(word.as_bytes(), 3..6) {
        return (word, false);
    }
    for prefix in GLUED_MODIFIERS {
        if let Some(head) = word.get(..prefix.len()) {
            if head.eq_ignore_ascii_case(prefix) {
                return (&word[prefix.len()..], true);
            }
        }
    }
    (word, false)
}

/// A common noun follows at `at`: the number before it counts things
/// ("2019 missiles", "the 5th day") instead of naming a time.
fn is_noun_after(w: &Words, at: usize) -> bool {
    w.is_lower_word(at) && !is_function_word(w.get(at)) && !w.is_any(at, NOT_NOUNS)
}

/// Lowercase words that may follow a date and are not what it counts.
const NOT_NOUNS: &[&str] = &["local", "respectively", "alone", "onwards", "onward", "ago", "last", "this", "next"];

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::view::testing::sentence;

    /// [`match_at`] without its prefilter, trying every shape.
    fn match_at_unfiltered(w: &Words, i: usize) -> Option<Found> {
        if w.is_any(i, MODIFIERS) {
            if let Some(found) = all_shapes(w, i + 1) {
                return Some(Found { start: i, ..found });
            }
        }
        all_shapes(w, i)
    }

    /// The tokens of the document `text`, `tokens` that the first test
    /// over the whole document lets through.
    fn let_through(text: &str, tokens: &[dossier_core::Token]) -> Vec<usize> {
        crate::view::Candidates::find(text, tokens, &[], may_open).tokens
    }

    /// Every token [`match_at`] accepts in the sentence `tokens[from..to]`
    /// is one [`may_open`] lets through in the whole document.
    fn check_may_open(text: &str, tokens: &[dossier_core::Token], from: usize, to: usize) -> Result<(), String> {
        let found = let_through(text, tokens);
        let w = Words::new(text, &tokens[from..to]);
        for i in 0..w.len() {
            if match_at(&w, i).is_some() && !found.contains(&(from + i)) {
                return Err(format!("token {} of {:?} ({}..{}) turned away", from + i, text, from, to));
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn the_document_test_turns_away_no_expression((text, tokens) in sentence(), a in 0usize..14, b in 0usize..14) {
            let (from, to) = (a.min(b).min(tokens.len()), a.max(b).min(tokens.len()));
            prop_assert_eq!(check_may_open(&text, &tokens, from, to), Ok(()));
        }

        #[test]
        fn the_prefilter_turns_away_no_expression((text, tokens) in sentence()) {
            let w = Words::new(&text, &tokens);
            for i in 0..=tokens.len() {
                prop_assert_eq!(match_at(&w, i), match_at_unfiltered(&w, i), "token {} of {:?}", i, text);
            }
        }
    }

    /// Every word of the test vocabulary, in every case, in the contexts
    /// the shapes read after and before their first word: random
    /// sentences rarely line up a whole expression.
    #[test]
    fn the_prefilter_turns_away_no_word_in_date_contexts() {
        const AFTER: &[&[&str]] = &[
            &[], &["days", "ago"], &["year", "ago"], &["March"], &["March", "2024"], &["18th"], &["of", "March"],
            &["day"], &["month"], &["year"], &["18"], &["-", "03", "-", "18"], &["first", "Monday", "of", "May"],
            &["day", "before", "yesterday"], &["same", "day"], &["previous", "day"], &["Tuesday"], &["2024"],
            &["18th", "of", "last", "month"], &["the", "18th"], &["18", ",", "2024"],
        ];
        const BEFORE: &[&[&str]] = &[&[], &["in"], &["on"], &["mid"]];
        for word in crate::view::testing::vocabulary() {
            for before in BEFORE {
                for after in AFTER {
                    let words: Vec<&str> =
                        before.iter().copied().chain([word.as_str()]).chain(after.iter().copied()).collect();
                    let (text, tokens) = crate::view::testing::tokens(&words);
                    let w = Words::new(&text, &tokens);
                    let i = before.len();
                    assert_eq!(match_at(&w, i), match_at_unfiltered(&w, i), "token {i} of {text:?}");
                    assert_eq!(check_may_open(&text, &tokens, 0, tokens.len()), Ok(()));
                    // The sentence may end anywhere after the word.
                    assert_eq!(check_may_open(&text, &tokens, 0, i + 1), Ok(()));
                }
            }
        }
    }

    #[test]
    fn glued_modifiers() {
        assert_eq!(strip_glued("mid-March"), ("March", true));
        assert_eq!(strip_glued("Early-2023"), ("2023", true));
        assert_eq!(strip_glued("late-"), ("", true));
        assert_eq!(strip_glued("mid"), ("mid", false));
        assert_eq!(strip_glued("well-known"), ("well-known", false));
    }
}
