//! The contract between pipeline stages.

use crate::Document;

/// A kind of annotation a stage can add to a [`Document`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// `Document::text` holds the cleaned main text.
    CleanText,
    /// `Document::language` is set.
    Language,
    Paragraphs,
    Sentences,
    Tokens,
    Entities,
    Dates,
    Quantities,
    Events,
    Quotes,
}

/// One step of the pipeline: reads the layers it [`needs`](Stage::needs),
/// adds the layers it [`adds`](Stage::adds), and never re-parses what an
/// earlier stage produced.
pub trait Stage: Send + Sync {
    /// A short name for diagnostics and `--help`.
    fn name(&self) -> &'static str;
    fn needs(&self) -> &'static [Layer];
    fn adds(&self) -> &'static [Layer];
    /// Annotates `doc`. A stage must not panic on any text: the input is
    /// whatever the web served.
    fn process(&self, doc: &mut Document);
}

/// Checks that every stage's needs are added by a stage before it.
pub fn check_order(stages: &[&dyn Stage]) -> crate::Result<()> {
    let mut have: Vec<Layer> = Vec::new();
    for stage in stages {
        if let Some(&layer) = stage.needs().iter().find(|l| !have.contains(l)) {
            return Err(crate::Error::MissingLayer { stage: stage.name(), layer });
        }
        have.extend_from_slice(stage.adds());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake(&'static str, &'static [Layer], &'static [Layer]);
    impl Stage for Fake {
        fn name(&self) -> &'static str {
            self.0
        }
        fn needs(&self) -> &'static [Layer] {
            self.1
        }
        fn adds(&self) -> &'static [Layer] {
            self.2
        }
        fn process(&self, _: &mut Document) {}
    }

    #[test]
    fn a_stage_before_its_inputs_is_refused() {
        let clean = Fake("clean", &[], &[Layer::CleanText]);
        let segment = Fake("segment", &[Layer::CleanText], &[Layer::Sentences]);
        assert!(check_order(&[&clean, &segment]).is_ok());
        let err = check_order(&[&segment, &clean]).unwrap_err();
        assert!(err.to_string().contains("segment"), "{err}");
    }
}
