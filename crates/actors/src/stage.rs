//! PLACEHOLDER: replaced by the real stage.

use dossier_core::{Document, Layer, Stage};

/// PLACEHOLDER until the real stage lands.
#[derive(Debug, Default)]
pub struct ActorStage;

impl Stage for ActorStage {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Sentences, Layer::Tokens]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Entities]
    }
    fn process(&self, _doc: &mut Document) {}
}
