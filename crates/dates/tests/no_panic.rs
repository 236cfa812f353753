//! Whatever the text, the stages never panic and every span they add lies
//! inside the text on character boundaries, in text order.

mod common;

use proptest::prelude::*;

/// Words the stages react to, so random text reaches their deep paths.
const VOCAB: &[&str] = &[
    "on", "the", "18th", "of", "last", "this", "next", "month", "year", "week", "March", "Sept.", "May", "2024",
    "-", "03", "18", "in", "since", "mid-August", "Tuesday", "that", "day", "previous", "will", "plans", "to",
    "over", "a", "million", "hundreds", "tens", "thousands", "1,000", "2.5", "$", "%", "three", "shells", "ago",
    "a.m.", "early", ",", ".", "é", "日本", "31st", "9999", "0", "between", "and", "from", "13th",
];

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCAB), 0..30).prop_map(|w| w.join(" "))
}

fn check(text: &str, published: Option<&str>) {
    let doc = common::run(text, published);
    let spans = doc.annotations.dates.iter().map(|d| d.span).chain(doc.annotations.quantities.iter().map(|q| q.span));
    for span in spans {
        assert!(span.start < span.end && span.end <= doc.text.len(), "{span:?} in {:?}", doc.text);
        assert!(doc.text.is_char_boundary(span.start) && doc.text.is_char_boundary(span.end));
    }
    let dates = &doc.annotations.dates;
    assert!(dates.windows(2).all(|p| p[0].span.end <= p[1].span.start), "dates overlap or are out of order");
    let quantities = &doc.annotations.quantities;
    assert!(quantities.windows(2).all(|p| p[0].span.end <= p[1].span.start), "quantities overlap");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_string_is_safe(text in "\\PC{0,200}") {
        check(&text, Some("2024-03-20"));
        check(&text, None);
    }

    #[test]
    fn sentences_of_date_words_are_safe(text in sentence(), day in 1u8..=28, month in 1u8..=12) {
        let published = format!("2024-{month:02}-{day:02}");
        check(&text, Some(&published));
        check(&text, Some("0001-01-01"));
        check(&text, Some("9999-12-31"));
    }
}
