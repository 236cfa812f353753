//! One module per verb.

pub mod extract;
// Store verbs (ingest and queries) and their helpers.
pub mod actors;
pub mod db;
pub mod dict;
pub mod events;
pub mod export;
pub mod filters;
pub mod ingest;
pub mod output;
pub mod progress;
pub mod quotes;
pub mod relations;
pub mod search;
pub mod show;
