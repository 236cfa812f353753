//! Names the gazetteer does not hold, found by their shape, and the
//! gazetteer's countries, seats and demonyms.

mod common;

use common::{code, entity, mentions, names, run, stage};
use dossier_core::EntityKind;

#[test]
fn titles_give_roles_and_the_adjective_gives_the_state() {
    let text = "Ghanaian Foreign Minister Kwabena Asare met Togolese Defence Minister Yao Kpatcha in Lomé.\n";
    let doc = run(stage(), text, None);
    assert_eq!(code(&doc, "Kwabena Asare"), Some("GHAGOV"));
    assert_eq!(code(&doc, "Yao Kpatcha"), Some("TGOMIL"));
    assert_eq!(entity(&doc, "Yao Kpatcha").kind, EntityKind::Person);
}

#[test]
fn demonyms_are_adjectival_mentions_of_their_own() {
    let doc = run(stage(), "Ghanaian Foreign Minister Kwabena Asare spoke.\n", None);
    let m = &doc.annotations.mentions;
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].span.of(&doc.text), "Ghanaian");
    assert!(m[0].adjectival);
    assert_eq!(m[1].span.of(&doc.text), "Kwabena Asare");
    assert!(!m[1].adjectival);
    assert!(m[0].span.end <= m[1].span.start);
}

#[test]
fn researchers_in_an_apposition_have_no_code() {
    let text = "Efua Mansa-ko, a senior research fellow at the Coastal Policy Institute, said the talks mattered.\n";
    let doc = run(stage(), text, None);
    assert_eq!(code(&doc, "Efua Mansa-ko"), None);
    assert_eq!(entity(&doc, "Coastal Policy Institute").kind, EntityKind::Organization);
    assert_eq!(&*entity(&doc, "Coastal Policy Institute").id, "org:coastal-policy-institute");
}

#[test]
fn korean_and_slavic_shapes_are_people() {
    let doc = run(stage(), "Analysts such as Choi Min-seo and Andrei Velikanov doubt it.\n", None);
    assert_eq!(&*entity(&doc, "Choi Min-seo").id, "person:choi-min-seo");
    assert_eq!(entity(&doc, "Andrei Velikanov").kind, EntityKind::Person);
}

#[test]
fn a_unit_at_an_institute_is_not_a_second_organisation() {
    let text = "Kofi Adjei, director of the Regional Center at the Harbour Studies Institute, said so.\n";
    let doc = run(stage(), text, None);
    assert!(names(&doc).contains(&"Harbour Studies Institute"), "{:?}", names(&doc));
    assert!(!names(&doc).iter().any(|n| n.contains("Regional Center")), "{:?}", names(&doc));
}

#[test]
fn ministries_take_their_state_and_role() {
    let text = "Ghana's Ministry of Defence said the Togolese Foreign Ministry had been told.\n";
    let doc = run(stage(), text, None);
    let orgs: Vec<_> = doc.annotations.entities.iter().filter(|e| e.kind == EntityKind::Organization).collect();
    let codes: Vec<_> = orgs.iter().map(|e| e.code.as_deref()).collect();
    assert_eq!(codes, [Some("GHAMIL"), Some("TGOGOV")], "{orgs:?}");
    let spans: Vec<_> = doc.annotations.mentions.iter().map(|m| m.span.of(&doc.text)).collect();
    assert_eq!(spans, ["Ghana's Ministry of Defence", "Togolese Foreign Ministry"]);
}

#[test]
fn capitals_and_seats_stand_for_the_state() {
    let doc = run(stage(), "The Kremlin said Pyongyang had agreed.\n", None);
    assert_eq!(code(&doc, "Russia"), Some("RUS"));
    assert_eq!(mentions(&doc, "Russia"), ["Kremlin"]);
    assert_eq!(mentions(&doc, "North Korea"), ["Pyongyang"]);
}

#[test]
fn short_names_match_only_in_their_case() {
    let doc = run(stage(), "The US said it would tell us soon.\n", None);
    assert_eq!(mentions(&doc, "United States"), ["US"]);
}

#[test]
fn names_inside_words_are_not_matched() {
    let doc = run(stage(), "Chadwick and Omanis-like words.\n", None);
    assert!(!names(&doc).contains(&"Chad"), "{:?}", names(&doc));
}

#[test]
fn odd_text_never_panics() {
    let stage = stage();
    for text in
        ["", "\u{0}", "’s", "Minister", "Minister ,", "X, a", "Ministry", "Ghana's", "then-", "“Ghana”’s Ministry of"]
    {
        let _ = run(stage, text, None);
    }
    let long: String = "Ghanaian Minister Kofi Ab-cd, director ".repeat(200);
    let _ = run(stage, &long, None);
}

#[test]
fn places_are_recognised_by_their_place_noun() {
    let doc = run(stage(), "The jets landed at the Tamale Northern Airfield before dawn.\n", None);
    let place = entity(&doc, "Tamale Northern Airfield");
    assert_eq!((place.kind, place.code.as_deref()), (EntityKind::Location, None));
}

#[test]
fn a_state_named_inside_an_organisation_is_an_entity_too() {
    let doc = run(stage(), "The Ghana Ministry of Defence said the drill had ended.\n", None);
    let ministry = doc.annotations.entities.iter().find(|e| e.kind == EntityKind::Organization).expect("ministry");
    assert_eq!(ministry.code.as_deref(), Some("GHAMIL"));
    let ghana = doc.annotations.entities.iter().position(|e| &*e.name == "Ghana").expect("Ghana is an entity");
    assert_eq!(ministry.country, Some(ghana));
    assert!(mentions(&doc, "Ghana").is_empty(), "mentions do not nest");
}

#[test]
fn a_capital_starting_a_longer_name_is_not_the_state() {
    let doc = run(stage(), "She studied at Accra Technical University. Later, Accra said no.\n", None);
    assert_eq!(mentions(&doc, "Ghana"), ["Accra"]);
    let ghana = doc.annotations.entities.iter().position(|e| &*e.name == "Ghana").unwrap();
    let mention = doc.annotations.mentions.iter().find(|m| m.entity == ghana).unwrap();
    assert!(doc.text[mention.span.start..].starts_with("Accra said"));
}

#[test]
fn english_compounds_and_institutions_are_not_names() {
    let doc = run(stage(), "Cold War-era jets flew past the Prime Minister Office in Accra.\n", None);
    let people: Vec<_> = doc.annotations.entities.iter().filter(|e| e.kind == EntityKind::Person).collect();
    assert!(people.is_empty(), "{people:?}");
}

#[test]
fn ministry_of_the_interior_keeps_its_article() {
    let doc = run(stage(), "The Ghanaian Ministry of the Interior said the curfew ends today.\n", None);
    assert_eq!(code(&doc, "Ghanaian Ministry of the Interior"), Some("GHAGOV"));
}

#[test]
fn a_state_s_forces_and_commands_are_its_military() {
    let doc = run(stage(), "The Ghanaian Armed Forces and the Togolese Northern Command held a drill.\n", None);
    assert_eq!(code(&doc, "Ghanaian Armed Forces"), Some("GHAMIL"));
    assert_eq!(code(&doc, "Togolese Northern Command"), Some("TGOMIL"));
}

#[test]
fn a_title_before_a_street_is_no_person() {
    let doc = run(stage(), "Crowds gathered on King Street in Accra.\n", None);
    assert!(doc.annotations.entities.iter().all(|e| e.kind != EntityKind::Person), "{:?}", names(&doc));
}

#[test]
fn title_case_headlines_trust_only_the_gazetteer() {
    let doc = run(stage(), "Minister Says Talks With Ghana Went Well\n\nMinister Kofi Adjei said talks went well.\n", None);
    let people: Vec<_> = doc.annotations.entities.iter().filter(|e| e.kind == EntityKind::Person).map(|e| &*e.name).collect();
    assert_eq!(people, ["Kofi Adjei"]);
    assert!(common::names(&doc).contains(&"Ghana"));
}

#[test]
fn organisations_named_after_a_capital_or_a_port_are_whole() {
    let doc = run(stage(), "Ama Owusu, a professor at Accra National University, said the Tema Port Authority agreed.\n", None);
    let orgs: Vec<_> = doc.annotations.entities.iter().filter(|e| e.kind == EntityKind::Organization).map(|e| &*e.name).collect();
    assert_eq!(orgs, ["Accra National University", "Tema Port Authority"]);
    assert!(!names(&doc).contains(&"Ghana"), "{:?}", names(&doc));
}

#[test]
fn lower_case_titles_before_full_names() {
    let text = "The Ghanaian foreign minister, Kwabena Asare, met defence minister Yao Kpatcha of Togo. The minister Accra sent was late.\n";
    let doc = run(stage(), text, None);
    assert_eq!(code(&doc, "Kwabena Asare"), Some("GHAGOV"));
    assert_eq!(code(&doc, "Yao Kpatcha"), Some("TGOMIL"));
    assert!(doc.annotations.entities.iter().filter(|e| e.kind == EntityKind::Person).count() == 2, "{:?}", names(&doc));
}

#[test]
fn a_title_and_a_comma_before_a_full_name() {
    let doc = run(stage(), "The Togolese President, Yao Kpatcha, spoke. The President, Togo said, left.\n", None);
    assert_eq!(code(&doc, "Yao Kpatcha"), Some("TGOGOV"));
    assert!(doc.annotations.entities.iter().filter(|e| e.kind == EntityKind::Person).count() == 1, "{:?}", names(&doc));
}
