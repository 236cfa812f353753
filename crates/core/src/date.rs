//! Dates of the precision a text supports: a day, a month or a year.

use std::fmt;

use jiff::civil::Date;

/// A calendar date as precise as the text allows ("on the 18th" → a day,
/// "last month" → a month, "in 2019" → a year).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateValue {
    Day(Date),
    Month { year: i16, month: i8 },
    Year(i16),
}

impl DateValue {
    pub fn year(&self) -> i16 {
        match self {
            DateValue::Day(d) => d.year(),
            DateValue::Month { year, .. } => *year,
            DateValue::Year(y) => *y,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<DateValue> {
        let s = s.trim();
        match s.len() {
            4 => s.parse().ok().map(DateValue::Year),
            7 => {
                let (y, m) = s.split_once('-')?;
                let month: i8 = m.parse().ok()?;
                (1..=12)
                    .contains(&month)
                    .then_some(DateValue::Month { year: y.parse().ok()?, month })
            }
            10 => s.parse::<Date>().ok().map(DateValue::Day),
            _ => None,
        }
    }

    /// The first day this value covers, for ordering and range queries.
    pub fn first_day(&self) -> Option<Date> {
        match *self {
            DateValue::Day(d) => Some(d),
            DateValue::Month { year, month } => Date::new(year, month, 1).ok(),
            DateValue::Year(year) => Date::new(year, 1, 1).ok(),
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            DateValue::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            DateValue::Year(year) => write!(f, "{year:04}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_precision() {
        for s in ["2024-03-18", "2023-07", "2019"] {
            assert_eq!(DateValue::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(DateValue::parse("2023-13"), None);
        assert_eq!(DateValue::parse("18th"), None);
    }
}
