//! Temporal expressions and number phrases.
//!
//! [`DateStage`] finds dates ("on the 18th", "last month", "18 March 2024")
//! and resolves them against the publication date; [`QuantityStage`] finds
//! number phrases ("over 1,000 containers", "tens of thousands of troops").
//! Both scan the tokens of each sentence by hand with small tables of
//! English words (`words.rs`): no regular expressions, no per-token strings.
//! Each first passes over the document's tokens once with a cheap test of
//! their bytes (`view::Candidates`) and then reads only the sentences, and
//! in them only the tokens, that the test let through.

mod calendar;
mod dates;
mod expr;
mod numbers;
mod quantity;
mod shapes;
mod tense;
mod view;
mod words;

pub use dates::DateStage;
pub use quantity::QuantityStage;
