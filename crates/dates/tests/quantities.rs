//! Every quantity shape, and numbers that are not quantities, on sentences
//! written for these tests.

mod common;

use common::quantities;

fn one(text: &str) -> (String, f64, String) {
    let mut got = quantities(text);
    assert_eq!(got.len(), 1, "{text}: {got:?}");
    got.remove(0)
}

fn q(words: &str, value: f64, unit: &str) -> (String, f64, String) {
    (words.to_string(), value, unit.to_string())
}

#[test]
fn digits_words_and_scales() {
    assert_eq!(one("The port shipped 1,000 containers to the north."), q("1,000 containers", 1000.0, "containers"));
    assert_eq!(one("The army fired three ballistic missiles into the sea."), q("three ballistic missiles", 3.0, "ballistic missiles"));
    assert_eq!(one("The fund holds 2.5 million dollars in reserve."), q("2.5 million dollars", 2.5e6, "dollars"));
    assert_eq!(one("The navy sent a dozen drones east."), q("a dozen drones", 12.0, "drones"));
    assert_eq!(one("The regime built two hundred tanks in a year."), q("two hundred tanks", 200.0, "tanks"));
    assert_eq!(one("The regime built twenty-five tanks in a year."), q("twenty-five tanks", 25.0, "tanks"));
    assert_eq!(one("The plan costs 1.2bn won over a decade."), q("1.2bn won", 1.2e9, "won"));
    assert_eq!(one("The regime built several hundred drones."), q("several hundred drones", 100.0, "drones"));
}

#[test]
fn hedges_belong_to_the_phrase_and_keep_the_value() {
    assert_eq!(one("The state may have sold over a million artillery shells abroad."), q("over a million artillery shells", 1e6, "artillery shells"));
    assert_eq!(one("The ministry deployed some 10,000 soldiers near the border."), q("some 10,000 soldiers", 10_000.0, "soldiers"));
    assert_eq!(one("Officials counted about 6,000 at the rally."), q("about 6,000", 6000.0, ""));
    assert_eq!(one("The convoy carried more than 300 North Korean troops."), q("more than 300 North Korean troops", 300.0, "North Korean troops"));
}

#[test]
fn vague_plurals_give_the_order_of_magnitude_they_name() {
    assert_eq!(one("The front received tens of thousands of troops."), q("tens of thousands of troops", 10_000.0, "troops"));
    assert_eq!(one("The factory produced hundreds of thousands of shells."), q("hundreds of thousands of shells", 100_000.0, "shells"));
    assert_eq!(one("Hundreds of containers were shipped by rail."), q("Hundreds of containers", 100.0, "containers"));
    assert_eq!(one("The army fired dozens of rockets overnight."), q("dozens of rockets", 12.0, "rockets"));
}

#[test]
fn percentages_and_money() {
    assert_eq!(one("Trade with the neighbour rose 12.5 percent."), q("12.5 percent", 12.5, "percent"));
    assert_eq!(one("Trade with the neighbour rose 40% in a year."), q("40%", 40.0, "percent"));
    assert_eq!(one("The loan was worth $2 billion in all."), q("$2 billion", 2e9, "dollars"));
    assert_eq!(one("The fine came to €300,000 in the end."), q("€300,000", 300_000.0, "euros"));
}

#[test]
fn years_dates_times_labels_ages_and_ordinals_are_not_quantities() {
    let none: Vec<(String, f64, String)> = Vec::new();
    assert_eq!(quantities("The talks collapsed in 2019 and resumed on March 18, 2024."), none);
    assert_eq!(quantities("The missiles fell between 7 and 8 a.m. on the 18th."), none);
    assert_eq!(quantities("See page 12 of Resolution 2270 in the annex."), none);
    assert_eq!(quantities("The 75-year-old minister, aged 75, spoke at the 3rd session."), none);
    assert_eq!(quantities("One of the ministers said that no one objected."), none);
    assert_eq!(quantities("Call 02-123-4567 for details."), none);
    let undated = common::run("Troops crossed on March 18 and left on 20 March.", None);
    assert!(undated.annotations.quantities.is_empty(), "{:?}", undated.annotations.quantities);
    assert_eq!(one("The army fired 2019 missiles in a single salvo."), q("2019 missiles", 2019.0, "missiles"));
}

#[test]
fn phrases_come_in_text_order_one_per_number() {
    let got = quantities("The army sent 300 drones and 1,500 shells, then 20 tanks.");
    let units: Vec<&str> = got.iter().map(|(_, _, u)| u.as_str()).collect();
    assert_eq!(units, ["drones", "shells", "tanks"]);
}
