//! Errors of the quote stage.

/// What can go wrong while loading the quote vocabulary.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{file}: line {line}: {problem}; fix the line or remove it (see the comment at the top of the file)")]
    BadLine { file: &'static str, line: usize, problem: String },
    #[error("{file}: the header must be `{expected}`; keep the columns in that order")]
    BadHeader { file: &'static str, expected: &'static str },
    #[error("could not build the speech-verb matcher: {0}; check data/quotes/speech_verbs.tsv")]
    Matcher(#[from] aho_corasick::BuildError),
}

/// Result of quote-stage operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;
