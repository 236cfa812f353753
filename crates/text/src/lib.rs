//! Text stages: [`Cleaner`] removes what a web page left around the article,
//! [`LanguageDetector`] names the language, [`Segmenter`] finds paragraphs,
//! sentences and tokens.
//!
//! What these stages know about the world (boilerplate phrases,
//! abbreviations, language codes) lives in `data/text/` and is compiled in;
//! the `with_*` constructors take other files in the same formats.

mod abbreviations;
mod boilerplate;
mod clean;
mod data;
mod error;
mod function_words;
mod hash;
mod language;
mod segment;
mod vector;

use dossier_core::bytes;

pub use clean::Cleaner;
pub use error::{Error, Result};
pub use language::LanguageDetector;
pub use segment::Segmenter;

/// U+2000–U+206F, the General Punctuation block: spaces, dashes, quotes,
/// bullets and invisible marks, none of them a letter or a digit. The
/// usual non-ASCII characters of English news, told at once.
fn is_general_punctuation(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}')
}

/// The embedded `data/text/boilerplate.txt`.
pub const BOILERPLATE: &str = include_str!("../../../data/text/boilerplate.txt");
/// The embedded `data/text/abbreviations.txt`.
pub const ABBREVIATIONS: &str = include_str!("../../../data/text/abbreviations.txt");
/// The embedded `data/text/languages.tsv`.
pub const LANGUAGES: &str = include_str!("../../../data/text/languages.tsv");
/// The embedded `data/text/function_words.txt`.
pub const FUNCTION_WORDS: &str = include_str!("../../../data/text/function_words.txt");
