//! Which inputs an ingest still has to read.

use std::time::UNIX_EPOCH;

use dossier::InputPath;
use dossier_store::{InputStamp, Store};

use crate::Result;

/// An input to read, with the stamp it is recorded under once stored whole.
#[derive(Clone, Debug)]
pub struct Input {
    pub path: InputPath,
    /// Size and modification time of a file; `None` for standard input or
    /// a file that cannot be inspected, which is then always read.
    pub stamp: Option<InputStamp>,
}

impl Input {
    /// Bytes the input holds, as far as its stamp tells (0 for standard
    /// input).
    pub fn bytes(&self) -> u64 {
        self.stamp.as_ref().map_or(0, |s| s.size)
    }
}

/// The inputs to read, and what the store already holds of the others.
#[derive(Debug, Default)]
pub struct Plan {
    pub todo: Vec<Input>,
    /// Documents of the inputs stored whole before, which are not read
    /// again.
    pub skipped_documents: u64,
}

impl Plan {
    /// Bytes the inputs to read hold.
    pub fn bytes(&self) -> u64 {
        self.todo.iter().map(Input::bytes).sum()
    }
}

/// Sorts `inputs` into those to read and those a previous ingest stored
/// whole (same path, size and modification time).
pub fn plan(store: &Store, inputs: Vec<InputPath>) -> Result<Plan> {
    let mut plan = Plan { todo: Vec::with_capacity(inputs.len()), skipped_documents: 0 };
    for path in inputs {
        let stamp = stamp_of(&path);
        if let Some(s) = &stamp {
            if let Some(documents) = store.finished_input(&s.path, s.size, s.modified)? {
                plan.skipped_documents += documents;
                continue;
            }
        }
        plan.todo.push(Input { path, stamp });
    }
    Ok(plan)
}

/// Size and modification time of a file input, under its canonical path.
fn stamp_of(input: &InputPath) -> Option<InputStamp> {
    let InputPath::File(path) = input else { return None };
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_secs() as i64;
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
    Some(InputStamp { path: path.display().to_string(), size: meta.len(), modified, documents: 0 })
}
