//! Errors of the actor crate: dictionaries that cannot be read or used.

/// One problem found in a dictionary file, with its 1-based line number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Why the actor stage could not be built from its dictionaries.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("could not read dictionary {path}: {source}; check the path and its permissions")]
    Io { path: String, source: std::io::Error },
    #[error("dictionary {path} is not UTF-8 text; save it as UTF-8 TSV (see data/README.md)")]
    NotUtf8 { path: String },
    #[error("dictionary {path} has {} error(s), the first {}; run `dossier dict check {path}` to list them all", .issues.len(), .issues.first().map(|i| i.to_string()).unwrap_or_default())]
    Invalid { path: String, issues: Vec<Issue> },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
