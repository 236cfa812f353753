//! The event stage: who did what to whom, coded in CAMEO.
//!
//! Each sentence is seen as a row of [`items`](items::Item): words,
//! punctuation and the actors the actor stage found. The verb and noun
//! patterns of `data/cameo/verbs.tsv` ([`patterns`]) are matched on that row
//! ([`matcher`]): a pattern names its anchor word, where the source and
//! target stand, and whether direction flips ("receive * from") or carries
//! no meaning (meetings). [`cues`] then decide modality and attribution, and
//! the [`codebook`] supplies each code's quad class and Goldstein value.

pub mod codebook;
pub mod cues;
mod error;
pub mod grammar;
pub mod items;
pub mod lexicon;
pub mod matcher;
pub mod patterns;
mod stage;
mod vocab;

pub use error::{Error, Result};
pub use stage::EventStage;
