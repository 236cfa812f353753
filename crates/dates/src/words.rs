//! Small fixed word lists of English: month and weekday names, number words,
//! and the little words that tell a date or a quantity where it ends. These
//! are facts of the language, not knowledge about the world, so they live
//! here as const tables rather than in `data/`.

use jiff::civil::Weekday;

/// Month names and their usual abbreviations (with or without the period).
const MONTHS: [(&str, i8); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Entries of [`MONTHS`] from here on are abbreviations.
const FIRST_ABBREVIATION: usize = 12;

const WEEKDAYS: [(&str, Weekday); 16] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
    ("mon.", Weekday::Monday),
    ("tue.", Weekday::Tuesday),
    ("tues.", Weekday::Tuesday),
    ("wed.", Weekday::Wednesday),
    ("thu.", Weekday::Thursday),
    ("thurs.", Weekday::Thursday),
    ("fri.", Weekday::Friday),
    ("sat.", Weekday::Saturday),
    ("sun.", Weekday::Sunday),
];

const UNITS: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];

const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// Multipliers after a number ("2.5 million", "three hundred").
const SCALES: [(&str, f64); 6] =
    [("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("dozen", 12.0)];

/// Words that begin no noun phrase: a date or a unit stops before them.
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "ago", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "between", "but", "by", "can", "could", "did", "do", "does", "during", "each",
    "even", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it",
    "its", "just", "may", "might", "more", "most", "must", "near", "nor", "not", "now", "of", "off", "on", "once",
    "only", "onto", "or", "other", "our", "out", "over", "per", "shall", "she", "should", "since", "so", "some",
    "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through",
    "to", "toward", "towards", "under", "until", "up", "upon", "via", "was", "we", "were", "what", "when", "where",
    "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
];

/// Words before a bare month name or year that make it a time ("in March",
/// "since 2019", "mid March").
const TIME_PREPOSITIONS: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "during", "before", "after", "through", "throughout", "to", "of",
    "early", "mid", "late", "between", "and", "around", "circa", "starting", "beginning", "as", "last", "next",
    "this", "spring", "summer", "autumn", "fall", "winter", "end", "start", "middle", "year",
];

/// A word that points after the publication date.
/// "would" counts: in reported speech ("said it would visit on the 18th")
/// it points after the saying, which news reports close to publication.
const FUTURE_WORDS: &[&str] = &["will", "would", "shall", "'ll", "’ll", "upcoming", "forthcoming", "tomorrow"];

/// A verb that, followed by "to", points after the publication date
/// ("plans to visit", "is expected to", "is set to").
const FUTURE_BEFORE_TO: &[&str] = &[
    "plan", "plans", "planning", "planned", "expected", "set", "scheduled", "intends", "intend", "intending",
    "going", "slated", "poised", "aims", "aiming",
];

/// A word that marks a past reading ("was held in December", "has
/// sailed since August").
const PAST_WORDS: &[&str] = &["was", "were", "had", "did", "has", "have", "since", "ago"];

/// Verbs that report what someone said: a date before them dates the
/// saying, not what was said.
const REPORTING_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "reported", "reports", "announced", "announces", "stated", "states", "added",
    "noted", "revealed", "claimed", "confirmed", "according",
];

/// The value `word` stands for in `table`, ignoring ASCII case.
pub(crate) fn lookup<T: Copy>(word: &str, table: &[(&str, T)]) -> Option<T> {
    table.iter().find(|(name, _)| name.eq_ignore_ascii_case(word)).map(|&(_, v)| v)
}

fn contains(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A capitalised month name or abbreviation ("March", "Sept.", "Sep"),
/// and whether it was abbreviated.
pub(crate) fn month(word: &str) -> Option<(i8, bool)> {
    if !starts_upper(word) {
        return None;
    }
    let bare = word.strip_suffix('.').unwrap_or(word);
    let index = MONTHS.iter().position(|(name, _)| name.eq_ignore_ascii_case(bare))?;
    let abbreviated = index >= FIRST_ABBREVIATION;
    // A full name with a period is a sentence end, not an abbreviation.
    if word.ends_with('.') && !abbreviated {
        return None;
    }
    Some((MONTHS[index].1, abbreviated))
}

/// A capitalised weekday name ("Tuesday", "Tues.").
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    if !starts_upper(word) {
        return None;
    }
    lookup(word, &WEEKDAYS)
}

/// "three" → 3, "twenty-five" → 25 (numbers written as words, below 100).
pub(crate) fn number_word(word: &str) -> Option<f64> {
    if let Some(i) = UNITS.iter().position(|u| u.eq_ignore_ascii_case(word)) {
        return Some(i as f64);
    }
    let (tens, unit) = match word.split_once('-') {
        Some((t, u)) => (t, Some(u)),
        None => (word, None),
    };
    let t = TENS.iter().position(|w| w.eq_ignore_ascii_case(tens))? as f64;
    let u = match unit {
        Some(u) => UNITS.iter().position(|w| w.eq_ignore_ascii_case(u)).filter(|&i| (1..10).contains(&i))? as f64,
        None => 0.0,
    };
    Some(20.0 + 10.0 * t + u)
}

/// "million" → 1e6; plurals ("thousands") are left to the caller.
pub(crate) fn scale(word: &str) -> Option<f64> {
    lookup(word, &SCALES)
}

pub(crate) fn is_function_word(word: &str) -> bool {
    contains(FUNCTION_WORDS, word)
}

pub(crate) fn is_time_preposition(word: &str) -> bool {
    contains(TIME_PREPOSITIONS, word)
}

pub(crate) fn is_future_word(word: &str) -> bool {
    contains(FUTURE_WORDS, word)
}

pub(crate) fn is_future_before_to(word: &str) -> bool {
    contains(FUTURE_BEFORE_TO, word)
}

pub(crate) fn is_reporting_verb(word: &str) -> bool {
    contains(REPORTING_VERBS, word)
}

pub(crate) fn is_past_word(word: &str) -> bool {
    contains(PAST_WORDS, word)
}

/// "18th" → 18, "1st" → 1; only days a month can have.
pub(crate) fn ordinal_day(word: &str) -> Option<i8> {
    let digits = word.len().checked_sub(2)?;
    let (num, suffix) = (word.get(..digits)?, word.get(digits..)?);
    let ok_suffix = ["st", "nd", "rd", "th"].iter().any(|s| s.eq_ignore_ascii_case(suffix));
    if !ok_suffix || num.is_empty() || num.len() > 2 || !num.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    num.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A plain day number "5" or "18" (one or two ASCII digits, 1..=31).
pub(crate) fn day_number(word: &str) -> Option<i8> {
    if word.is_empty() || word.len() > 2 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A day as digits or ordinal ("18", "18th").
pub(crate) fn day(word: &str) -> Option<i8> {
    day_number(word).or_else(|| ordinal_day(word))
}

/// A plausible year written as four ASCII digits ("2019"), 1800..=2199.
pub(crate) fn year(word: &str) -> Option<i16> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok().filter(|y| (1800..=2199).contains(y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_need_a_capital_and_full_names_no_period() {
        assert_eq!(month("March"), Some((3, false)));
        assert_eq!(month("Sept."), Some((9, true)));
        assert_eq!(month("Dec."), Some((12, true)));
        assert_eq!(month("march"), None);
        assert_eq!(month("March."), None);
        assert_eq!(month("Mayor"), None);
    }

    #[test]
    fn number_words_and_days() {
        assert_eq!(number_word("three"), Some(3.0));
        assert_eq!(number_word("Twenty-five"), Some(25.0));
        assert_eq!(number_word("twenty-zero"), None);
        assert_eq!(number_word("threes"), None);
        assert_eq!(ordinal_day("18th"), Some(18));
        assert_eq!(ordinal_day("75th"), None);
        assert_eq!(ordinal_day("th"), None);
        assert_eq!(day("31"), Some(31));
        assert_eq!(day("32"), None);
        assert_eq!(year("2019"), Some(2019));
        assert_eq!(year("1,000"), None);
    }
}
