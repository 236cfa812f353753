//! Names the gazetteer does not know, recognised by their shape: a title
//! before a capitalised name, an apposition after one, Korean and Slavic
//! name shapes, organisation names ending in a head noun, and ministries
//! named after their state.

mod orgs;
mod people;

use dossier_core::Span;

use crate::lexicon::Role;
use crate::matcher::Target;
use crate::view::View;

pub(crate) use people::title_before;

/// A title in front of a person's name.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Title {
    pub span: Span,
    pub role: Role,
    /// The state the title names ("Russian Foreign Minister").
    pub country: Option<usize>,
    /// "Former ambassador": no longer speaks for the state.
    pub former: bool,
    /// "then-Defense Minister": the office held at the time, whatever the
    /// publication date.
    pub then: bool,
}

/// Something found in a sentence that may become a mention.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Candidate {
    pub span: Span,
    pub what: What,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum What {
    /// A gazetteer name, with the title before it for people.
    Known { target: Target, title: Option<Title> },
    /// An unknown person, named by `span` (the name without its title):
    /// the role their title or apposition gives, the state it names, and
    /// the organisation (gazetteer index) they work for.
    Person { title: Option<Title>, role: Option<Role>, country: Option<usize>, body: Option<usize> },
    /// An unknown organisation or a ministry named after its state.
    Org { name: String, code: Option<String>, country: Option<usize> },
    /// An unknown place named with a place noun.
    Place { name: String, country: Option<usize> },
}

/// Every candidate of one sentence: its gazetteer hits and the shapes
/// around them, overlaps resolved (the longer one stays).
pub(crate) fn candidates(view: &View<'_>, out: &mut Vec<Candidate>) {
    let first = out.len();
    for hit in view.hits {
        if is_part_of_longer_name(view, hit) {
            continue;
        }
        let title = match hit.target {
            Target::Person(_) => first_token_of(view, hit.span).and_then(|t| title_before(view, t)),
            _ => None,
        };
        out.push(Candidate { span: hit.span, what: What::Known { target: hit.target, title } });
    }
    if !is_headline(view) {
        // People's names start with a free capitalised word, and
        // organisations and places are found from their head noun: the
        // rules find nothing elsewhere.
        scan(view, view.free_caps, out, people::person_at);
        scan(view, view.heads, out, orgs::org_at);
    }
    // Candidates are large to move: most sentences have them in order
    // already, which one look tells.
    let order = |c: &Candidate| (c.span.start, std::cmp::Reverse(c.span.end));
    if !out[first..].windows(2).all(|w| order(&w[0]) <= order(&w[1])) {
        out[first..].sort_by_key(order);
    }
    keep_longest(out, first);
}

/// A capital or seat followed by a capitalised word no gazetteer name
/// covers is the start of a longer name ("Example City State University",
/// a summit named after its host city), not the state.
fn is_part_of_longer_name(view: &View<'_>, hit: &crate::matcher::Hit) -> bool {
    if !matches!(hit.target, Target::Country(_, crate::matcher::Form::Seat)) {
        return false;
    }
    let next = view.tokens.iter().position(|t| t.span.start >= hit.span.end);
    next.is_some_and(|k| {
        view.hit(k).is_none()
            && view.tokens[k].kind == dossier_core::TokenKind::Word
            && crate::names::is_capitalised(view.word(k))
    })
}

/// A line in Title Case with no closing mark ("Minister Says Talks Went
/// Well"): every word looks like a name there, so only the gazetteer is
/// trusted.
fn is_headline(view: &View<'_>) -> bool {
    let last = view.word(view.len().saturating_sub(1));
    if matches!(last, "." | "!" | "?" | "\"" | "”" | "’" | "'" | ":" | ";") {
        return false;
    }
    let (mut words, mut capitalised) = (0, 0);
    for (i, token) in view.tokens.iter().enumerate() {
        if token.kind == dossier_core::TokenKind::Word && token.span.len() >= 4 {
            words += 1;
            capitalised += usize::from(view.starts_upper(i));
        }
    }
    words >= 3 && capitalised * 10 >= words * 7
}

/// Runs `rule` at the tokens `starts` (in order) of the sentence: the
/// capitalised ones where the rule may find something (elsewhere it would
/// find nothing, and the scan go on from the next token). A rule returns
/// the token to go on from and what it found (`None`: a stretch seen and
/// deliberately left unnamed).
fn scan(
    view: &View<'_>,
    starts: &[u32],
    out: &mut Vec<Candidate>,
    rule: impl Fn(&View<'_>, usize) -> Option<(usize, Option<Candidate>)>,
) {
    // The next token to look at.
    let mut i = 0;
    for &start in starts {
        let at = start as usize;
        if at < i {
            continue;
        }
        i = match rule(view, at) {
            Some((next, found)) => {
                out.extend(found);
                next.max(at + 1)
            }
            None => at + 1,
        };
    }
}

fn first_token_of(view: &View<'_>, span: Span) -> Option<usize> {
    view.tokens.iter().position(|t| t.span.end > span.start)
}

/// Drops candidates overlapping a longer one (ties: the earlier listed,
/// gazetteer hits first).
fn keep_longest(out: &mut Vec<Candidate>, first: usize) {
    // The kept candidates are `out[first..kept]`, moved there in place:
    // no candidate is put before one not yet seen.
    let mut kept = first;
    for next in first..out.len() {
        let span = out[next].span;
        let overlapped = kept > first && out[kept - 1].span.end > span.start;
        if overlapped {
            if span.len() <= out[kept - 1].span.len() {
                continue;
            }
            // A longer candidate may overlap several kept ones.
            while kept > first && out[kept - 1].span.end > span.start {
                kept -= 1;
            }
        }
        if kept != next {
            out.swap(kept, next);
        }
        kept += 1;
    }
    out.truncate(kept);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// `keep_longest` as first written, into a new vector: the reference
    /// for the one working in place.
    fn keep_longest_by_copy(out: &mut Vec<Candidate>, first: usize) {
        let mut kept: Vec<Candidate> = Vec::with_capacity(out.len() - first);
        for c in out.drain(first..) {
            match kept.last() {
                Some(last) if last.span.end > c.span.start => {
                    if c.span.len() > last.span.len() {
                        while kept.last().is_some_and(|k| k.span.end > c.span.start) {
                            kept.pop();
                        }
                        kept.push(c);
                    }
                }
                _ => kept.push(c),
            }
        }
        out.extend(kept);
    }

    /// Words to make sentences of: names, titles, head nouns, function
    /// words, lower-case words and marks.
    const WORDS: &[&str] = &[
        "Andrei", "Petrov", "Jung", "Sung-jang", "Choe", "Son", "Hui", "Minister", "Foreign", "Defence", "President",
        "General", "former", "then-Defense", "Institute", "Ministry", "University", "Council", "Airport", "Island", "Hall",
        "Office", "of", "for", "the", "The", "and", "at", "said", "met", "in", "director", "a", "Russia", "Russian",
        "Japan", "Seoul", "Pyongyang", "Example", "Policy", "Research", "Sejong", "NEWS", ",", "'s", ".", "Korea", "North",
        "Gen.", "minister", "ex-President", "Secretary", "State", "Forces", "Fleet", "Dam", "Airfield", "Subscribe",
    ];

    /// Each sentence of `text` (cleaned and segmented by the text stages)
    /// seen with its gazetteer hits.
    fn with_views(text: &str, mut each: impl FnMut(&View<'_>)) {
        use dossier_core::Stage;
        static LOADED: std::sync::OnceLock<(crate::gazetteer::Gazetteer, crate::matcher::Matcher)> = std::sync::OnceLock::new();
        let (gazetteer, matcher) = LOADED.get_or_init(|| {
            let gazetteer = crate::gazetteer::Gazetteer::embedded().unwrap();
            let matcher = crate::matcher::Matcher::new(&gazetteer).unwrap();
            (gazetteer, matcher)
        });
        let mut doc = dossier_core::Document::new("t", "t", text);
        dossier_text::Segmenter::default().process(&mut doc);
        let ann = &doc.annotations;
        let hits = matcher.find(&doc.text, &ann.sentences);
        let mut tokens = dossier_core::SentenceTokens::new(&ann.tokens);
        let mut buffer = crate::view::ViewBuffer::default();
        for &sentence in &ann.sentences {
            let inside: Vec<_> = hits.iter().copied().filter(|h| sentence.start <= h.span.start && h.span.end <= sentence.end).collect();
            each(&View::new(&doc.text, &gazetteer.lexicon, tokens.of(sentence), &inside, &mut buffer));
        }
    }

    proptest! {
        /// The rules asked only where they may find something find what they
        /// find asked at every capitalised word; a head noun is marked where
        /// the organisation rule first looked for one.
        #[test]
        fn rules_asked_where_they_may_start_find_as_asked_everywhere(words in prop::collection::vec(prop::sample::select(WORDS), 1..40)) {
            let text = words.join(" ");
            with_views(&text, |view| {
                for &u in view.uppers {
                    let i = u as usize;
                    let word = view.word(i);
                    let head = (view.lexicon.is_place_head(word) || view.lexicon.is_org_head(word)) && view.hit(i).is_none();
                    assert_eq!(view.head(i), head, "{word:?} in {text:?}");
                }
                let free_caps: Vec<u32> = view.uppers.iter().copied().filter(|&u| view.free_cap(u as usize)).collect();
                let heads: Vec<u32> = view.uppers.iter().copied().filter(|&u| view.head(u as usize)).collect();
                assert_eq!((view.free_caps, view.heads), (free_caps.as_slice(), heads.as_slice()));
                let (mut everywhere, mut filtered) = (Vec::new(), Vec::new());
                scan(view, view.uppers, &mut everywhere, people::person_at);
                scan(view, view.uppers, &mut everywhere, orgs::org_at);
                scan(view, view.free_caps, &mut filtered, people::person_at);
                scan(view, view.heads, &mut filtered, orgs::org_at);
                assert_eq!(filtered, everywhere, "{text:?}");
            });
        }

        /// The lexicon's facts the view keeps per token answer the rules'
        /// questions as the lexicon asked of the word does (the rules read
        /// them instead of asking again).
        #[test]
        fn kept_facts_answer_as_the_lexicon_does(words in prop::collection::vec(prop::sample::select(WORDS), 1..40)) {
            let text = words.join(" ");
            with_views(&text, |view| {
                let lexicon = view.lexicon;
                for i in 0..view.len() {
                    let word = view.word(i);
                    let name_shaped = view.tokens[i].kind == dossier_core::TokenKind::Word
                        && crate::names::is_capitalised(word)
                        && word.chars().any(char::is_lowercase);
                    assert_eq!(view.lexicon_facts(i).is_some(), name_shaped && view.hit(i).is_none(), "{word:?} in {text:?}");
                    let Some((written, bare)) = view.lexicon_facts(i) else {
                        assert!(!view.free_cap(i), "{word:?} in {text:?}");
                        continue;
                    };
                    // Read as a title word: no "then-" or "ex-" to strip.
                    assert!(!word.starts_with("then-") && !word.starts_with("ex-"), "{word:?}");
                    assert_eq!(bare.title_role(), lexicon.title_role(word), "{word:?}");
                    assert_eq!(written.is(crate::lexicon::WordKind::TitleModifier), lexicon.is_title_modifier(word), "{word:?}");
                    assert_eq!(written.state_body_role(), lexicon.state_body_role(word), "{word:?}");
                    assert_eq!(written.is(crate::lexicon::WordKind::OrgHead), lexicon.is_org_head(word), "{word:?}");
                    assert_eq!(written.is(crate::lexicon::WordKind::PlaceHead), lexicon.is_place_head(word), "{word:?}");
                }
            });
        }

        #[test]
        fn keeps_the_longest_as_the_copy_did(spans in prop::collection::vec((0usize..40, 1usize..12), 0..16), first in 0usize..4) {
            let mut out: Vec<Candidate> = spans
                .iter()
                .enumerate()
                .map(|(i, &(start, len))| Candidate { span: Span::new(start, start + len), what: What::Place { name: i.to_string(), country: None } })
                .collect();
            let first = first.min(out.len());
            out[first..].sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
            let mut copy = out.clone();
            keep_longest(&mut out, first);
            keep_longest_by_copy(&mut copy, first);
            prop_assert_eq!(out, copy);
        }
    }
}
