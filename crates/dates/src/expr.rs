//! What a temporal expression says, before it is placed on the calendar,
//! and how it is placed.

use dossier_core::DateValue;
use jiff::civil::{Date, Weekday};

use crate::calendar::{add_days, monday_of_week, nearest_day_of_month, nearest_weekday, shift_month};

/// The year a month or day belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearRef {
    /// Not said: taken from the publication date and the tense.
    Unsaid,
    Explicit(i16),
    /// "last year" → -1, "this year" → 0, "next year" → 1.
    Relative(i32),
    /// A named month with "last" (-1), "this" (0) or "next" (1): the
    /// latest such month before the publication month, the one the tense
    /// gives, or the earliest after it.
    Around(i32),
}

/// The month a bare day ("the 18th") belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MonthRef {
    Unsaid,
    /// "of last month" → -1, "of this month" → 0.
    Relative(i32),
    Named(i8, YearRef),
}

/// A weekday's qualifier: "on Tuesday", "last Tuesday", "next Tuesday".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WeekdayRef {
    Plain,
    Last,
    Next,
}

/// An unresolved temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum When {
    Exact(DateValue),
    Day(i8, MonthRef),
    Month(i8, YearRef),
    Weekday(Weekday, WeekdayRef),
    /// "the first Monday of May" → (1, Monday, May); -1 for "last".
    NthWeekday(i8, Weekday, MonthRef),
    /// Days from publication: "yesterday" → -1, "three days ago" → -3.
    DaysFromPublication(i64),
    WeeksFromPublication(i64),
    MonthsFromPublication(i32),
    YearsFromPublication(i32),
    /// Days from the last day named in the paragraph: "that day" → 0,
    /// "the previous day" → -1, "the next day" → 1.
    DaysFromAnchor(i64),
    /// "that month", "the same month": the anchor's month.
    AnchorMonth,
    /// "that year", "the same year": the anchor's year.
    AnchorYear,
}

/// What a resolution may lean on.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Context {
    pub published: Option<Date>,
    /// The last date earlier in the same paragraph.
    pub anchor: Option<DateValue>,
    /// A future cue governs the expression ("will visit on the 18th").
    pub future: bool,
    /// A past cue governs it ("was held in December").
    pub past: bool,
}

impl When {
    /// The calendar value, or `None` when the text does not support one
    /// (a relative expression without a publication date, an invalid day).
    pub(crate) fn resolve(self, cx: &Context) -> Option<DateValue> {
        match self {
            When::Exact(value) => Some(value),
            When::Day(day, month) => resolve_day(day, month, cx),
            When::Month(month, year) => resolve_month(month, year, cx),
            When::Weekday(weekday, which) => {
                let (future, strict) = match which {
                    WeekdayRef::Plain => (cx.future, false),
                    WeekdayRef::Last => (false, true),
                    WeekdayRef::Next => (true, true),
                };
                nearest_weekday(cx.published?, weekday, future, strict).map(DateValue::Day)
            }
            When::NthWeekday(n, weekday, month) => {
                let DateValue::Day(first) = resolve_day(1, month, cx)? else { return None };
                first.nth_weekday_of_month(n, weekday).ok().map(DateValue::Day)
            }
            When::AnchorMonth => match cx.anchor? {
                DateValue::Day(d) => Some(DateValue::Month { year: d.year(), month: d.month() }),
                month @ DateValue::Month { .. } => Some(month),
                DateValue::Year(_) => None,
            },
            When::AnchorYear => Some(DateValue::Year(cx.anchor?.year())),
            When::DaysFromPublication(days) => add_days(cx.published?, days).map(DateValue::Day),
            When::WeeksFromPublication(weeks) => {
                // A week is not a day: give the month its Monday falls in.
                let monday = monday_of_week(cx.published?, weeks)?;
                Some(DateValue::Month { year: monday.year(), month: monday.month() })
            }
            When::MonthsFromPublication(months) => {
                let p = cx.published?;
                let (year, month) = shift_month(p.year(), p.month(), months)?;
                Some(DateValue::Month { year, month })
            }
            When::YearsFromPublication(years) => {
                let year = i32::from(cx.published?.year()).checked_add(years)?;
                i16::try_from(year).ok().map(DateValue::Year)
            }
            When::DaysFromAnchor(days) => {
                let from = match (cx.anchor, days) {
                    (Some(DateValue::Day(anchor)), _) => anchor,
                    // "That day" with no day named before it could be any day.
                    (_, 0) => return None,
                    (_, _) => cx.published?,
                };
                add_days(from, days).map(DateValue::Day)
            }
        }
    }
}

fn resolve_day(day: i8, month: MonthRef, cx: &Context) -> Option<DateValue> {
    let date = match month {
        MonthRef::Unsaid => nearest_day_of_month(cx.published?, day, cx.future)?,
        MonthRef::Relative(k) => {
            let p = cx.published?;
            let (y, m) = shift_month(p.year(), p.month(), k)?;
            Date::new(y, m, day).ok()?
        }
        MonthRef::Named(m, year) => {
            let DateValue::Month { year, month } = resolve_month(m, year, cx)? else { return None };
            Date::new(year, month, day).ok()?
        }
    };
    Some(DateValue::Day(date))
}

/// A named month: the year said, else the publication year, moved to the
/// next year for a future month already past, or to the previous year for
/// a past-tense month still to come.
fn resolve_month(month: i8, year: YearRef, cx: &Context) -> Option<DateValue> {
    let year = match year {
        YearRef::Explicit(y) => y,
        YearRef::Relative(k) => i16::try_from(i32::from(cx.published?.year()).checked_add(k)?).ok()?,
        YearRef::Around(step) if step != 0 => {
            let p = cx.published?;
            let before = step < 0;
            match (before, month < p.month(), month > p.month()) {
                (true, true, _) | (false, _, true) => p.year(),
                (true, false, _) => p.year().checked_sub(1)?,
                (false, _, false) => p.year().checked_add(1)?,
            }
        }
        YearRef::Unsaid | YearRef::Around(_) => {
            let p = cx.published?;
            if cx.future && month < p.month() {
                p.year().checked_add(1)?
            } else if cx.past && !cx.future && month > p.month() {
                p.year().checked_sub(1)?
            } else {
                p.year()
            }
        }
    };
    Some(DateValue::Month { year, month })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn cx(future: bool, past: bool) -> Context {
        Context { published: Some(date(2023, 9, 18)), anchor: None, future, past }
    }

    #[test]
    fn bare_months_follow_the_tense() {
        let month = |m, c: Context| When::Month(m, YearRef::Unsaid).resolve(&c).unwrap().to_string();
        assert_eq!(month(10, cx(false, false)), "2023-10");
        assert_eq!(month(10, cx(false, true)), "2022-10");
        assert_eq!(month(3, cx(true, false)), "2024-03");
        assert_eq!(month(3, cx(false, false)), "2023-03");
        let around = |m, k| When::Month(m, YearRef::Around(k)).resolve(&cx(false, false)).unwrap().to_string();
        assert_eq!(around(9, -1), "2022-09");
        assert_eq!(around(8, -1), "2023-08");
        assert_eq!(around(9, 1), "2024-09");
        assert_eq!(around(10, 1), "2023-10");
    }

    #[test]
    fn relative_values_need_a_publication_date() {
        let none = Context { published: None, anchor: None, future: false, past: false };
        assert_eq!(When::DaysFromPublication(-1).resolve(&none), None);
        assert_eq!(When::Month(3, YearRef::Explicit(2020)).resolve(&none).unwrap().to_string(), "2020-03");
        assert_eq!(When::DaysFromAnchor(0).resolve(&cx(false, false)), None);
        assert_eq!(When::DaysFromAnchor(-1).resolve(&cx(false, false)).unwrap().to_string(), "2023-09-17");
        assert_eq!(When::Day(31, MonthRef::Relative(-3)).resolve(&cx(false, false)), None, "June has no 31st");
    }
}
