//! Calendar arithmetic on `jiff` dates that never panics: every step that
//! could leave the calendar answers `None`.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

/// How many months back or forward a day-of-month search may go (a 31st
/// is found within two months; the bound only stops runaway loops).
const MAX_MONTH_STEPS: i32 = 12;

/// The (year, month) `months` months away from `date`'s month.
pub(crate) fn shift_month(year: i16, month: i8, months: i32) -> Option<(i16, i8)> {
    let index = i32::from(year) * 12 + i32::from(month) - 1 + months;
    let year = i16::try_from(index.div_euclid(12)).ok()?;
    let month = i8::try_from(index.rem_euclid(12) + 1).ok()?;
    Some((year, month))
}

/// `date` moved by `days` days.
pub(crate) fn add_days(date: Date, days: i64) -> Option<Date> {
    date.checked_add(days.days()).ok()
}

/// The latest `day` of a month on or before `published` (or, `future`,
/// the earliest on or after), skipping months too short to have it.
pub(crate) fn nearest_day_of_month(published: Date, day: i8, future: bool) -> Option<Date> {
    let step = if future { 1 } else { -1 };
    for k in 0..=MAX_MONTH_STEPS {
        let (y, m) = shift_month(published.year(), published.month(), k * step)?;
        let Ok(candidate) = Date::new(y, m, day) else { continue };
        if (future && candidate >= published) || (!future && candidate <= published) {
            return Some(candidate);
        }
    }
    None
}

/// The `weekday` nearest `published` on the side `future` says, counting
/// `published` itself unless `strict`.
pub(crate) fn nearest_weekday(published: Date, weekday: Weekday, future: bool, strict: bool) -> Option<Date> {
    let have = i64::from(published.weekday().to_monday_zero_offset());
    let want = i64::from(weekday.to_monday_zero_offset());
    let mut days = if future { (want - have).rem_euclid(7) } else { -(have - want).rem_euclid(7) };
    if strict && days == 0 {
        days = if future { 7 } else { -7 };
    }
    add_days(published, days)
}

/// The Monday of the week `weeks` weeks away from `published`'s week.
pub(crate) fn monday_of_week(published: Date, weeks: i64) -> Option<Date> {
    let back = i64::from(published.weekday().to_monday_zero_offset());
    add_days(published, weeks.checked_mul(7)? - back)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn day_of_month_looks_back_or_ahead_past_short_months() {
        let published = date(2024, 3, 18);
        assert_eq!(nearest_day_of_month(published, 18, false), Some(date(2024, 3, 18)));
        assert_eq!(nearest_day_of_month(published, 20, false), Some(date(2024, 2, 20)));
        assert_eq!(nearest_day_of_month(published, 31, false), Some(date(2024, 1, 31)));
        assert_eq!(nearest_day_of_month(published, 5, true), Some(date(2024, 4, 5)));
    }

    #[test]
    fn weekdays_and_weeks() {
        let tuesday = date(2024, 3, 19);
        assert_eq!(nearest_weekday(tuesday, Weekday::Tuesday, false, false), Some(tuesday));
        assert_eq!(nearest_weekday(tuesday, Weekday::Tuesday, false, true), Some(date(2024, 3, 12)));
        assert_eq!(nearest_weekday(tuesday, Weekday::Friday, false, false), Some(date(2024, 3, 15)));
        assert_eq!(nearest_weekday(tuesday, Weekday::Monday, true, false), Some(date(2024, 3, 25)));
        assert_eq!(monday_of_week(tuesday, -1), Some(date(2024, 3, 11)));
        assert_eq!(shift_month(2024, 1, -1), Some((2023, 12)));
    }
}
