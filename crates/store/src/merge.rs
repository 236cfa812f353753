//! When two reports are the same real-world event.
//!
//! Two mentions from different articles are one event when they have the
//! same dyad (either direction for symmetric events such as meetings), the
//! same CAMEO root family and compatible dates: equal, one more precise than
//! the other (`2023-09` and `2023-09-13`), or both undated and published
//! within [`UNDATED_WINDOW_DAYS`] of each other.

use dossier_core::DateValue;
use jiff::{civil::Date, ToSpan};

/// How far apart two undated reports of one dyad and root may be published
/// and still count as one event: news of an event comes within days.
pub const UNDATED_WINDOW_DAYS: i32 = 3;

/// Codes whose actors play the same part; see the data file's header.
const SYMMETRIC_TSV: &str = include_str!("../../../data/store/symmetric-events.tsv");

/// Actor-code prefixes that are 6 letters long (IGOUNO, NGOAMN) where a
/// country code is 3: the extract-v1 contract's rule for actor codes.
const SIX_LETTER_PREFIXES: [&str; 4] = ["IGO", "NGO", "IMG", "MNC"];

/// The part of an actor code that names the same actor across outlets: one
/// outlet's `RUSGOV` and another's `RUS` are both Russia.
pub(crate) fn actor_key(code: Option<&str>) -> &str {
    let code = code.unwrap_or("");
    code.get(..key_length(code)).unwrap_or(code)
}

/// How long the actor key of `code` is when the code is that long: 6 for
/// the six-letter prefixes, else 3.
pub(crate) fn key_length(code: &str) -> usize {
    if SIX_LETTER_PREFIXES.iter().any(|p| code.starts_with(p)) {
        6
    } else {
        3
    }
}

/// The CAMEO codes (and their sub-codes) of events without a direction.
#[derive(Debug)]
pub(crate) struct SymmetricCodes(Vec<String>);

impl SymmetricCodes {
    /// The embedded list.
    pub(crate) fn embedded() -> SymmetricCodes {
        let codes = SYMMETRIC_TSV
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split('\t').next())
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        SymmetricCodes(codes)
    }

    pub(crate) fn contains(&self, code: &str) -> bool {
        self.0.iter().any(|c| code.starts_with(c.as_str()))
    }
}

/// The dates a mention dated `date` may merge with by being equal or
/// coarser: `2023-09-13` → `2023`, `2023-09`, `2023-09-13`.
pub(crate) fn equal_or_coarser(date: &str) -> [&str; 3] {
    let year = date.get(..4).unwrap_or(date);
    let month = date.get(..7).unwrap_or(date);
    [year, month, date]
}

/// Whether two dates could be the same day at different precisions.
pub fn dates_compatible(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.starts_with(b) || b.starts_with(a),
        _ => false,
    }
}

/// The more precise of two compatible dates.
pub(crate) fn more_precise<'d>(a: Option<&'d str>, b: Option<&'d str>) -> Option<&'d str> {
    match (a, b) {
        (Some(a), Some(b)) => Some(if b.len() > a.len() { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// The publication dates an undated report published on `published` merges
/// with, as inclusive `YYYY-MM-DD` bounds.
pub(crate) fn undated_window(published: &str) -> Option<(String, String)> {
    let day: Date = published.parse().ok()?;
    let from = day.checked_sub(UNDATED_WINDOW_DAYS.days()).ok()?;
    let to = day.checked_add(UNDATED_WINDOW_DAYS.days()).ok()?;
    Some((from.to_string(), to.to_string()))
}

/// The day an event sorts by: the first day its date covers, else the day
/// it was first reported, else empty (unknown).
pub(crate) fn sort_day(date: Option<&str>, first_published: Option<&str>) -> String {
    date.and_then(DateValue::parse)
        .and_then(|d| d.first_day())
        .map(|d| d.to_string())
        .or_else(|| first_published.map(str::to_string))
        .unwrap_or_default()
}

/// `YYYY-MM` of a sort day, or empty when unknown.
pub(crate) fn month_of(day: &str) -> &str {
    day.get(..7).unwrap_or("")
}

/// How firmly a modality states that the event happened, for choosing the
/// one a merged event shows: an asserted report outweighs a rumour.
pub(crate) fn modality_strength(modality: &str) -> u8 {
    match modality {
        "asserted" => 4,
        "reported" => 3,
        "planned" => 2,
        "speculated" => 1,
        _ => 0,
    }
}

/// The earlier of two optional `YYYY-MM-DD` dates; a known date beats none.
pub(crate) fn earlier<'d>(a: Option<&'d str>, b: Option<&'d str>) -> Option<&'d str> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_keys_drop_roles_but_keep_igo_codes() {
        assert_eq!(actor_key(Some("RUSGOV")), "RUS");
        assert_eq!(actor_key(Some("RUS")), "RUS");
        assert_eq!(actor_key(Some("IGOUNO")), "IGOUNO");
        assert_eq!(actor_key(Some("IGOUNOKID")), "IGOUNO");
        assert_eq!(actor_key(None), "");
    }

    #[test]
    fn a_month_is_compatible_with_its_days_but_not_another_month() {
        assert!(dates_compatible(Some("2023-09"), Some("2023-09-13")));
        assert!(dates_compatible(Some("2023-09-13"), Some("2023-09-13")));
        assert!(dates_compatible(Some("2023"), Some("2023-09-13")));
        assert!(!dates_compatible(Some("2023-09-13"), Some("2023-09-14")));
        assert!(!dates_compatible(Some("2023-09"), Some("2023-10")));
        assert!(!dates_compatible(None, Some("2023-10")));
        assert_eq!(more_precise(Some("2023-09"), Some("2023-09-13")), Some("2023-09-13"));
    }

    #[test]
    fn undated_window_spans_days_either_side() {
        let (from, to) = undated_window("2024-03-01").unwrap();
        assert_eq!((from.as_str(), to.as_str()), ("2024-02-27", "2024-03-04"));
        assert_eq!(undated_window("not a date"), None);
    }

    #[test]
    fn meetings_are_symmetric_and_attacks_are_not() {
        let codes = SymmetricCodes::embedded();
        assert!(codes.contains("043"));
        assert!(codes.contains("0622") || codes.contains("062"));
        assert!(!codes.contains("190"));
        assert!(!codes.contains("042"));
    }

    #[test]
    fn sort_day_prefers_the_event_date() {
        assert_eq!(sort_day(Some("2023-09"), Some("2023-10-02")), "2023-09-01");
        assert_eq!(sort_day(None, Some("2023-10-02")), "2023-10-02");
        assert_eq!(sort_day(None, None), "");
    }
}
