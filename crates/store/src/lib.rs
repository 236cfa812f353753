//! dossier's embedded store: everything `dossier extract` produces, in one
//! SQLite file, with the reports of one real-world event by several
//! articles merged into one event that keeps every mention's provenance.
//!
//! The store takes [`ExtractRecord`](dossier_core::contract::ExtractRecord)s,
//! the public contract, so it needs nothing of the pipeline. Writes go in
//! batched transactions in WAL mode: a process killed at any moment leaves
//! a consistent database, and storing the same records again changes
//! nothing.

mod candidate;
mod checkpoint;
mod check;
mod error;
mod export;
mod merge;
mod open;
mod path;
mod query;
mod schema;
mod statements;
mod tally;
mod text;
mod update;
mod write;

pub use error::{Error, Result};
pub use export::{gdelt_row, ExportedEvent, GDELT_COLUMNS};
pub use merge::{dates_compatible, UNDATED_WINDOW_DAYS};
pub use open::Store;
pub use path::default_path;
pub use query::{
    ActorFilter, ActorRow, EventDetail, EventFilter, EventRow, MentionRow, QuoteFilter, QuoteRow, RelationFilter,
    RelationRow, SearchHit, Totals,
};
pub use schema::VERSION as SCHEMA_VERSION;
pub use write::{InputStamp, Outcome};
