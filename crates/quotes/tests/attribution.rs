//! Attribution verbs, pronoun and title continuations, channels.

mod common;
use common::{pairs, quotes};

fn speakers(text: &str) -> Vec<String> {
    pairs(text).into_iter().map(|(s, _)| s).collect()
}

#[test]
fn many_speech_verbs_attribute() {
    for verb in ["stated", "pointed out", "explained", "predicted", "noted", "warned", "analyzed", "wrote", "revealed"] {
        let text = format!("Jane Roe {verb}, “The deal will not survive the winter.”");
        assert_eq!(speakers(&text), ["Jane Roe"], "verb {verb}");
    }
}

#[test]
fn participle_takes_the_clause_subject() {
    let text = "Tom Baker, director of the Harbor Office, published new figures on Monday, stating, “Exports doubled this year.”";
    let q = &quotes(text)[0];
    assert_eq!(q.speaker_name, "Tom Baker");
    assert_eq!(q.affiliation.as_deref(), Some("Harbor Office"));
}

#[test]
fn pronoun_continues_the_last_named_speaker() {
    let text = "Ana Silva said, “The vote was fair.” She added, “Everyone could take part.”";
    assert_eq!(speakers(text), ["Ana Silva", "Ana Silva"]);
}

#[test]
fn pronoun_after_the_quote() {
    let text = "Mark Lee said, “The first phase ended.” “The second phase will take longer,” he predicted.";
    assert_eq!(speakers(text), ["Mark Lee", "Mark Lee"]);
}

#[test]
fn adverb_between_pronoun_and_verb() {
    let text = "Jane Roe said, “Costs are rising.” He further analyzed, “The budget cannot cover them.”";
    assert_eq!(speakers(text), ["Jane Roe", "Jane Roe"]);
}

#[test]
fn title_noun_refers_back_when_the_title_supports_it() {
    let text = "Tom Baker, a senior official at the Port Authority, said, “Ships are waiting.” “Delays will grow,” the official said.";
    assert_eq!(speakers(text), ["Tom Baker", "Tom Baker"]);
    let unrelated = "Tom Baker, a trader, said, “Ships are waiting.” “Delays will grow,” the official said.";
    assert_eq!(speakers(unrelated), ["Tom Baker", "the official"]);
}

#[test]
fn channel_is_not_the_speaker() {
    let text = "Ana Silva said through the Daily Planet, “Our offer stands until the end of May.”";
    assert_eq!(speakers(text), ["Ana Silva"]);
}

#[test]
fn attribution_after_the_quote_wins_over_according_to() {
    let text = "According to the Evening Star, “Relations are at a high point,” Deputy Minister Ivan Petrov said on Tuesday.";
    let q = &quotes(text)[0];
    assert_eq!(q.speaker_name, "Ivan Petrov");
}

#[test]
fn a_closing_mark_typed_as_opening_does_not_swallow_the_article() {
    let text = "“Relations are at a high point, “Ivan Petrov said at a dinner.\nThe next paragraph has “a word” only.\nMore text follows here.";
    let got = pairs(text);
    assert_eq!(got, [("Ivan Petrov".to_string(), "Relations are at a high point,".to_string())]);
}

#[test]
fn a_question_ending_a_quote_does_not_take_the_next_attribution() {
    let text = "Jane Roe asked, “Why now?” She further noted, “Nobody has explained it.”";
    let got = pairs(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].1, "Why now?");
}

#[test]
fn participle_subject_does_not_cross_a_missed_sentence_end() {
    let mut d = common::doc("Talks went on. Earlier, Tom Baker, a trader, sold grain on Monday, saying, “Prices will rise again.”");
    d.annotations.sentences.clear();
    let got = common::quotes_of(&mut d);
    assert_eq!(got[0].speaker_name, "Tom Baker");
}

#[test]
fn told_someone_before_the_quote() {
    assert_eq!(speakers("Ana Silva told reporters, “The vote will be held in June.”"), ["Ana Silva"]);
}

#[test]
fn according_to_before_a_direct_quote() {
    let q = &quotes("According to Ana Silva, “The vote will be held in June.”")[0];
    assert_eq!((q.speaker_name.as_str(), q.direct), ("Ana Silva", true));
}

#[test]
fn said_through_a_named_spokesman_keeps_the_speaker() {
    assert_eq!(speakers("“We will wait,” Ivan Petrov said through his spokesman Tom Baker."), ["Ivan Petrov"]);
}

#[test]
fn verb_then_titled_speaker_after_the_quote() {
    let q = &quotes("“Nothing has changed,” said Foreign Minister Ivan Petrov.")[0];
    assert_eq!((q.speaker_name.as_str(), q.affiliation.as_deref()), ("Ivan Petrov", Some("Foreign Minister")));
}

#[test]
fn the_title_of_the_last_speaker_continues_it() {
    let text = "Foreign Minister Ivan Petrov said, “The border is open.” “Trade will follow,” the minister added.";
    assert_eq!(speakers(text), ["Ivan Petrov", "Ivan Petrov"]);
}

#[test]
fn a_pronoun_with_no_speaker_before_it_stays_as_written() {
    let q = &quotes("“We will respond,” he said.")[0];
    assert_eq!((q.speaker_name.as_str(), q.speaker), ("he", None));
}
