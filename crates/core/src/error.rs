//! Errors of the core crate.

/// What can go wrong while building or checking a pipeline.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("stage `{stage}` needs the {layer:?} layer, but no stage before it adds it; put a stage that adds {layer:?} earlier in the pipeline")]
    MissingLayer { stage: &'static str, layer: crate::Layer },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
