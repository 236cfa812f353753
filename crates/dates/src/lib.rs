//! Date stage.

mod dates;
pub use dates::DateStage;
