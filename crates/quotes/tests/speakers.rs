//! Speaker names, titles, affiliations, unnamed sources and entity links.

mod common;
use common::{doc, quotes, quotes_of, with_adjective, with_entity};
use dossier_core::EntityKind;

#[test]
fn apposition_gives_the_affiliation() {
    let q = &quotes("Jane Roe, a senior fellow at the Example Institute, said, “Sanctions are leaking.”")[0];
    assert_eq!(q.speaker_name, "Jane Roe");
    assert_eq!(q.affiliation.as_deref(), Some("Example Institute"));
}

#[test]
fn organisation_before_the_role_gives_the_affiliation() {
    let q = &quotes("Example Institute researcher Jane Roe said, “Sanctions are leaking.”")[0];
    assert_eq!(q.speaker_name, "Jane Roe");
    assert_eq!(q.affiliation.as_deref(), Some("Example Institute"));
}

#[test]
fn head_of_a_division_at_an_institute() {
    let text = "Tom Baker, head of the Maritime Division at the Northern Institute, said, “Traffic has doubled.”";
    let q = &quotes(text)[0];
    assert_eq!(q.speaker_name, "Tom Baker");
    assert_eq!(q.affiliation.as_deref(), Some("Northern Institute"));
}

#[test]
fn titles_are_not_part_of_the_name() {
    let q = &quotes("Former Deputy Foreign Minister Ivan Petrov said, “The treaty is dead.”")[0];
    assert_eq!(q.speaker_name, "Ivan Petrov");
    assert_eq!(q.affiliation.as_deref(), Some("Former Deputy Foreign Minister"));
}

#[test]
fn organisations_speak() {
    let q = &quotes("The Daily Planet wrote, “The harbor will reopen in March.”")[0];
    assert_eq!(q.speaker_name, "Daily Planet");
    assert_eq!(q.speaker, None);
}

#[test]
fn unnamed_sources_keep_no_speaker() {
    for (text, name) in [
        ("A government official said, “The border stays closed.”", "A government official"),
        ("Experts warned, “Prices will rise sharply.”", "Experts"),
        ("A military official expressed concern, saying, “The drills are larger this year.”", "A military official"),
        ("In response, the government said, “The claim has no basis at all.”", "the government"),
    ] {
        let q = &quotes(text)[0];
        assert_eq!((q.speaker_name.as_str(), q.speaker), (name, None), "{text}");
    }
}

#[test]
fn speakers_link_to_entity_mentions() {
    let text = "Defense Minister Ivan Petrov said, “The drills are over.” He added, “Troops will go home.”";
    let mut d = with_entity(doc(text), "Ivan Petrov", EntityKind::Person);
    let got = quotes_of(&mut d);
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|q| q.speaker == Some(0) && q.speaker_name == "Ivan Petrov"), "{got:?}");
}

#[test]
fn unnamed_shape_with_an_entity_mention_is_linked() {
    let text = "The Foreign Ministry said, “The ambassador has been summoned.”";
    let mut d = with_entity(doc(text), "Foreign Ministry", EntityKind::Organization);
    assert_eq!(quotes_of(&mut d)[0].speaker, Some(0));
}

#[test]
fn adjectival_mentions_are_not_speakers() {
    let text = "Northland officials said, “The port is open again.”";
    let mut d = doc(text);
    d = with_entity(d, "Northland", EntityKind::Country);
    d.annotations.mentions[0].adjectival = true;
    let q = &quotes_of(&mut d)[0];
    assert_eq!((q.speaker, q.speaker_name.as_str()), (None, "Northland officials"));
}

#[test]
fn unnamed_source_with_an_apposition() {
    let q = &quotes("A senior diplomat, speaking on condition of anonymity, said the talks had stalled.")[0];
    assert_eq!((q.speaker_name.as_str(), q.speaker, q.direct), ("A senior diplomat", None, false));
}

#[test]
fn according_to_a_report_by_an_organisation() {
    let q = &quotes("According to a Harbor Office report released on Monday, food prices rose sharply.")[0];
    assert_eq!(q.speaker_name, "Harbor Office");
    assert_eq!(q.text, "food prices rose sharply");
}

#[test]
fn the_apposition_organisation_is_not_the_speaker() {
    let text = "Jane Roe, a senior fellow at the Example Institute, said, “Sanctions are leaking.”";
    let d = with_entity(doc(text), "Jane Roe", EntityKind::Person);
    let mut d = with_entity(d, "Example Institute", EntityKind::Organization);
    let q = &quotes_of(&mut d)[0];
    assert_eq!((q.speaker, q.affiliation.as_deref()), (Some(0), Some("Example Institute")));
}

#[test]
fn an_organisation_described_by_a_country_links_to_the_organisation() {
    let text = "The Evening Star, the Northland leading daily for foreign news, pointed out, “The port is busy.”";
    let d = with_entity(doc(text), "Northland", EntityKind::Country);
    let mut d = with_entity(d, "Evening Star", EntityKind::Organization);
    let q = &quotes_of(&mut d)[0];
    assert_eq!((q.speaker_name.as_str(), q.speaker), ("Evening Star", Some(1)));
}

#[test]
fn a_title_run_with_an_adjective_links_to_the_person() {
    let text = "Northland Foreign Minister Ivan Petrov said, “Our border is open.”";
    let d = with_adjective(doc(text), "Northland", EntityKind::Country);
    let mut d = with_entity(d, "Ivan Petrov", EntityKind::Person);
    let q = &quotes_of(&mut d)[0];
    assert_eq!((q.speaker_name.as_str(), q.speaker), ("Ivan Petrov", Some(1)));
    assert_eq!(q.affiliation.as_deref(), Some("Northland Foreign Minister"));
}

#[test]
fn a_mention_wider_than_the_name_still_links() {
    let text = "President Ivan Petrov said, “Our border is open.”";
    let mut d = with_entity(doc(text), "President Ivan Petrov", EntityKind::Person);
    assert_eq!(quotes_of(&mut d)[0].speaker, Some(0));
}

#[test]
fn an_unnamed_source_from_a_country_stays_unnamed() {
    let text = "A Northland official said, “The port is open again.”";
    let mut d = with_entity(doc(text), "Northland", EntityKind::Country);
    let q = &quotes_of(&mut d)[0];
    assert_eq!((q.speaker, q.speaker_name.as_str()), (None, "A Northland official"));
}

#[test]
fn a_speaker_named_again_keeps_the_first_affiliation() {
    let text = "Jane Roe, a senior fellow at the Example Institute, said, “Sanctions are leaking.”\nLater in the day Roe said, “Nobody is checking the ships.”";
    let d = with_entity(doc(text), "Jane Roe", EntityKind::Person);
    let mut d = with_entity(d, "Roe", EntityKind::Person);
    // Both mentions belong to one entity, as the actor stage resolves short forms.
    for m in d.annotations.mentions.iter_mut() {
        m.entity = 0;
    }
    let got = quotes_of(&mut d);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].speaker_name, "Roe");
    assert_eq!(got[1].affiliation.as_deref(), Some("Example Institute"));
}

#[test]
fn an_age_is_not_the_affiliation() {
    let q = &quotes("Jane Roe, 54, a retired diplomat, said: \"The treaty is dead.\"")[0];
    assert_eq!((q.speaker_name.as_str(), q.affiliation.as_deref()), ("Jane Roe", Some("retired diplomat")));
}

#[test]
fn a_possessive_owner_is_not_the_speaker() {
    let q = &quotes("According to Northland's Daily Planet, the two leaders will meet in the spring.")[0];
    assert_eq!(q.speaker_name, "Daily Planet");
    let q = &quotes("Northland's foreign minister Ivan Petrov said the two leaders would meet in the spring.")[0];
    assert_eq!(q.speaker_name, "Ivan Petrov");
}
