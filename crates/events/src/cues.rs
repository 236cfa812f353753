//! Modality and attribution cues (`data/cameo/modality.tsv`).

use dossier_core::Modality;
use rustc_hash::FxHashMap as HashMap;

use crate::grammar::Class;
use crate::items::Row;
use crate::{vocab, Error, Result};

const EMBEDDED: &str = include_str!("../../../data/cameo/modality.tsv");

/// Cue phrases, each a run of lowercase words, with the modality it gives.
#[derive(Clone, Debug, Default)]
pub struct Cues {
    phrases: Vec<Cue>,
    /// Indices into `phrases` by their first word, so a sentence's words
    /// are each looked up once instead of compared with every cue.
    by_first_word: HashMap<String, Vec<usize>>,
}

#[derive(Clone, Debug)]
struct Cue {
    words: Vec<String>,
    modality: Modality,
    /// Valid anywhere before the verb, not only inside its clause.
    sentence_wide: bool,
}

impl Cues {
    pub fn embedded() -> Result<Cues> {
        Cues::parse("data/cameo/modality.tsv", EMBEDDED)
    }

    pub fn parse(file: &str, text: &str) -> Result<Cues> {
        let table = vocab::table(file, text, &["modality", "cue", "scope"])?;
        let mut phrases = Vec::new();
        for row in &table.rows {
            let modality = match row.get(0) {
                "reported" => Modality::Reported,
                "speculated" => Modality::Speculated,
                "planned" => Modality::Planned,
                "negated" => Modality::Negated,
                other => {
                    return Err(Error::Entry {
                        file: file.to_string(),
                        line: row.line,
                        message: format!("`{other}`: modality is reported, speculated, planned or negated"),
                    })
                }
            };
            let sentence_wide = match row.get(2) {
                "sentence" => true,
                "clause" | "" => false,
                other => {
                    return Err(Error::Entry { file: file.to_string(), line: row.line, message: format!("`{other}`: scope is clause or sentence") })
                }
            };
            let words: Vec<String> = row.get(1).split_whitespace().map(str::to_lowercase).collect();
            if !words.is_empty() {
                phrases.push(Cue { words, modality, sentence_wide });
            }
        }
        let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, cue) in phrases.iter().enumerate() {
            by_first_word.entry(cue.words[0].clone()).or_default().push(i);
        }
        Ok(Cues { phrases, by_first_word })
    }

    /// The strongest modality cued before the verb at item `verb`, whose
    /// clause starts at item `clause`.
    pub fn modality(&self, row: &Row, clause: usize, verb: usize) -> Modality {
        let mut best = Modality::Asserted;
        for i in 0..verb.min(row.len()) {
            let Some(starting_here) = self.by_first_word.get(row.word(i)) else { continue };
            for cue in starting_here.iter().map(|&c| &self.phrases[c]) {
                let in_scope = cue.sentence_wide || i >= clause;
                let fits = in_scope && cue.words.iter().enumerate().all(|(k, w)| i + k < verb && row.word(i + k) == w);
                if fits && strength(cue.modality) > strength(best) {
                    best = cue.modality;
                }
            }
        }
        best
    }
}

fn strength(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 0,
        Modality::Reported => 1,
        Modality::Planned => 2,
        Modality::Speculated => 3,
        Modality::Negated => 4,
    }
}

/// Who an event in items `..before` is attributed to: the actor after
/// "according to", or the actor that "reported/announced/revealed that ...".
pub fn attribution(row: &Row, before: usize) -> Option<usize> {
    let end = before.min(row.len());
    for i in 0..end {
        if row.word(i) == "according" && row.word(i + 1) == "to" {
            let at = if row.is(i + 2, Class::Determiner) { i + 3 } else { i + 2 };
            if let Some(entity) = row.items.get(at).and_then(|it| it.actor()) {
                return Some(entity);
            }
        }
    }
    let that = (0..end).rev().find(|&i| row.is(i, Class::Complementizer))?;
    let verb = (that.saturating_sub(3)..that).rev().find(|&i| row.is(i, Class::ReportVerb))?;
    (verb.saturating_sub(6)..verb).rev().find_map(|i| row.items[i].actor())
}

/// Who a sentence closing in a report clause credits: "..., the Finnish
/// ministry said." or "..., said a Russian official." — the last comma after
/// the event's items opens a short tail holding a reporting verb and an actor.
pub fn trailing_attribution(row: &Row, after: usize) -> Option<usize> {
    const TAIL_REACH: usize = 10;
    let comma = (after + 1..row.len()).rev().find(|&i| row.is_char(i, b','))?;
    let tail = comma + 1..row.len();
    if tail.len() > TAIL_REACH || !tail.clone().any(|i| row.is(i, Class::ReportVerb)) {
        return None;
    }
    tail.clone().find_map(|i| row.items[i].actor())
}

/// Whether items `..before` put the event in a condition ("if", "unless",
/// "whether"): hypotheticals are not events.
pub fn is_hypothetical(row: &Row, before: usize) -> bool {
    (0..before.min(row.len())).any(|i| row.is(i, Class::Conditional))
}
