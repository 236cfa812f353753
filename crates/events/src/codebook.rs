//! The CAMEO event codebook (`data/cameo/codes.tsv`): names, quad classes
//! and Goldstein values.

use rustc_hash::FxHashMap as HashMap;

use crate::{vocab, Error, Result};

const EMBEDDED: &str = include_str!("../../../data/cameo/codes.tsv");

/// What the codebook says of one event code.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeInfo {
    pub name: String,
    pub quad: u8,
    pub goldstein: f32,
}

#[derive(Clone, Debug, Default)]
pub struct Codebook {
    codes: HashMap<String, CodeInfo>,
}

impl Codebook {
    pub fn embedded() -> Result<Codebook> {
        Codebook::parse("data/cameo/codes.tsv", EMBEDDED)
    }

    pub fn parse(file: &str, text: &str) -> Result<Codebook> {
        let table = vocab::table(file, text, &["code", "name", "quad", "goldstein"])?;
        let mut codes = HashMap::default();
        for row in &table.rows {
            let bad = |message: String| Error::Entry { file: file.to_string(), line: row.line, message };
            let code = row.get(0);
            if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(format!("`{code}` is not a CAMEO code (2 to 4 digits)")));
            }
            let quad: u8 = row.get(2).parse().ok().filter(|q| (1..=4).contains(q)).ok_or_else(|| bad("quad must be 1, 2, 3 or 4".into()))?;
            let goldstein: f32 =
                row.get(3).parse().ok().filter(|g: &f32| (-10.0..=10.0).contains(g)).ok_or_else(|| bad("goldstein must be a number from -10 to 10".into()))?;
            codes.insert(code.to_string(), CodeInfo { name: row.get(1).to_string(), quad, goldstein });
        }
        Ok(Codebook { codes })
    }

    /// The codebook entry of `code`, falling back to its parents ("0431" →
    /// "043" → "04") so a pattern may use a finer code than the table holds.
    pub fn get(&self, code: &str) -> Option<&CodeInfo> {
        (2..=code.len()).rev().find_map(|n| self.codes.get(&code[..n]))
    }

    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    /// The quad class of a root when the table lacks it, as GDELT derives it.
    pub fn quad_of_root(code: &str) -> u8 {
        match code.get(..2).and_then(|r| r.parse::<u8>().ok()) {
            Some(1..=5) => 1,
            Some(6..=8) => 2,
            Some(9..=13) => 3,
            _ => 4,
        }
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_parent_codes() {
        let book = Codebook::parse("t", "code\tname\tquad\tgoldstein\n04\tConsult\t1\t1.0\n042\tMake a visit\t1\t1.9\n").unwrap();
        assert_eq!(book.get("042").unwrap().goldstein, 1.9);
        assert_eq!(book.get("0421").unwrap().name, "Make a visit");
        assert_eq!(book.get("046").unwrap().name, "Consult");
        assert!(book.get("19").is_none());
    }

    #[test]
    fn rejects_bad_rows_with_line_numbers() {
        let err = Codebook::parse("t", "code\tname\tquad\tgoldstein\n04\tConsult\t7\t1\n").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}
