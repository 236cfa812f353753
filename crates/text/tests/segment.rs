//! Paragraphs, sentences and tokens of text written for these tests.

mod common;

use dossier_core::{Annotations, TokenKind};
use dossier_text::Segmenter;

fn segment(text: &str) -> Annotations {
    let mut ann = Annotations::default();
    Segmenter::default().segment(text, &mut ann);
    common::assert_well_formed(text, &ann);
    ann
}

fn sentences(text: &str) -> Vec<&str> {
    segment(text).sentences.iter().map(|s| s.of(text)).collect()
}

fn words(text: &str) -> Vec<&str> {
    segment(text).tokens.iter().map(|t| t.span.of(text)).collect()
}

#[test]
fn titles_and_listed_abbreviations_do_not_end_sentences() {
    let text = "Gen. Okafor and Mr. Lindqvist met at No. 10 on St. Anne's Square. They spoke for an hour.";
    assert_eq!(sentences(text), ["Gen. Okafor and Mr. Lindqvist met at No. 10 on St. Anne's Square.", "They spoke for an hour."]);
}

#[test]
fn dotted_abbreviations_end_a_sentence_only_before_a_sentence_starter() {
    let text = "The U.S. envoy landed at 7 a.m. on Monday. Talks began at 9 a.m. The U.N. observers arrived later.";
    assert_eq!(sentences(text), ["The U.S. envoy landed at 7 a.m. on Monday.", "Talks began at 9 a.m.", "The U.N. observers arrived later."]);
    let text = "Aid was sent by the U.S. Navy and the U.K. Foreign Office.";
    assert_eq!(sentences(text), [text]);
    let text = "The sanctions hit firms in the U.S. They also hit banks.";
    assert_eq!(sentences(text), ["The sanctions hit firms in the U.S.", "They also hit banks."]);
}

#[test]
fn initials_stay_inside_their_sentence() {
    let text = "The report was written by J. R. Haldane and A. B. C. Moreau. It runs to 80 pages.";
    assert_eq!(sentences(text), ["The report was written by J. R. Haldane and A. B. C. Moreau.", "It runs to 80 pages."]);
    assert_eq!(words("J. R. Haldane"), ["J.", "R.", "Haldane"]);
}

#[test]
fn decimals_and_numbers_with_separators_are_one_token() {
    let text = "Growth slowed to 3.5 percent, or 1,250.75 million. Exports fell 0.4%.";
    assert_eq!(sentences(text), ["Growth slowed to 3.5 percent, or 1,250.75 million.", "Exports fell 0.4%."]);
    let ann = segment(text);
    let numbers: Vec<&str> = ann.tokens.iter().filter(|t| t.kind == TokenKind::Number).map(|t| t.span.of(text)).collect();
    assert_eq!(numbers, ["3.5", "1,250.75", "0.4"]);
}

#[test]
fn a_quote_over_several_sentences_keeps_its_closing_mark_and_attribution() {
    let text = "“We will stay. We will not leave. We have nowhere else to go,” she said on Friday. The camp was quiet.";
    assert_eq!(sentences(text), ["“We will stay.", "We will not leave.", "We have nowhere else to go,” she said on Friday.", "The camp was quiet."]);
    let text = "\"Enough! Stop the shelling now!\" the mayor shouted. Nobody answered.";
    assert_eq!(sentences(text), ["\"Enough!", "Stop the shelling now!\" the mayor shouted.", "Nobody answered."]);
    let text = "He said: \"The bridge is closed. Use the ferry.\" Then he left.";
    assert_eq!(sentences(text), ["He said: \"The bridge is closed.", "Use the ferry.\"", "Then he left."]);
}

#[test]
fn a_headline_without_a_full_stop_is_a_sentence_of_its_own() {
    let text = "Storm Closes Mountain Pass\nSnow blocked the road on Sunday. Crews expect to clear it by Tuesday.";
    assert_eq!(sentences(text), ["Storm Closes Mountain Pass", "Snow blocked the road on Sunday.", "Crews expect to clear it by Tuesday."]);
    let text = "Storm Closes Mountain Pass\n\nSnow blocked the road.";
    assert_eq!(sentences(text), ["Storm Closes Mountain Pass", "Snow blocked the road."]);
}

#[test]
fn a_wrapped_line_that_goes_on_in_lowercase_stays_one_sentence() {
    let text = "The council met on Monday\nto vote on the budget.";
    assert_eq!(sentences(text), [text]);
}

#[test]
fn question_marks_exclamations_and_ellipses_end_sentences() {
    let text = "Will they sign? Nobody knows! The talks go on… Or do they...";
    assert_eq!(sentences(text), ["Will they sign?", "Nobody knows!", "The talks go on…", "Or do they..."]);
}

#[test]
fn paragraphs_are_the_runs_of_non_blank_lines() {
    let text = "  Headline Here  \n\nFirst paragraph line one.\nLine two.\n \t \n\nSecond paragraph.\n";
    let ann = segment(text);
    let paragraphs: Vec<&str> = ann.paragraphs.iter().map(|p| p.of(text)).collect();
    assert_eq!(paragraphs, ["Headline Here", "First paragraph line one.\nLine two.", "Second paragraph."]);
    assert_eq!(ann.paragraphs[0].start, 2);
    let sentence_paragraphs: Vec<usize> =
        ann.sentences.iter().map(|s| ann.paragraphs.iter().position(|p| p.contains(*s)).unwrap()).collect();
    assert_eq!(sentence_paragraphs, [0, 1, 1, 2]);
}

#[test]
fn tokens_have_byte_offsets_on_character_boundaries() {
    let text = "Seoul’s mayor met Ms. Müller in Zürich — 2,000 people watched.";
    let ann = segment(text);
    let got: Vec<(usize, &str, TokenKind)> = ann.tokens.iter().map(|t| (t.span.start, t.span.of(text), t.kind)).collect();
    use TokenKind::*;
    let want = [
        (0, "Seoul", Word), (5, "’s", Word), (10, "mayor", Word), (16, "met", Word), (20, "Ms.", Word),
        (24, "Müller", Word), (32, "in", Word), (35, "Zürich", Word), (43, "—", Punct), (47, "2,000", Number),
        (53, "people", Word), (60, "watched", Word), (67, ".", Punct),
    ];
    assert_eq!(got, want);
}

#[test]
fn text_in_other_scripts_is_segmented_too() {
    let text = "Переговоры продолжатся завтра. Стороны согласились.\n\n会谈将于明天继续。";
    let ann = segment(text);
    assert_eq!(ann.paragraphs.len(), 2);
    assert_eq!(ann.sentences.len(), 3, "{:?}", ann.sentences.iter().map(|s| s.of(text)).collect::<Vec<_>>());
}

#[test]
fn segmenting_again_replaces_what_was_there() {
    let mut ann = Annotations::default();
    let segmenter = Segmenter::default();
    segmenter.segment("One sentence here. And another one.", &mut ann);
    segmenter.segment("Short.", &mut ann);
    assert_eq!((ann.paragraphs.len(), ann.sentences.len(), ann.tokens.len()), (1, 1, 2));
}

#[test]
fn empty_and_blank_text_has_no_segments() {
    for text in ["", "   ", "\n\n\n", " \t\u{a0}\n"] {
        let ann = segment(text);
        assert!(ann.paragraphs.is_empty() && ann.sentences.is_empty() && ann.tokens.is_empty(), "{text:?}");
    }
}
