//! The actor stage: gazetteer hits, name shapes and resolution over one
//! document.

use std::cell::RefCell;
use std::path::PathBuf;

use dossier_core::{Document, Layer, SentenceTokens, Stage};

use crate::gazetteer::Gazetteer;
use crate::matcher::Matcher;
use crate::resolve::{Keys, Resolver, Shared};
use crate::shapes::{self, Candidate};
use crate::view::{starts_upper, View, ViewBuffer};
use crate::{Error, Result};

/// Finds the actors and places of a document (entities and mentions).
#[derive(Debug)]
pub struct ActorStage {
    gazetteer: Gazetteer,
    matcher: Matcher,
    shared: Shared,
}

impl Default for ActorStage {
    /// The stage with the embedded gazetteer, which the crate's tests load.
    fn default() -> Self {
        ActorStage::embedded().expect("the embedded gazetteer is checked by the crate's tests")
    }
}

impl ActorStage {
    /// The stage with the gazetteer compiled in from `data/actors/`.
    pub fn embedded() -> Result<ActorStage> {
        ActorStage::from_gazetteer(Gazetteer::embedded()?)
    }

    /// The embedded gazetteer plus the gazetteer files among `dicts`: a
    /// record whose key equals an embedded one replaces it, others are
    /// added. Files with another header (the event stage's patterns) are
    /// left to their stage.
    pub fn with_dicts(dicts: &[PathBuf]) -> Result<ActorStage> {
        let mut files = Vec::with_capacity(dicts.len());
        for path in dicts {
            let name = path.display().to_string();
            let bytes = std::fs::read(path).map_err(|source| Error::Io { path: name.clone(), source })?;
            let text = String::from_utf8(bytes).map_err(|_| Error::NotUtf8 { path: name.clone() })?;
            files.push((name, text));
        }
        ActorStage::from_gazetteer(Gazetteer::with_files(&files)?)
    }

    fn from_gazetteer(gazetteer: Gazetteer) -> Result<ActorStage> {
        let matcher = Matcher::new(&gazetteer)?;
        let shared = Shared::of(&gazetteer);
        Ok(ActorStage { gazetteer, matcher, shared })
    }

    /// The merged gazetteer the stage matches.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }
}

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

    fn process(&self, doc: &mut Document) {
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => {
                self.find_in(doc, &mut scratch);
                scratch.shed_if_oversized();
            }
            Err(_) => self.find_in(doc, &mut Scratch::default()),
        });
    }
}

thread_local! {
    /// The buffers each thread fills, kept from document to document: they
    /// grow to a long document's size once rather than again in every
    /// document (growing them cost some 2% of the stage's instructions,
    /// and the fresh memory missed the cache).
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// A document's candidates, its capitalised tokens, its views' room and
/// its unknown names' slugs, empty between documents.
#[derive(Default)]
struct Scratch {
    view: ViewBuffer,
    candidates: Vec<Candidate>,
    capitalised: Vec<usize>,
    /// Room for the slug of an unknown name.
    slug: String,
    /// The entities of the gazetteer's records by key, empty.
    keys: Keys,
}

impl Scratch {
    /// More room than this many tokens or candidates is given back after
    /// the document that needed it.
    const KEPT: usize = 1 << 16;

    fn shed_if_oversized(&mut self) {
        if self.capitalised.capacity() > Self::KEPT || self.candidates.capacity() > Self::KEPT || self.view.capacity() > Self::KEPT {
            *self = Scratch::default();
        }
    }
}

impl ActorStage {
    /// The stage's work on one document, with `scratch`'s buffers (empty).
    fn find_in(&self, doc: &mut Document, scratch: &mut Scratch) {
        let Scratch { view: buffer, candidates, capitalised, slug, keys } = scratch;
        let ann = &doc.annotations;
        let hits = self.matcher.find(&doc.text, &ann.sentences);
        // Gazetteer hits and as many unknown names, seldom more.
        candidates.clear();
        candidates.reserve(2 * hits.len());
        let mut h = 0;
        let mut tokens = SentenceTokens::new(&ann.tokens);
        // The capitalised tokens of the document, gathered from the views
        // while their sentences' tokens follow one another from the first
        // token on; else found again (bare surnames are sought among them).
        capitalised.clear();
        let mut covered = 0;
        let mut in_order = true;
        for &sentence in &ann.sentences {
            let from = h;
            while h < hits.len() && hits[h].span.start < sentence.end {
                h += 1;
            }
            let sentence_tokens = tokens.of(sentence);
            in_order &= ann.tokens.get(covered..).is_some_and(|rest| std::ptr::eq(rest.as_ptr(), sentence_tokens.as_ptr()));
            let view = View::new(&doc.text, &self.gazetteer.lexicon, sentence_tokens, &hits[from..h], buffer);
            shapes::candidates(&view, candidates);
            capitalised.extend(view.uppers.iter().map(|&i| covered + i as usize));
            covered += sentence_tokens.len();
        }
        if !in_order || covered != ann.tokens.len() {
            capitalised.clear();
            capitalised.extend((0..ann.tokens.len()).filter(|&i| starts_upper(&doc.text, &ann.tokens[i])));
        }
        let resolver = Resolver {
            gazetteer: &self.gazetteer,
            matcher: &self.matcher,
            shared: &self.shared,
            published: doc.published,
            text: &doc.text,
        };
        let (entities, mentions) = resolver.resolve(candidates, &ann.sentences, &ann.tokens, capitalised, slug, keys);
        candidates.clear();
        doc.annotations.entities = entities;
        doc.annotations.mentions = mentions;
    }
}
