//! Publication dates as formats and pages write them: ISO 8601 dates and
//! date-times, RFC 2822 (RSS, HTTP), `YYYY/MM/DD`, `YYYYMMDD`, and English
//! month names ("May 7, 2024", "7 May 2024"). The calendar date is taken
//! as written, ignoring any time of day or offset: that is the date the
//! publisher meant.

use jiff::civil::Date;

/// Years outside this range are typos or placeholders, not news dates.
const YEARS: std::ops::RangeInclusive<i16> = 1900..=2199;

/// The calendar date `text` gives, if it gives one.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    iso_like(text).or_else(|| rfc2822(text)).or_else(|| with_month_name(text))
}

fn make(year: i64, month: i64, day: i64) -> Option<Date> {
    let year = i16::try_from(year).ok().filter(|y| YEARS.contains(y))?;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

fn digits(bytes: &[u8]) -> Option<i64> {
    if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(bytes).ok()?.parse().ok()
}

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` (anything may follow) and
/// `YYYYMMDD` alone or before a `T`.
fn iso_like(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    if b.len() >= 10 && matches!(b[4], b'-' | b'/' | b'.') && b[7] == b[4] {
        let end_ok = !matches!(b.get(10), Some(c) if c.is_ascii_digit());
        if end_ok {
            return make(digits(&b[..4])?, digits(&b[5..7])?, digits(&b[8..10])?);
        }
    }
    if b.len() >= 8 && (b.len() == 8 || b[8] == b'T') {
        return make(digits(&b[..4])?, digits(&b[4..6])?, digits(&b[6..8])?);
    }
    None
}

fn rfc2822(text: &str) -> Option<Date> {
    let zoned = jiff::fmt::rfc2822::parse(text).ok()?;
    let date = zoned.date();
    YEARS.contains(&date.year()).then_some(date)
}

fn month_number(word: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let head = word.get(..3)?.to_ascii_lowercase();
    MONTHS.iter().position(|m| *m == head).map(|i| i as i64 + 1)
}

/// "May 7, 2024", "7 May 2024", "Tuesday, 7 May 2024 10:00".
fn with_month_name(text: &str) -> Option<Date> {
    let mut month = None;
    let mut numbers = [None::<i64>; 2];
    let mut count = 0;
    for word in text.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).take(6) {
        if let Some(n) = digits(word.trim_end_matches(['.', 's', 't', 'h', 'n', 'd', 'r']).as_bytes()) {
            if count < 2 {
                numbers[count] = Some(n);
                count += 1;
            }
        } else if month.is_none() && word.len() >= 3 {
            month = month_number(word);
        }
    }
    let (month, a, b) = (month?, numbers[0]?, numbers[1]?);
    let (day, year) = if a > 31 { (b, a) } else { (a, b) };
    make(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i16, m: i8, d: i8) -> Option<Date> {
        Some(Date::new(y, m, d).unwrap())
    }

    #[test]
    fn reads_the_usual_shapes() {
        assert_eq!(parse_date("2024-05-07"), ymd(2024, 5, 7));
        assert_eq!(parse_date(" 2024-05-07T23:10:00+09:00 "), ymd(2024, 5, 7));
        assert_eq!(parse_date("2024/05/07 10:00"), ymd(2024, 5, 7));
        assert_eq!(parse_date("20240507"), ymd(2024, 5, 7));
        assert_eq!(parse_date("Tue, 07 May 2024 10:00:00 GMT"), ymd(2024, 5, 7));
        assert_eq!(parse_date("May 7, 2024"), ymd(2024, 5, 7));
        assert_eq!(parse_date("Tuesday 7th May 2024"), ymd(2024, 5, 7));
    }

    #[test]
    fn refuses_non_dates() {
        assert_eq!(parse_date("2024-13-40"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("0000-00-00"), None);
        assert_eq!(parse_date("12345678901"), None);
        assert_eq!(parse_date(""), None);
    }
}
