//! Every date shape, resolved against a publication date, on sentences
//! written for these tests.

mod common;

use common::{dates, values};

const PUB: Option<&str> = Some("2024-03-20"); // a Wednesday

#[test]
fn absolute_dates_resolve_without_a_publication_date() {
    assert_eq!(values("The accord was signed on 2024-03-18 in the capital.", None), ["2024-03-18"]);
    assert_eq!(values("Posted 2024-03-18T09:30:00Z by the desk.", None), ["2024-03-18"]);
    assert_eq!(values("The summit, set for 2024-02-30, never took place.", None), Vec::<String>::new());
    assert_eq!(values("The talks opened on March 18, 2024, in the capital.", None), ["2024-03-18"]);
    assert_eq!(values("The talks opened on 18 March 2024 in the capital.", None), ["2024-03-18"]);
    assert_eq!(values("The border reopened in March 2023 after a long closure.", None), ["2023-03"]);
    assert_eq!(values("In mid-March 2023 troops withdrew.", None), ["2023-03"]);
    assert_eq!(values("The negotiations collapsed in 2019.", None), ["2019"]);
    assert_eq!(values("The treaty dates from the year 1961.", None), ["1961"]);
    assert_eq!(values("The delegation left on the 18th.", None), Vec::<String>::new());
}

#[test]
fn written_dates_without_a_year_take_the_publication_year() {
    assert_eq!(values("The envoy arrived on March 18 with a letter.", PUB), ["2024-03-18"]);
    assert_eq!(values("The envoy arrived on Sept. 5 with a letter.", PUB), ["2024-09-05"]);
    assert_eq!(values("The March 11 summit ended without a statement.", PUB), ["2024-03-11"]);
    assert_eq!(values("The ships docked on the 5th of March.", PUB), ["2024-03-05"]);
    assert_eq!(values("The ministers met in March to prepare the summit.", PUB), ["2024-03"]);
    assert_eq!(values("The ministers met in July this year.", PUB), ["2024-07"]);
    assert_eq!(values("The ministers met in July last year.", PUB), ["2023-07"]);
    assert_eq!(values("The bombers flew to the base in November of last year.", PUB), ["2023-11"]);
}

#[test]
fn a_bare_month_follows_the_tense() {
    assert_eq!(values("The summit was held in December.", PUB), ["2023-12"]);
    assert_eq!(values("The president will travel to the region in February.", PUB), ["2025-02"]);
    assert_eq!(values("A second summit, known to be in October, is being prepared.", PUB), ["2024-10"]);
}

#[test]
fn day_of_month_is_the_latest_before_publication_unless_future() {
    let got = dates("The ministry said on the 18th that the drills had ended.", PUB);
    assert_eq!(got, [("on the 18th".to_string(), "2024-03-18".to_string(), false)]);
    assert_eq!(values("The ministry said on the 25th that the drills had ended.", PUB), ["2024-02-25"]);
    let got = dates("The foreign minister will visit the capital on the 25th.", PUB);
    assert_eq!(got, [("on the 25th".to_string(), "2024-03-25".to_string(), true)]);
    assert_eq!(values("The minister plans to visit on the 12th.", PUB), ["2024-04-12"]);
    assert_eq!(values("The launch is expected to take place on the 20th.", PUB), ["2024-03-20"]);
    assert_eq!(values("On the 25th, the foreign minister will open the embassy.", PUB), ["2024-03-25"]);
    assert_eq!(values("The agency said the envoy would arrive on the 22nd.", PUB), ["2024-03-22"]);
    let dated_saying = "On the 19th, the agency said the envoy will arrive on the 21st.";
    assert_eq!(values(dated_saying, PUB), ["2024-03-19", "2024-03-21"]);
    assert_eq!(values("Flights stopped due to storms on the 22nd.", PUB), ["2024-02-22"]);
    let reported_then_planned = "The agency reported on the 19th that the envoy will arrive on the 19th.";
    assert_eq!(values(reported_then_planned, PUB), ["2024-03-19", "2024-04-19"]);
    assert_eq!(values("The agency reported on the 18th of this month that the talks failed.", PUB), ["2024-03-18"]);
    assert_eq!(values("The leaders met on the 13th of last month.", PUB), ["2024-02-13"]);
}

#[test]
fn ranges_resolve_to_their_first_day() {
    let got = dates("The minister will visit the capital from the 21st to 22nd.", PUB);
    assert_eq!(got, [("from the 21st to 22nd".to_string(), "2024-03-21".to_string(), true)]);
    assert_eq!(values("Talks were held between 18 and 19 March in the capital.", PUB), ["2024-03-18"]);
    assert_eq!(values("Talks were held on 18-19 March in the capital.", PUB), ["2024-03-18"]);
    assert_eq!(values("Talks were held on March 11-12 in the capital.", PUB), ["2024-03-11"]);
}

#[test]
fn weekdays_take_the_nearest_such_day_on_the_side_of_the_tense() {
    assert_eq!(values("The envoy arrived on Tuesday.", PUB), ["2024-03-19"]);
    assert_eq!(values("The envoy arrived on Wednesday.", PUB), ["2024-03-20"]);
    assert_eq!(values("The envoy will arrive on Friday.", PUB), ["2024-03-22"]);
    assert_eq!(values("The envoy arrived last Wednesday.", PUB), ["2024-03-13"]);
    assert_eq!(values("The envoy arrives next Monday.", PUB), ["2024-03-25"]);
    assert_eq!(values("The assembly convenes on the first Monday of May.", PUB), ["2024-05-06"]);
    assert_eq!(values("The assembly met on the last Friday of last month.", PUB), ["2024-02-23"]);
}

#[test]
fn words_relative_to_the_publication_date() {
    assert_eq!(values("The ministry announced the sanctions yesterday.", PUB), ["2024-03-19"]);
    assert_eq!(values("The ministry announced the sanctions today.", PUB), ["2024-03-20"]);
    assert_eq!(values("The ministry will announce the sanctions tomorrow.", PUB), ["2024-03-21"]);
    assert_eq!(values("The envoy arrived the day before yesterday.", PUB), ["2024-03-18"]);
    assert_eq!(values("The envoy arrives the day after tomorrow.", PUB), ["2024-03-22"]);
    assert_eq!(values("The fleet sailed last month.", PUB), ["2024-02"]);
    assert_eq!(values("The fleet sailed earlier this month.", PUB), ["2024-03"]);
    assert_eq!(values("The fleet sailed last year.", PUB), ["2023"]);
    assert_eq!(values("The fleet will sail next year.", PUB), ["2025"]);
    assert_eq!(values("The fleet sailed last week.", PUB), ["2024-03"]);
    assert_eq!(values("The fleet sails next week.", Some("2024-03-27")), ["2024-04"]);
    assert_eq!(values("The fleet sailed three days ago.", PUB), ["2024-03-17"]);
    assert_eq!(values("The alliance deepened since the latter half of last year.", PUB), ["2023"]);
}

#[test]
fn parts_of_a_month_stay_the_month() {
    let got = dates("Ships have sailed five times since mid-August.", PUB);
    assert_eq!(got, [("since mid-August".to_string(), "2023-08".to_string(), false)]);
    assert_eq!(values("Ships sailed in early August.", PUB), ["2024-08"]);
    assert_eq!(values("Ships sailed in late January.", PUB), ["2024-01"]);
    assert_eq!(values("Output fell in mid-2022.", PUB), ["2022"]);
}

#[test]
fn anaphoric_days_count_from_the_last_day_named_in_the_paragraph() {
    let text = "On the 12th, the army said missiles were fired that day. Officials met the previous day.";
    assert_eq!(values(text, PUB), ["2024-03-12", "2024-03-12", "2024-03-11"]);
    assert_eq!(values("Officials met the previous day.", PUB), ["2024-03-19"]);
    assert_eq!(values("Missiles were fired that day.", PUB), Vec::<String>::new());
    let later = "Talks collapsed in 2019. Later that year the envoy left. In May 2021 he returned, and that month he spoke.";
    assert_eq!(values(later, PUB), ["2019", "2019", "2021-05", "2021-05"]);
    assert_eq!(values("Talks collapsed that year.", PUB), Vec::<String>::new());
    let paragraphs = "On the 12th, the army spoke.\n\nMissiles were fired that day.";
    assert_eq!(values(paragraphs, PUB), ["2024-03-12"]);
}

#[test]
fn durations_decades_ages_times_and_counts_are_not_dates() {
    let none = Vec::<String>::new();
    assert_eq!(values("The sanctions have lasted for three years.", PUB), none);
    assert_eq!(values("Trade grew over the past two years.", PUB), none);
    assert_eq!(values("Trade grew over the last year.", PUB), none);
    assert_eq!(values("The economy shrank in the 1990s.", PUB), none);
    assert_eq!(values("The 75-year-old leader spoke at 7 a.m. for 30 minutes.", PUB), none);
    assert_eq!(values("The army fired 2019 missiles at a cost of $2019.", PUB), none);
    assert_eq!(values("They marked the 75th anniversary on the 3rd floor of the hall.", PUB), none);
    assert_eq!(values("May the talks succeed, said the minister.", PUB), none);
    assert_eq!(values("Missiles may march across the border.", PUB), none);
    assert_eq!(values("The talks between Putin and May ended.", PUB), none);
    assert_eq!(values("Missiles fell between 7 and 8 a.m. near the coast.", PUB), none);
}
