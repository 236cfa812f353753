//! Direct quotations: marks, splits, continuations, multi-sentence and
//! multi-paragraph quotes, scare quotes.

mod common;
use common::{pairs, quotes};

fn p(speaker: &str, text: &str) -> (String, String) {
    (speaker.to_string(), text.to_string())
}

#[test]
fn curly_double_quote_after_attribution() {
    let got = pairs("Jane Roe said, “The talks will resume next week.”");
    assert_eq!(got, [p("Jane Roe", "The talks will resume next week.")]);
    assert!(quotes("Jane Roe said, “The talks will resume next week.”")[0].direct);
}

#[test]
fn straight_double_quote_before_attribution() {
    let got = pairs(r#""We are not moving our troops," Tom Baker told reporters on Friday."#);
    assert_eq!(got, [p("Tom Baker", "We are not moving our troops,")]);
}

#[test]
fn verb_before_the_speaker() {
    let got = pairs("“Prices will fall by spring,” said Ana Silva, an economist at the Bank of Nowhere.");
    assert_eq!(got, [p("Ana Silva", "Prices will fall by spring,")]);
}

#[test]
fn single_marks_as_the_outer_quote() {
    let got = pairs("Mark Lee said: ‘Our position has not changed at all.’");
    assert_eq!(got, [p("Mark Lee", "Our position has not changed at all.")]);
}

#[test]
fn quote_split_by_the_attribution_is_one_quote() {
    let got = pairs("“The border is calm,” Jane Roe said, “but we remain on alert.”");
    assert_eq!(got, [p("Jane Roe", "The border is calm, but we remain on alert.")]);
}

#[test]
fn adding_continues_with_the_same_speaker() {
    let text = "Tom Baker said, “The plan is ready,” adding, “It will be announced soon.”";
    assert_eq!(pairs(text), [p("Tom Baker", "The plan is ready,"), p("Tom Baker", "It will be announced soon.")]);
}

#[test]
fn and_joins_two_quotes_of_one_speaker() {
    let text = "The agency explained, “Supplies are running low,” and “Help is needed now.”";
    let got = pairs(text);
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|(s, _)| s == "The agency"), "{got:?}");
}

#[test]
fn quote_spanning_sentences() {
    let text = "Ana Silva said, “We tried. We failed. We will try again.”";
    assert_eq!(pairs(text), [p("Ana Silva", "We tried. We failed. We will try again.")]);
}

#[test]
fn quote_spanning_paragraphs() {
    let text = "Mark Lee said, “The first stage is over.\n“The second stage starts in May.”\nOfficials declined to comment.";
    assert_eq!(pairs(text), [p("Mark Lee", "The first stage is over. The second stage starts in May.")]);
}

#[test]
fn nested_quotes_stay_inside() {
    let text = "Jane Roe said, “They called it a ‘temporary pause’ last year.”";
    assert_eq!(pairs(text), [p("Jane Roe", "They called it a ‘temporary pause’ last year.")]);
}

#[test]
fn scare_quotes_and_titles_are_not_quotes() {
    assert!(pairs("The minister called it an “opportunity” for both sides.").is_empty());
    assert!(pairs("The so-called ‘grand bargain’ collapsed in spring.").is_empty());
    assert!(pairs("The film “Cold River” opened in the capital on Monday.").is_empty());
}

#[test]
fn headline_single_quotes_are_not_quotes() {
    assert!(pairs("'Talks Stall as Winter Nears, Diplomats Say'\nThe talks stalled.").is_empty());
}

#[test]
fn attributed_partial_quote_is_kept() {
    let text = "Tom Baker told the committee that the new drones “could reach the coast within an hour.”";
    assert_eq!(pairs(text), [p("Tom Baker", "could reach the coast within an hour.")]);
}

#[test]
fn quote_span_covers_quote_and_attribution() {
    let text = "Intro here. Jane Roe said, “We will stay.” Then nothing.";
    let q = &quotes(text)[0];
    assert_eq!(q.span.of(text), "Jane Roe said, “We will stay.”");
}

#[test]
fn a_quote_reopened_without_closing_is_one_quote() {
    let text = "Jane Roe said, “We will act. “The rest will follow,” she said.";
    assert_eq!(pairs(text), [p("Jane Roe", "We will act. The rest will follow,")]);
}

#[test]
fn a_quoted_paragraph_after_an_attributed_one_keeps_the_speaker() {
    let text = "Ana Silva said, “The harvest was poor.”\n“We expect imports to double by autumn.”\nOther news followed.";
    assert_eq!(pairs(text), [p("Ana Silva", "The harvest was poor."), p("Ana Silva", "We expect imports to double by autumn.")]);
    assert!(pairs("The weather was poor.\n“We expect imports to double by autumn.”").is_empty());
}

#[test]
fn an_unattributed_quote_right_after_an_attributed_one_keeps_the_speaker() {
    let text = "“This is a dangerous step,” said Paul Grant, a spokesman for the Harbor Office. “We urge calm.”";
    assert_eq!(pairs(text), [p("Paul Grant", "This is a dangerous step,"), p("Paul Grant", "We urge calm.")]);
}

#[test]
fn straight_single_marks_before_the_attribution() {
    let got = pairs("'We will not yield to pressure from anyone,' Mark Lee said.");
    assert_eq!(got, [p("Mark Lee", "We will not yield to pressure from anyone,")]);
}

#[test]
fn straight_marks_split_by_the_attribution() {
    let got = pairs(r#""The border is calm," Jane Roe said, "but we remain on alert.""#);
    assert_eq!(got, [p("Jane Roe", "The border is calm, but we remain on alert.")]);
}

#[test]
fn straight_single_marks_nested_in_straight_double_ones() {
    let got = pairs(r#"Jane Roe said, "They called it a 'pause' back then, but nothing paused.""#);
    assert_eq!(got, [p("Jane Roe", "They called it a 'pause' back then, but nothing paused.")]);
}

#[test]
fn straight_scare_quotes_are_not_quotes() {
    assert!(pairs(r#"The minister called it a "pause" in the talks."#).is_empty());
}

#[test]
fn a_quote_over_paragraphs_attributed_at_both_ends_keeps_the_named_speaker() {
    let text = "Ivan Petrov said, “Nothing changed.”\nAna Silva said, “The harvest failed.\n“Imports must double,” she said.";
    let got = pairs(text);
    assert_eq!(got[1], p("Ana Silva", "The harvest failed. Imports must double,"));
}

#[test]
fn a_term_quote_inside_a_reported_sentence_is_not_direct_speech() {
    let got = quotes("Jane Roe said the ‘so-called’ agreement was void from the start.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(!got[0].direct);
    assert_eq!(got[0].text, "the ‘so-called’ agreement was void from the start");
    assert!(pairs("Jane Roe called it a “very productive” meeting with the envoy.").is_empty());
}

#[test]
fn a_short_quote_ending_the_clause_is_kept() {
    let got = pairs("Roe’s remarks were “deeply troubling,” the embassy said.");
    assert_eq!(got, [p("the embassy", "deeply troubling,")]);
}

#[test]
fn straight_marks_spanning_paragraphs() {
    let text = "Mark Lee said, \"The first stage is over.\n\"The second stage starts in May.\"\nOfficials declined to comment.";
    assert_eq!(pairs(text), [p("Mark Lee", "The first stage is over. The second stage starts in May.")]);
}
