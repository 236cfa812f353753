//! The ordered list of stages every document goes through.

use std::panic::{catch_unwind, AssertUnwindSafe};

use dossier_core::{stage::check_order, Document, Layer, Stage};

/// Stages in order, checked at construction so that each stage's inputs are
/// added before it runs.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// A pipeline of the given stages, refused when one needs a layer that no
    /// earlier stage adds.
    pub fn new(stages: Vec<Box<dyn Stage>>) -> crate::Result<Pipeline> {
        let refs: Vec<&dyn Stage> = stages.iter().map(|s| s.as_ref()).collect();
        check_order(&refs)?;
        Ok(Pipeline { stages })
    }

    /// The standard pipeline: clean → language → segment → actors → dates →
    /// quantities → events → quotes, with the embedded data plus the `dicts` files.
    pub fn standard(dicts: &[std::path::PathBuf]) -> crate::Result<Pipeline> {
        Pipeline::new(vec![
            Box::new(dossier_text::Cleaner::default()),
            Box::new(dossier_text::LanguageDetector::default()),
            Box::new(dossier_text::Segmenter::default()),
            Box::new(dossier_actors::ActorStage::with_dicts(dicts)?),
            Box::new(dossier_dates::DateStage),
            Box::new(dossier_dates::QuantityStage),
            Box::new(dossier_events::EventStage::with_dicts(dicts)?),
            Box::new(dossier_quotes::QuoteStage::default()),
        ])
    }

    /// The stages, in order; benchmarks time them one by one.
    pub fn stages(&self) -> impl Iterator<Item = &dyn Stage> {
        self.stages.iter().map(|s| s.as_ref())
    }

    /// Names of the stages, in order.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Runs every stage over `doc`. A stage that panics is a bug, but one
    /// article must not take the run down: the document keeps what earlier
    /// stages added and says which stage failed.
    pub fn process(&self, doc: &mut Document) {
        self.process_batch(std::slice::from_mut(doc));
    }

    /// Runs every stage over `docs`, stage by stage: each stage passes over
    /// all of them before the next starts, so that its code and tables
    /// (the gazetteer's automaton, the pattern tables) stay in the
    /// processor's caches instead of being evicted by the other stages at
    /// every document. Each document ends as [`Pipeline::process`] leaves
    /// it. Batches of [`STAGE_BATCH`] documents measured about a fifth
    /// faster than one document at a time.
    pub fn process_batch(&self, docs: &mut [Document]) {
        for stage in &self.stages {
            for doc in docs.iter_mut() {
                run_stage(stage.as_ref(), doc);
            }
        }
    }
}

/// Documents a pipeline runs through together ([`Pipeline::process_batch`]):
/// enough for each stage's tables to be reused, few enough for the
/// documents' texts and annotations to stay in cache between stages.
pub const STAGE_BATCH: usize = 64;

/// Runs `stage` over `doc` unless the document failed or is in another
/// language than English.
fn run_stage(stage: &dyn Stage, doc: &mut Document) {
    if doc.error.is_some() {
        return;
    }
    if !stage.adds().contains(&Layer::Language) && is_other_language(doc) {
        // The dictionaries and patterns are English: coding another
        // language would only produce noise, so the document keeps its
        // cleaned text and language and nothing else.
        return;
    }
    if catch_unwind(AssertUnwindSafe(|| stage.process(doc))).is_err() {
        doc.error = Some(format!("internal error in the {} stage; please report this document", stage.name()));
    }
}

/// Known and not English; a text too short to tell is treated as English.
fn is_other_language(doc: &Document) -> bool {
    doc.language.as_deref().is_some_and(|code| code != "en")
}
