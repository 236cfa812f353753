//! dossier turns news articles into a sourced model of who did what to whom.
//!
//! ```text
//!  bytes ─ read ─▶ Document ─ clean ─ language ─ segment ─ actors ─ dates ─ events ─ quotes ─▶ ExtractRecord
//!        (dossier-read)        (dossier-text)              (-actors) (-dates) (-events) (-quotes)   (dossier-core)
//! ```
//!
//! [`Extractor`] is the entry point: it reads inputs, runs the standard
//! [`Pipeline`] over every document in parallel and yields one
//! [`ExtractRecord`] per document, bad inputs included (with `error` set).

mod error;
mod extract;
mod pipeline;
mod walk;

pub use dossier_core::contract::ExtractRecord;
pub use dossier_core::{Document, Layer, Stage};
pub use error::{Error, Result};
pub use extract::{inputs_per_task, Extractor, ExtractorOptions};
pub use pipeline::{Pipeline, STAGE_BATCH};
pub use walk::{collect_inputs, InputPath};
