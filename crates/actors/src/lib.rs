//! The actor stage: countries, people, organisations and places named in a
//! document, each resolved to one entity with a CAMEO actor code.
//!
//! The gazetteer (`data/actors/*.tsv`, plus `--dict` files) is matched in one
//! pass over the word starts ([`matcher`]); names it does not know are
//! recognised by their shape ([`shapes`]), from the titles and head nouns of
//! the name-shape lexicon (`data/actors/lexicon.tsv`, [`lexicon`]); short
//! forms ("Putin", "Chairman Kim") are resolved to the full names of the
//! same document ([`resolve`]).

mod check;
mod error;
pub mod gazetteer;
mod lexicon;
pub mod matcher;
mod names;
pub mod records;
mod resolve;
mod shapes;
mod stage;
mod view;

pub use check::{check_dict, check_text, Checked};
pub use error::{Error, Issue, Result};
pub use records::DictKind;
pub use stage::ActorStage;
