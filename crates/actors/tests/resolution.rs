//! Short forms, titles and dates resolved within one document.

mod common;

use common::{code, entity, mentions, run, stage};
use jiff::civil::date;

#[test]
fn full_name_surname_and_title_are_one_person() {
    let text = "Defence Minister Ada Quillfeather arrived in Accra on Monday. \
                Quillfeather toured a naval base. Later, Minister Quillfeather met reporters.\n";
    let doc = run(stage(), text, Some(date(2012, 3, 1)));
    assert_eq!(mentions(&doc, "Ada Quillfeather"), ["Ada Quillfeather", "Quillfeather", "Quillfeather"]);
    let people = doc.annotations.entities.iter().filter(|e| e.name.contains("Quillfeather")).count();
    assert_eq!(people, 1);
}

#[test]
fn an_office_code_holds_only_inside_its_dates() {
    let stage = stage();
    let text = "Ada Quillfeather spoke in Accra.\n";
    assert_eq!(code(&run(stage, text, Some(date(2012, 6, 1))), "Ada Quillfeather"), Some("GHAMIL"));
    assert_eq!(code(&run(stage, text, Some(date(2021, 6, 1))), "Ada Quillfeather"), Some("GHAGOV"));
    assert_eq!(code(&run(stage, text, Some(date(2016, 6, 1))), "Ada Quillfeather"), None);
    // No date: the office held now.
    assert_eq!(code(&run(stage, text, None), "Ada Quillfeather"), Some("GHAGOV"));
}

#[test]
fn then_keeps_the_office_and_former_drops_it() {
    let stage = stage();
    let then =
        run(stage, "The photo shows then-Defence Minister Ada Quillfeather at the base.\n", Some(date(2021, 1, 1)));
    assert_eq!(code(&then, "Ada Quillfeather"), Some("GHAMIL"));
    let former = run(stage, "Former Ghanaian Ambassador Kojo Mensimah said the deal would hold.\n", None);
    assert_eq!(code(&former, "Kojo Mensimah"), None);
}

#[test]
fn chairman_and_surname_follow_the_korean_name_order() {
    let text =
        "Premier Pak Chol-min visited a farm. Chairman Pak later inspected a factory, and Pak praised the workers.\n";
    let doc = run(stage(), text, Some(date(2022, 1, 1)));
    assert_eq!(mentions(&doc, "Pak Chol-min"), ["Pak Chol-min", "Pak", "Pak"]);
    assert_eq!(code(&doc, "Pak Chol-min"), Some("PRKGOV"));
}

#[test]
fn unknown_people_resolve_by_surname_too() {
    let text = "Foreign Minister Kwame Ofosu-Darko of Ghana met Togolese officials. Ofosu-Darko said the border would stay open.\n";
    let doc = run(stage(), text, None);
    assert_eq!(mentions(&doc, "Kwame Ofosu-Darko"), ["Kwame Ofosu-Darko", "Ofosu-Darko"]);
}

#[test]
fn pronouns_and_the_two_countries_are_not_actors() {
    let doc = run(stage(), "The two countries signed it. They said so, and he agreed.\n", None);
    assert!(doc.annotations.entities.is_empty(), "{:?}", common::names(&doc));
}

#[test]
fn the_person_links_to_the_state_the_document_names() {
    let doc = run(stage(), "Ghana and Togo met. Ada Quillfeather spoke.\n", Some(date(2020, 1, 1)));
    let ghana = doc.annotations.entities.iter().position(|e| &*e.name == "Ghana");
    assert_eq!(entity(&doc, "Ada Quillfeather").country, ghana);
}

#[test]
fn a_distinctive_surname_alone_needs_a_place_where_names_stand() {
    let people =
        "wikidata\tname\taliases\tcountry\trole\toffice\tfrom\tuntil\n\tEsi Windfield\t\tGHA\tGOV\tPresident\t2020\t\n";
    let stage = dossier_actors::ActorStage::with_dicts(&[common::dict_file("windfield.tsv", people)]).unwrap();
    let named = run(&stage, "Reporters in Ghana said Windfield would travel.\n", None);
    assert_eq!(code(&named, "Esi Windfield"), Some("GHAGOV"));
    let elsewhere = run(&stage, "Reporters in Peru said Windfield would travel.\n", None);
    assert!(!common::names(&elsewhere).contains(&"Esi Windfield"), "{:?}", common::names(&elsewhere));
    let opening = run(&stage, "Windfield farms closed. The Windfield Trust agreed.\n", None);
    assert!(opening.annotations.entities.is_empty(), "{:?}", common::names(&opening));
}

/// Surnames are sought among all the tokens, those of no sentence too
/// (the stage gathers the capitalised tokens from its sentences' views
/// only while the sentences hold every token in turn).
#[test]
fn bare_surnames_are_found_outside_the_sentences_too() {
    let text = "Defence Minister Ada Quillfeather arrived in Accra. Later Quillfeather toured a base.\n";
    let mut doc = dossier_core::Document::new("t", "t", text);
    dossier_core::Stage::process(&dossier_text::Cleaner::default(), &mut doc);
    dossier_core::Stage::process(&dossier_text::Segmenter::default(), &mut doc);
    assert_eq!(doc.annotations.sentences.len(), 2);
    doc.annotations.sentences.pop();
    dossier_core::Stage::process(stage(), &mut doc);
    assert_eq!(mentions(&doc, "Ada Quillfeather"), ["Ada Quillfeather", "Quillfeather"]);
}
