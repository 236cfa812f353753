//! Closed word classes (`data/cameo/grammar.tsv`).

use rustc_hash::FxHashMap as HashMap;

use crate::{vocab, Result};

const EMBEDDED: &str = include_str!("../../../data/cameo/grammar.tsv");

/// A closed class of English function words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    Preposition,
    Determiner,
    Relative,
    Complementizer,
    Appositive,
    Passive,
    ActorNoun,
    Conditional,
    Coordinator,
    ReportVerb,
    /// Words that open a clause as well as a prepositional phrase ("since").
    Subordinator,
    /// Words that open a comma-delimited aside ("including", "such as")
    /// which a gap between a verb and its object may step over whole.
    Parenthetical,
}

/// A set of classes, one [`Class::bit`] each.
pub type Classes = u16;

impl Class {
    pub const fn bit(self) -> Classes {
        1 << self as u16
    }

    fn from_name(name: &str) -> Option<Class> {
        Some(match name {
            "preposition" => Class::Preposition,
            "determiner" => Class::Determiner,
            "relative" => Class::Relative,
            "complementizer" => Class::Complementizer,
            "appositive" => Class::Appositive,
            "passive" => Class::Passive,
            "actor_noun" => Class::ActorNoun,
            "conditional" => Class::Conditional,
            "coordinator" => Class::Coordinator,
            "report_verb" => Class::ReportVerb,
            "subordinator" => Class::Subordinator,
            "parenthetical" => Class::Parenthetical,
            _ => return None,
        })
    }
}

/// Which classes each lowercase word belongs to.
#[derive(Clone, Debug, Default)]
pub struct Grammar {
    classes: HashMap<String, Classes>,
}

impl Grammar {
    pub fn embedded() -> Result<Grammar> {
        Grammar::parse("data/cameo/grammar.tsv", EMBEDDED)
    }

    pub fn parse(file: &str, text: &str) -> Result<Grammar> {
        let table = vocab::table(file, text, &["class", "words"])?;
        let mut grammar = Grammar::default();
        for row in &table.rows {
            let class = Class::from_name(row.get(0)).ok_or_else(|| crate::Error::Entry {
                file: file.to_string(),
                line: row.line,
                message: format!("unknown word class `{}`", row.get(0)),
            })?;
            for word in vocab::words(row.get(1)) {
                *grammar.classes.entry(word).or_default() |= class.bit();
            }
        }
        Ok(grammar)
    }

    /// Whether lowercase `word` is in `class`.
    pub fn is(&self, word: &str, class: Class) -> bool {
        self.classes_of(word) & class.bit() != 0
    }

    /// Every word of some class, with its classes.
    pub fn words(&self) -> impl Iterator<Item = (&str, Classes)> {
        self.classes.iter().map(|(word, &classes)| (word.as_str(), classes))
    }

    /// Every class lowercase `word` belongs to, as a set of [`Class::bit`]s.
    pub fn classes_of(&self, word: &str) -> Classes {
        self.classes.get(word).copied().unwrap_or(0)
    }
}
