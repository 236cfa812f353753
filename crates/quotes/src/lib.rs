//! Quote stage: who said what, in quotation marks or reported.
//!
//! Quoted stretches are found by pairing quotation marks (tolerant of the
//! marks scraped text carries), then attributed by the speech verbs around
//! them; reported speech ("X said that …", "according to X, …") is found
//! from the same verbs. Speakers link to the actor stage's mention of their
//! name (never to a mention in their title or apposition); pronouns and
//! "the official" refer back to the last named speaker. "According to" a
//! news outlet (the media rows of the actor gazetteer) or a mere channel of
//! another speaker is sourcing, not a quotation. Everything the stage knows
//! about words lives in `data/quotes/`.

mod attribute;
mod block_bits;
mod context;
mod draft;
mod error;
mod indirect;
mod marks;
mod resolve;
mod speaker;
mod stage;
mod verb_scan;
mod vocab;
mod words;

pub use error::{Error, Result};
pub use stage::QuoteStage;
pub use vocab::Vocabulary;
