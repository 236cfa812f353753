//! What the event coder knows about a lowercase word, found with one hash
//! lookup per item of a sentence: its grammar classes and, for a word some
//! pattern names, its word id in [`Patterns`] (which gives the patterns
//! anchored on it and lets pattern words be compared as ids).

use rustc_hash::FxHashMap as HashMap;

use crate::grammar::{Classes, Grammar};
use crate::patterns::{Patterns, WordId};

/// The entry of every word the grammar or a pattern names.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    entries: HashMap<String, Entry>,
}

/// What the lexicon knows about one word; the default for any other.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub classes: Classes,
    /// The word's id among the pattern words, if a pattern names it.
    pub word: Option<WordId>,
}

impl Lexicon {
    pub fn new(grammar: &Grammar, patterns: &Patterns) -> Lexicon {
        let mut entries: HashMap<String, Entry> = HashMap::default();
        for (word, classes) in grammar.words() {
            entries.entry(word.to_string()).or_default().classes |= classes;
        }
        for (word, id) in patterns.words() {
            entries.entry(word.to_string()).or_default().word = Some(id);
        }
        Lexicon { entries }
    }

    /// The entry of lowercase `word`.
    #[inline]
    pub fn entry(&self, word: &str) -> Entry {
        self.entries.get(word).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Class;

    #[test]
    fn one_entry_holds_a_words_classes_and_its_pattern_id() {
        let grammar = Grammar::parse("g", "class\twords\npreposition\tby|to\npassive\twas\n").unwrap();
        let patterns = Patterns::parse("p", "code\tpattern\tflags\n042\tS visit+ T\t\n043\tS host+ T to\t\n").unwrap();
        let lexicon = Lexicon::new(&grammar, &patterns);
        let to = lexicon.entry("to");
        assert_eq!(to.classes, Class::Preposition.bit());
        assert!(to.word.is_some_and(|id| patterns.anchored_on_word(id).is_empty()));
        let visited = lexicon.entry("visited");
        assert_eq!(visited.classes, 0);
        assert_eq!(visited.word.map(|id| patterns.anchored_on_word(id)), Some(&[0][..]));
        assert_eq!(lexicon.entry("was"), Entry { classes: Class::Passive.bit(), word: None });
        assert_eq!(lexicon.entry("Visited"), Entry::default());
    }
}
