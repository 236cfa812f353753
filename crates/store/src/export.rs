//! Exporting merged events, including as GDELT 2.0 event-table rows so
//! tools written for GDELT read dossier's output.

use rusqlite::params_from_iter;
use serde::Serialize;

use crate::merge::actor_key;
use crate::query::events::{event_conditions, event_row, COLUMNS, FROM};
use crate::query::{EventFilter, EventRow, MentionRow};
use crate::{Result, Store};

/// The 61 columns of GDELT 2.0's event table, in GDELT's order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
];

/// A merged event with what an export needs beyond the listing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExportedEvent {
    #[serde(flatten)]
    pub event: EventRow,
    /// Whether some report has it in the article's first paragraph (GDELT's
    /// IsRootEvent).
    pub is_root: bool,
    /// When it was stored, `YYYY-MM-DDTHH:MM:SSZ`.
    pub added_at: String,
    /// Every report; filled only when asked for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<MentionRow>,
}

impl Store {
    /// Calls `each` for every event that `filter` selects, oldest first,
    /// without holding them all in memory.
    pub fn export(
        &self,
        filter: &EventFilter,
        with_mentions: bool,
        mut each: impl FnMut(ExportedEvent) -> Result<()>,
    ) -> Result<()> {
        let mut c = event_conditions(filter);
        let sql = format!(
            "SELECT {COLUMNS}, e.added_at, (SELECT max(is_root) FROM mentions WHERE event_id = e.id){FROM}{}
             ORDER BY e.id{}",
            c.where_sql(),
            c.limit_sql(filter.limit)
        );
        let mut statement = self.conn.prepare(&sql)?;
        let mut rows = statement.query(params_from_iter(c.params.iter()))?;
        while let Some(row) = rows.next()? {
            let event = event_row(row)?;
            let mentions = if with_mentions { self.mentions(event.id)? } else { Vec::new() };
            let is_root = row.get::<_, Option<bool>>(19)?.unwrap_or(false);
            each(ExportedEvent { event, is_root, added_at: row.get(18)?, mentions })?;
        }
        Ok(())
    }
}

/// The GDELT 2.0 event-table line of `exported`, tab-separated, without
/// the newline. Fields dossier does not know (tone, coordinates, ethnic and
/// religion codes) are empty, as in GDELT.
pub fn gdelt_row(exported: &ExportedEvent) -> String {
    let e = &exported.event;
    let mut fields: Vec<String> = Vec::with_capacity(GDELT_COLUMNS.len());
    fields.push(e.id.to_string());
    fields.extend(day_fields(&e.day));
    fields.extend(actor_fields(&e.source_code, e.source_name.as_deref()));
    fields.extend(actor_fields(&e.target_code, e.target_name.as_deref()));
    fields.push(if exported.is_root { "1" } else { "0" }.to_string());
    fields.push(e.code.clone());
    fields.push(e.code.get(..3).unwrap_or(&e.code).to_string());
    fields.push(e.root.clone());
    fields.push(e.quad.to_string());
    fields.push(format!("{:.1}", e.goldstein));
    fields.extend([e.num_mentions.to_string(), e.num_sources.to_string(), e.num_mentions.to_string(), String::new()]);
    fields.extend(std::iter::repeat_n(String::new(), 16));
    fields.push(String::new());
    fields.push(e.location.clone().unwrap_or_default());
    fields.extend(std::iter::repeat_n(String::new(), 6));
    fields.push(exported.added_at.chars().filter(char::is_ascii_digit).collect());
    fields.push(e.first_source.clone());
    fields.iter().map(|f| f.replace(['\t', '\n', '\r'], " ")).collect::<Vec<_>>().join("\t")
}

/// Day, MonthYear, Year, FractionDate of a `YYYY-MM-DD` day (empty when
/// unknown).
fn day_fields(day: &str) -> [String; 4] {
    let Ok(date) = day.parse::<jiff::civil::Date>() else {
        return Default::default();
    };
    let fraction = date.year() as f64 + date.day_of_year() as f64 / 365.0;
    [
        format!("{:04}{:02}{:02}", date.year(), date.month(), date.day()),
        format!("{:04}{:02}", date.year(), date.month()),
        format!("{:04}", date.year()),
        format!("{fraction:.4}"),
    ]
}

/// Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code,
/// Religion2Code, Type1Code, Type2Code, Type3Code of one actor.
fn actor_fields(code: &str, name: Option<&str>) -> [String; 10] {
    let key = actor_key(Some(code));
    let (country, group) = if key.len() == 6 { ("", key.get(3..).unwrap_or("")) } else { (key, "") };
    let roles = code.get(key.len()..).unwrap_or("");
    let role = |i: usize| roles.get(i * 3..i * 3 + 3).unwrap_or("").to_string();
    let type1 = if key.len() == 6 { key.get(..3).unwrap_or("").to_string() } else { role(0) };
    let (type2, type3) = if key.len() == 6 { (role(0), role(1)) } else { (role(1), role(2)) };
    [
        code.to_string(),
        if code.is_empty() { String::new() } else { name.unwrap_or("").to_uppercase() },
        country.to_string(),
        group.to_string(),
        String::new(),
        String::new(),
        String::new(),
        type1,
        type2,
        type3,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_codes_split_into_gdelt_fields() {
        let f = actor_fields("PRKGOV", Some("North Korea"));
        assert_eq!((f[0].as_str(), f[1].as_str(), f[2].as_str(), f[7].as_str()), ("PRKGOV", "NORTH KOREA", "PRK", "GOV"));
        let f = actor_fields("IGOUNO", Some("United Nations"));
        assert_eq!((f[2].as_str(), f[3].as_str(), f[7].as_str()), ("", "UNO", "IGO"));
        assert!(actor_fields("", None).iter().all(String::is_empty));
    }

    #[test]
    fn days_become_gdelt_dates() {
        let [day, month, year, fraction] = day_fields("2023-09-13");
        assert_eq!((day.as_str(), month.as_str(), year.as_str()), ("20230913", "202309", "2023"));
        assert_eq!(fraction, "2023.7014");
        assert!(day_fields("").iter().all(String::is_empty));
    }
}
