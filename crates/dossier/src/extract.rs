//! From inputs to contract records.

use std::io::Read;

use dossier_core::{contract::ExtractRecord, Document};
use jiff::civil::Date;
use rayon::prelude::*;

use crate::{InputPath, Pipeline, STAGE_BATCH};

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
        let mut docs = self.read_bytes(source, bytes);
        self.process_all(&mut docs);
        docs
    }

    /// Reads one input and extracts every document in it; an unreadable
    /// file is one failed document.
    pub fn extract_input(&self, input: &InputPath) -> Vec<Document> {
        self.extract_inputs([input]).pop().unwrap_or_default()
    }

    /// Reads `inputs` and extracts every document in them: one list per
    /// input, in order. The documents of all of them go through the
    /// pipeline in batches together, which is faster than input by input
    /// when inputs hold one article each; a large input's batches run in
    /// parallel.
    pub fn extract_inputs<'i>(&self, inputs: impl IntoIterator<Item = &'i InputPath>) -> Vec<Vec<Document>> {
        let read: Vec<Vec<Document>> = inputs.into_iter().map(|input| self.read_input(input)).collect();
        let counts: Vec<usize> = read.iter().map(Vec::len).collect();
        let mut docs: Vec<Document> = read.into_iter().flatten().collect();
        self.process_all(&mut docs);
        let mut docs = docs.into_iter();
        counts.into_iter().map(|n| docs.by_ref().take(n).collect()).collect()
    }

    /// Extracts every input in parallel and hands the records to `each` in
    /// input order, window by window: while one window's records are
    /// handed over, the next window is extracted. Memory holds a few
    /// windows of records, not the whole run, and the first records come
    /// out before the last inputs are read. Stops at the first error of
    /// `each`, which it returns.
    pub fn extract_in_order<E>(&self, inputs: &[InputPath], mut each: impl FnMut(ExtractRecord) -> Result<(), E>) -> Result<(), E> {
        let per_task = inputs_per_task(inputs.len());
        let window = per_task * rayon::current_num_threads() * TASKS_PER_THREAD;
        std::thread::scope(|scope| {
            let (windows, extracted) = std::sync::mpsc::sync_channel::<Vec<ExtractRecord>>(1);
            scope.spawn(move || {
                for group in inputs.chunks(window) {
                    let records = group
                        .par_chunks(per_task)
                        .flat_map_iter(|chunk| self.extract_inputs(chunk).into_iter().flatten())
                        .map(|doc| ExtractRecord::from_document(&doc))
                        .collect();
                    if windows.send(records).is_err() {
                        return;
                    }
                }
            });
            for records in extracted {
                records.into_iter().try_for_each(&mut each)?;
            }
            Ok(())
        })
    }

    /// The documents of one input, read but not processed.
    fn read_input(&self, input: &InputPath) -> Vec<Document> {
        let source = input.display();
        let bytes = match input {
            InputPath::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin().read_to_end(&mut buf).map(|_| buf)
            }
            InputPath::File(path) => std::fs::read(path),
        };
        match bytes {
            Ok(bytes) => self.read_bytes(&source, &bytes),
            Err(e) => vec![Document::failed(String::new(), source.clone(), format!("could not read {source}: {e}"))],
        }
    }

    /// The documents of `bytes`, read but not processed.
    fn read_bytes(&self, source: &str, bytes: &[u8]) -> Vec<Document> {
        dossier_read::read_bytes(source, bytes)
            .into_iter()
            .map(|read| match read {
                Ok(input) => self.document(input),
                Err(failure) => Document::failed(failure.id, failure.source, failure.error.to_string()),
            })
            .collect()
    }

    fn document(&self, input: dossier_read::Input) -> Document {
        let mut doc = Document::new(input.id, input.source, input.text);
        doc.title = input.title;
        doc.published = self.options.published.or(input.published);
        doc
    }

    /// The pipeline over `docs`, batch by batch, batches in parallel.
    fn process_all(&self, docs: &mut [Document]) {
        docs.par_chunks_mut(STAGE_BATCH).for_each(|batch| self.pipeline.process_batch(batch));
    }
}

/// Parallel tasks per thread: enough that threads finishing early find
/// more work.
const TASKS_PER_THREAD: usize = 4;

/// Inputs one parallel task reads and extracts together: a batch's worth,
/// unless that would leave threads idle.
pub fn inputs_per_task(inputs: usize) -> usize {
    let threads = rayon::current_num_threads();
    (inputs / (TASKS_PER_THREAD * threads)).clamp(1, STAGE_BATCH)
}
