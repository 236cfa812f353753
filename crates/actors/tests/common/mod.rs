//! Running the real text stages and the actor stage over sentences written
//! for these tests.

#![allow(dead_code)]

use std::path::PathBuf;

use dossier_actors::ActorStage;
use dossier_core::{Document, Entity, Stage};
use jiff::civil::Date;

/// People invented for the tests, with offices in real states.
pub const PEOPLE: &str = "\
# test people
wikidata\tname\taliases\tcountry\trole\toffice\tfrom\tuntil
\tAda Quillfeather\tAda Q. Quillfeather\tGHA\tMIL\tDefence Minister\t2010\t2015
\tAda Quillfeather\t\tGHA\tGOV\tForeign Minister\t2018\t
\tPak Chol-min\tPak Cholmin\tPRK\tGOV\tPremier\t2019\t
";

/// `text` written to a file of its own in the temporary folder.
pub fn dict_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-actors-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temporary folder");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write test dictionary");
    path
}

/// The embedded gazetteer plus the test people, built once per test binary.
pub fn stage() -> &'static ActorStage {
    static STAGE: std::sync::OnceLock<ActorStage> = std::sync::OnceLock::new();
    STAGE.get_or_init(|| ActorStage::with_dicts(&[dict_file("people.tsv", PEOPLE)]).expect("test dictionary loads"))
}

/// `text` cleaned, segmented and run through `stage`.
pub fn run(stage: &ActorStage, text: &str, published: Option<Date>) -> Document {
    let mut doc = Document::new("t", "t", text);
    doc.published = published;
    dossier_text::Cleaner::default().process(&mut doc);
    dossier_text::Segmenter::default().process(&mut doc);
    stage.process(&mut doc);
    doc
}

/// The entity named `name`.
pub fn entity<'d>(doc: &'d Document, name: &str) -> &'d Entity {
    doc.annotations
        .entities
        .iter()
        .find(|e| &*e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}; have {:?}", names(doc)))
}

pub fn names(doc: &Document) -> Vec<&str> {
    doc.annotations.entities.iter().map(|e| &*e.name).collect()
}

/// The texts of the mentions of the entity named `name`.
pub fn mentions<'d>(doc: &'d Document, name: &str) -> Vec<&'d str> {
    let index = doc.annotations.entities.iter().position(|e| &*e.name == name).expect("entity exists");
    doc.annotations.mentions.iter().filter(|m| m.entity == index).map(|m| m.span.of(&doc.text)).collect()
}

pub fn code<'d>(doc: &'d Document, name: &str) -> Option<&'d str> {
    entity(doc, name).code.as_deref()
}
