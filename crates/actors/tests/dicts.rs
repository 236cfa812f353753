//! Loading, checking and overriding dictionaries.

mod common;

use common::{code, dict_file, names, run};
use dossier_actors::{check_dict, ActorStage, DictKind, Error};

#[test]
fn the_embedded_gazetteer_loads() {
    let stage = ActorStage::embedded().expect("embedded gazetteer");
    assert!(stage.gazetteer().countries.len() > 190);
}

#[test]
fn the_embedded_gazetteer_names_regions_not_their_adjectives() {
    let stage = ActorStage::embedded().expect("embedded gazetteer");
    let doc = run(&stage, "Ministers discussed an Asian security pact and European markets, then flew to Southeast Asia.\n", None);
    assert_eq!(names(&doc), ["Southeast Asia"]);
}

#[test]
fn dictionary_errors_carry_line_numbers() {
    let text = "# a comment\nwikidata\tname\taliases\tcountry\trole\toffice\tfrom\tuntil\n\tGood Name\t\tGHA\tGOV\tPresident\t2001\t\n\tBad Name\t\tGhana\tGOV\tPresident\t2001\t\n\tLate Name\t\tGHA\tGOV\tPresident\t2010\t2001\n";
    let path = dict_file("bad-people.tsv", text);
    let checked = check_dict(&path).expect("readable");
    assert_eq!(checked.kind, Some(DictKind::People));
    assert_eq!(checked.records, 1);
    let lines: Vec<usize> = checked.issues.iter().map(|i| i.line).collect();
    assert_eq!(lines, [4, 5]);
    match ActorStage::with_dicts(&[path]) {
        Err(Error::Invalid { issues, .. }) => assert_eq!(issues.len(), 2),
        other => panic!("expected an invalid-dictionary error, got {other:?}"),
    }
}

#[test]
fn a_dict_record_replaces_the_embedded_one_with_its_key() {
    let countries = "code\twikidata\tname\taliases\tdemonyms\tcapital\tseats\nGHA\tQ117\tGhana\tGold Coast Republic\tGhanaian\tAccra\tJubilee House\n";
    let stage = ActorStage::with_dicts(&[dict_file("countries.tsv", countries)]).expect("loads");
    let doc = run(&stage, "Jubilee House said the Gold Coast Republic and the Republic of Ghana agree.\n", None);
    // The embedded alias "Republic of Ghana" went with the replaced record:
    // only the name inside it is left.
    assert_eq!(common::mentions(&doc, "Ghana"), ["Jubilee House", "Gold Coast Republic", "Ghana"]);
    assert_eq!(stage.gazetteer().countries.iter().filter(|c| c.code == "GHA").count(), 1);
}

#[test]
fn a_state_that_writes_family_names_first_names_its_people_by_their_first_word() {
    let people = "wikidata\tname\taliases\tcountry\trole\toffice\tfrom\tuntil\n\tMensah Kofi\t\tGHA\tGOV\tForeign Minister\t2018\t\n";
    let text = "Mensah Kofi flew to Lome. Mensah met Togo's president; Kofi stayed home.\n";
    let shorts = |stage: &ActorStage| common::mentions(&run(stage, text, None), "Mensah Kofi").into_iter().map(String::from).collect::<Vec<_>>();
    let given_last = ActorStage::with_dicts(&[dict_file("people-gha.tsv", people)]).expect("loads");
    assert_eq!(shorts(&given_last), ["Mensah Kofi", "Kofi"]);
    let countries = "code\twikidata\tname\taliases\tdemonyms\tcapital\tseats\tname_order\nGHA\tQ117\tGhana\tRepublic of Ghana\tGhanaian|Ghanaians\tAccra\t\tfamily-first\n";
    let family_first =
        ActorStage::with_dicts(&[dict_file("countries-gha.tsv", countries), dict_file("people-gha.tsv", people)]).expect("loads");
    assert_eq!(shorts(&family_first), ["Mensah Kofi", "Mensah"]);
}

#[test]
fn a_dict_record_with_a_new_key_is_added() {
    let orgs = "code\twikidata\tname\taliases\tkind\tcountry\nGHAGOV\t\tHarbour Authority of Tema\tTema Harbour Board\tgovernment\tGHA\n";
    let stage = ActorStage::with_dicts(&[dict_file("orgs.tsv", orgs)]).expect("loads");
    let doc = run(&stage, "The Tema Harbour Board closed the port.\n", None);
    assert_eq!(code(&doc, "Harbour Authority of Tema"), Some("GHAGOV"));
}

#[test]
fn files_of_other_stages_are_skipped() {
    let patterns = "code\tpattern\tflags\n042\tS visit+ T\t\n";
    let path = dict_file("verbs.tsv", patterns);
    assert!(ActorStage::with_dicts(std::slice::from_ref(&path)).is_ok());
    assert_eq!(check_dict(&path).expect("readable").kind, None);
    let doc = run(&ActorStage::with_dicts(&[path]).unwrap(), "Ghana met Togo.\n", None);
    assert_eq!(names(&doc), ["Ghana", "Togo"]);
}

#[test]
fn unreadable_dictionaries_say_so() {
    let missing = std::env::temp_dir().join("dossier-actors-no-such-file.tsv");
    assert!(matches!(ActorStage::with_dicts(&[missing]), Err(Error::Io { .. })));
    let binary = dict_file("binary.tsv", "");
    std::fs::write(&binary, [0xff, 0xfe, 0x00]).unwrap();
    assert!(matches!(ActorStage::with_dicts(&[binary]), Err(Error::NotUtf8 { .. })));
}

const LEXICON: &str = "word\tkind\trole\n";

/// `text` run with the embedded data only, whose entities must be
/// `embedded_finds`, then with lexicon `rows` added from a `--dict` file.
fn with_lexicon_rows(text: &str, embedded_finds: &[&str], rows: &str) -> dossier_core::Document {
    let before = run(&ActorStage::embedded().unwrap(), text, None);
    assert_eq!(names(&before), embedded_finds);
    // A file per first word: tests run at once in one temporary folder.
    let file = dict_file(&format!("lexicon-{}.tsv", rows.split('\t').next().unwrap_or("")), &format!("{LEXICON}{rows}"));
    let stage = ActorStage::with_dicts(&[file]).expect("loads");
    run(&stage, text, None)
}

#[test]
fn a_lexicon_dict_adds_titles_with_their_roles() {
    let text = "Ombudsman Jan Kowalczyk of Ghana met Chief Justice Efua Mensah-Bonsu of Ghana.\n";
    // Any CAMEO role code, not only the embedded file's GOV and MIL.
    let doc = with_lexicon_rows(text, &["Ghana"], "Ombudsman\ttitle\tGOV\nJustice\ttitle\tJUD\n");
    assert_eq!(code(&doc, "Jan Kowalczyk"), Some("GHAGOV"));
    assert_eq!(code(&doc, "Efua Mensah-Bonsu"), Some("GHAJUD"));
}

#[test]
fn a_lexicon_dict_adds_head_nouns_of_bodies() {
    let text = "Researchers of the Volta Observatory briefed Ghana's Electoral Secretariat on Monday.\n";
    // A head noun with a role makes a state's body of that name part of
    // its government.
    let doc = with_lexicon_rows(text, &["Ghana"], "Observatory\torg-head\t\nSecretariat\torg-head\tGOV\n");
    assert_eq!(code(&doc, "Volta Observatory"), None);
    assert_eq!(code(&doc, "Electoral Secretariat"), Some("GHAGOV"));
}

#[test]
fn lexicon_rows_are_checked_with_their_line() {
    let text = format!(
        "{LEXICON}Ombudsman\ttitle\tgov\nInstitute\tbogus\t\nobservatory\torg-head\t\nera\tcompound-tail\tGOV\nTwo Words\ttitle\t\nOmbudsman\ttitle\tGOV\nOmbudsman\ttitle\tGOV\n"
    );
    let path = dict_file("bad-lexicon.tsv", &text);
    let checked = check_dict(&path).expect("readable");
    assert_eq!(checked.kind, Some(DictKind::Lexicon));
    let lines: Vec<usize> = checked.issues.iter().map(|i| i.line).collect();
    assert_eq!(lines, [2, 3, 4, 5, 6, 8], "{:?}", checked.issues);
    assert!(checked.issues[1].message.contains("org-head"), "{}", checked.issues[1].message);
    assert!(checked.issues[2].message.contains("capitalised"), "{}", checked.issues[2].message);
    assert!(matches!(ActorStage::with_dicts(&[path]), Err(Error::Invalid { .. })));
}
