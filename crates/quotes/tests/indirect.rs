//! Reported speech without marks.

mod common;
use common::quotes;

#[test]
fn said_that_reports_speech() {
    let q = &quotes("Jane Roe said that the talks would resume after the holiday.")[0];
    assert_eq!((q.speaker_name.as_str(), q.direct), ("Jane Roe", false));
    assert_eq!(q.text, "the talks would resume after the holiday");
}

#[test]
fn pointed_out_that_with_a_time_in_between() {
    let q = &quotes("The Daily Planet pointed out on Monday that two ships had left the harbor at night.")[0];
    assert_eq!(q.speaker_name, "Daily Planet");
    assert_eq!(q.text, "two ships had left the harbor at night");
}

#[test]
fn according_to_at_the_start_and_at_the_end() {
    let q = &quotes("According to the Evening Star, the minister will resign next week.")[0];
    assert_eq!((q.speaker_name.as_str(), q.text.as_str(), q.direct), ("Evening Star", "the minister will resign next week", false));
    let q = &quotes("The minister will resign next week, according to two senior officials.")[0];
    assert_eq!((q.speaker_name.as_str(), q.text.as_str()), ("two senior officials", "The minister will resign next week"));
}

#[test]
fn unnamed_experts_report() {
    let q = &quotes("Experts point out that the new rules favor large firms over small ones.")[0];
    assert_eq!((q.speaker_name.as_str(), q.speaker), ("Experts", None));
}

#[test]
fn verbs_that_only_announce_do_not_report_speech() {
    assert!(quotes("The ministry announced that the bridge would close for repairs.").is_empty());
    assert!(quotes("It is said that the bridge would close for repairs soon.").is_empty());
}

#[test]
fn a_direct_quote_is_not_reported_twice() {
    let got = quotes("Tom Baker said that “the bridge will close for repairs in June.”");
    assert_eq!(got.len(), 1);
    assert!(got[0].direct);
}

#[test]
fn said_without_that_reports_speech() {
    let q = &quotes("Ana Silva said the harbor would reopen in March.")[0];
    assert_eq!((q.speaker_name.as_str(), q.text.as_str(), q.direct), ("Ana Silva", "the harbor would reopen in March", false));
    assert!(quotes("Ana Silva said on Monday.").is_empty());
    assert!(quotes("The ministry pointed out several errors in the report.").is_empty());
}

#[test]
fn according_to_a_channel_of_someone_else_s_statement_is_not_a_quote() {
    let got = quotes("According to the Evening Star, on Monday the Harbor Office announced that two piers would close.");
    assert!(got.is_empty(), "{got:?}");
    let got = quotes("According to the Evening Star, a port official said that two piers would close soon.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].speaker_name, "a port official");
}

#[test]
fn according_to_a_news_outlet_sources_a_report_not_a_quote() {
    // Outlets the actor gazetteer lists as media relay news; others are speakers.
    assert!(quotes("According to Xinhua on Monday, the two delegations will meet in the spring.").is_empty());
    assert!(quotes("The two delegations will meet in the spring, according to the Korea Herald.").is_empty());
    let q = &quotes("According to the Harbor Office, the two delegations will meet in the spring.")[0];
    assert_eq!(q.speaker_name, "Harbor Office");
}

#[test]
fn told_someone_that_reports_speech() {
    let q = &quotes("Tom Baker told the committee that the vote would be held in June.")[0];
    assert_eq!((q.speaker_name.as_str(), q.text.as_str(), q.direct), ("Tom Baker", "the vote would be held in June", false));
}

#[test]
fn a_title_apposition_is_the_affiliation() {
    let q = &quotes("Ivan Petrov, the Northland foreign minister, explained that the border would reopen next month.")[0];
    assert_eq!((q.speaker_name.as_str(), q.affiliation.as_deref()), ("Ivan Petrov", Some("Northland foreign minister")));
    assert!(!q.direct);
}

#[test]
fn adding_that_starts_a_second_statement() {
    let got = quotes("Jane Roe said the plan was sound, adding that the costs would fall by half next year.");
    let texts: Vec<&str> = got.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["the plan was sound", "the costs would fall by half next year"]);
    assert!(got.iter().all(|q| q.speaker_name == "Jane Roe" && !q.direct));
}
