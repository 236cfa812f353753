//! From inputs to contract records.

use std::io::Read;

use dossier_core::{contract::ExtractRecord, Document};
use jiff::civil::Date;
use rayon::prelude::*;

use crate::{InputPath, Pipeline};

/// Settings of an [`Extractor`].
#[derive(Clone, Debug, Default)]
pub struct ExtractorOptions {
    /// Publication date to use, overriding what the input says.
    pub published: Option<Date>,
    /// Extra dictionary files (`--dict`): gazetteer or CAMEO verb-pattern
    /// TSV files that add to or override the embedded data.
    pub dicts: Vec<std::path::PathBuf>,
}

/// Reads inputs and runs the pipeline over every document they hold.
pub struct Extractor {
    pipeline: Pipeline,
    options: ExtractorOptions,
}

impl Extractor {
    pub fn new(pipeline: Pipeline, options: ExtractorOptions) -> Extractor {
        Extractor { pipeline, options }
    }

    /// An extractor with the standard pipeline and embedded data.
    pub fn standard(options: ExtractorOptions) -> crate::Result<Extractor> {
        Ok(Extractor::new(Pipeline::standard(&options.dicts)?, options))
    }

    pub fn pipeline(&self) -> &Pipeline {
        &self.pipeline
    }

    /// Every document in `bytes`, processed, in input order. Documents that
    /// could not be read come back with `error` set.
    pub fn extract_bytes(&self, source: &str, bytes: &[u8]) -> Vec<Document> {
        dossier_read::read_bytes(source, bytes)
            .into_par_iter()
            .map(|read| match read {
                Ok(input) => self.process(input),
                Err(failure) => Document::failed(failure.id, failure.source, failure.error.to_string()),
            })
            .collect()
    }

    /// Reads one input and extracts every document in it; an unreadable
    /// file is one failed document.
    pub fn extract_input(&self, input: &InputPath) -> Vec<Document> {
        let source = input.display();
        let bytes = match input {
            InputPath::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin().read_to_end(&mut buf).map(|_| buf)
            }
            InputPath::File(path) => std::fs::read(path),
        };
        match bytes {
            Ok(bytes) => self.extract_bytes(&source, &bytes),
            Err(e) => vec![Document::failed(String::new(), source.clone(), format!("could not read {source}: {e}"))],
        }
    }

    /// Runs the pipeline over one read input.
    pub fn process(&self, input: dossier_read::Input) -> Document {
        let mut doc = Document::new(input.id, input.source, input.text);
        doc.title = input.title;
        doc.published = self.options.published.or(input.published);
        self.pipeline.process(&mut doc);
        doc
    }

    /// Records for every input, in order, extracted in parallel.
    pub fn extract_all(&self, inputs: &[InputPath]) -> Vec<ExtractRecord> {
        inputs
            .par_iter()
            .flat_map_iter(|input| self.extract_input(input))
            .map(|doc| ExtractRecord::from_document(&doc))
            .collect()
    }
}
