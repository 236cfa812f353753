//! Checks every segmentation must pass, whatever the text.

use dossier_core::{Annotations, Span};

/// Panics unless the spans of `ann` are well formed over `text`:
/// paragraphs, sentences and tokens are ordered and disjoint, lie on
/// character boundaries, carry no surrounding white space, each sentence
/// lies in one paragraph and each token in one sentence, paragraphs cover
/// every non-blank line, and tokens cover every visible character.
pub fn assert_well_formed(text: &str, ann: &Annotations) {
    check_layer(text, "paragraph", &ann.paragraphs);
    check_layer(text, "sentence", &ann.sentences);
    let tokens: Vec<Span> = ann.tokens.iter().map(|t| t.span).collect();
    check_layer(text, "token", &tokens);
    check_nested(text, "sentence", &ann.sentences, &ann.paragraphs);
    check_nested(text, "token", &tokens, &ann.sentences);
    check_cover(text, "paragraphs", &ann.paragraphs, |c| c.is_whitespace());
    check_cover(text, "sentences", &ann.sentences, |c| c.is_whitespace());
    check_cover(text, "tokens", &tokens, |c| c.is_whitespace());
    for token in &tokens {
        assert!(!token.of(text).contains(char::is_whitespace), "token {:?} holds white space", token.of(text));
    }
}

fn check_layer(text: &str, what: &str, spans: &[Span]) {
    let mut previous_end = 0;
    for span in spans {
        assert!(span.start < span.end, "empty {what} {span:?}");
        assert!(span.start >= previous_end, "{what} {span:?} overlaps or precedes the one before (ends {previous_end})");
        assert!(span.end <= text.len(), "{what} {span:?} runs past the text ({} bytes)", text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{what} {span:?} splits a character");
        let covered = span.of(text);
        assert_eq!(covered.trim(), covered, "{what} {span:?} has white space around it");
        previous_end = span.end;
    }
}

/// Every span of `inner` lies inside one span of `outer`.
fn check_nested(text: &str, what: &str, inner: &[Span], outer: &[Span]) {
    let mut o = 0;
    for span in inner {
        while o < outer.len() && outer[o].end <= span.start {
            o += 1;
        }
        assert!(o < outer.len() && outer[o].contains(*span), "{what} {:?} crosses its container", span.of(text));
    }
}

/// Every character outside `spans` is one that `skippable` allows.
fn check_cover(text: &str, what: &str, spans: &[Span], skippable: impl Fn(char) -> bool) {
    let mut at = 0;
    for span in spans.iter().chain(std::iter::once(&Span::new(text.len(), text.len()))) {
        if let Some(gap) = text.get(at..span.start) {
            let stray = gap.chars().find(|&c| !skippable(c));
            assert!(stray.is_none(), "{what} leave {stray:?} uncovered at byte {at}");
        }
        at = span.end;
    }
}
