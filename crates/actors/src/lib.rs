//! Actor stage.

mod stage;
pub use stage::ActorStage;
