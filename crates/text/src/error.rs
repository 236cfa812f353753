//! Errors of the text crate: only its data files can be wrong; text never is.

/// What can go wrong while loading the text stages' data files.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{file} line {line}: {problem}; write `kind<TAB>value` with a kind listed at the top of the file")]
    BadRecord { file: &'static str, line: usize, problem: String },
    #[error("could not build the phrase matcher for {file}: {source}; remove empty or oversized phrases")]
    Matcher { file: &'static str, source: aho_corasick::BuildError },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
