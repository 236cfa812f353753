//! How dossier ingests: the inputs a store still lacks are extracted in
//! parallel while one writer thread stores their records in batches, each
//! batch one transaction.
//!
//! ```text
//!  inputs ─ plan ─▶ todo ─ extract (rayon, every core but one) ─▶ gather into batches ─▶ writer (one thread) ─▶ Store
//!                                                                                          └▶ Observer: progress, tallies
//! ```
//!
//! `dossier ingest` and the store benchmark both run [`ingest`], so the
//! benchmark measures what users run. What a front end shows while the
//! writer works (a progress bar, a tally, timings) it learns through an
//! [`Observer`].

mod error;
mod plan;
mod run;

pub use error::{Error, Result};
pub use plan::{plan, Input, Plan};
pub use run::{extraction_pool_beside_writer, first_batch_size, ingest, Commit, Observer};
