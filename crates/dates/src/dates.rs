//! PLACEHOLDER: replaced by the real stage.

use dossier_core::{Document, Layer, Stage};

/// PLACEHOLDER until the real stage lands.
#[derive(Debug, Default)]
pub struct DateStage;

impl Stage for DateStage {
    fn name(&self) -> &'static str {
        "dates"
    }
    fn needs(&self) -> &'static [Layer] {
        &[Layer::Sentences]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::Dates]
    }
    fn process(&self, _doc: &mut Document) {}
}
