//! The actor stage: gazetteer hits, name shapes and resolution over one
//! document.

use std::path::PathBuf;

use dossier_core::{Document, Layer, SentenceTokens, Stage};

use crate::gazetteer::Gazetteer;
use crate::matcher::Matcher;
use crate::resolve::{Resolver, Shared};
use crate::shapes;
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
        let ann = &doc.annotations;
        let hits = self.matcher.find(&doc.text, &ann.sentences);
        // Gazetteer hits and as many unknown names, seldom more.
        let mut candidates = Vec::with_capacity(2 * hits.len());
        let mut h = 0;
        let mut tokens = SentenceTokens::new(&ann.tokens);
        let mut buffer = ViewBuffer::default();
        // The capitalised tokens of the document, gathered from the views
        // while their sentences' tokens follow one another from the first
        // token on; else found again (bare surnames are sought among them).
        let mut capitalised = Vec::new();
        let mut covered = 0;
        let mut in_order = true;
        for &sentence in &ann.sentences {
            let from = h;
            while h < hits.len() && hits[h].span.start < sentence.end {
                h += 1;
            }
            let sentence_tokens = tokens.of(sentence);
            in_order &= ann.tokens.get(covered..).is_some_and(|rest| std::ptr::eq(rest.as_ptr(), sentence_tokens.as_ptr()));
            let view = View::new(&doc.text, &self.gazetteer.lexicon, sentence_tokens, &hits[from..h], &mut buffer);
            shapes::candidates(&view, &mut candidates);
            capitalised.extend(view.uppers.iter().map(|&i| covered + i as usize));
            covered += sentence_tokens.len();
        }
        if !in_order || covered != ann.tokens.len() {
            capitalised = (0..ann.tokens.len()).filter(|&i| starts_upper(&doc.text, &ann.tokens[i])).collect();
        }
        let resolver = Resolver {
            gazetteer: &self.gazetteer,
            matcher: &self.matcher,
            shared: &self.shared,
            published: doc.published,
            text: &doc.text,
        };
        let (entities, mentions) = resolver.resolve(&candidates, &ann.sentences, &ann.tokens, &capitalised);
        doc.annotations.entities = entities;
        doc.annotations.mentions = mentions;
    }
}
