//! People the gazetteer does not know: "Foreign Minister Choe Son Hui",
//! "Ri Su-yong, director of the ... Institute, said", "Jung Sung-jang",
//! "Andrei Petrov".

use dossier_core::Span;

use super::{Candidate, Title, What};
use crate::lexicon::{Role, WordKind};
use crate::matcher::Target;
use crate::names;
use crate::view::View;

/// How many capitalised words a name may have.
const MAX_NAME_WORDS: usize = 3;
/// How far an apposition is searched for the body the person works for.
const APPOSITION_REACH: usize = 20;

/// The person whose name starts at token `at`, by title, apposition or
/// shape.
pub(super) fn person_at(view: &View<'_>, at: usize) -> Option<(usize, Option<Candidate>)> {
    let count = name_words(view, at);
    let (next, found) =
        titled(view, at, count).or_else(|| apposition(view, at, count)).or_else(|| by_shape(view, at))?;
    Some((next, Some(found)))
}

/// The title word of token `i` without a "then-" or "ex-" prefix, and
/// whether it had "then-".
fn title_word(word: &str) -> (&str, bool) {
    if let Some(rest) = word.strip_prefix("then-") {
        (rest, true)
    } else {
        (word.strip_prefix("ex-").unwrap_or(word), false)
    }
}

/// The role of the office token `k` names ("Minister", "then-Gen."), if it
/// is a title: from the view's facts where it kept them (a capitalised
/// word has no "then-" or "ex-" prefix to strip), else from the lexicon.
#[inline]
fn title_role_at(view: &View<'_>, k: usize) -> Option<Role> {
    match view.lexicon_facts(k) {
        Some((_, bare)) => bare.title_role(),
        None => view.lexicon.title_role(title_word(view.word(k)).0),
    }
}

/// Whether token `k` qualifies a title, its word taken as `word` gives it
/// where the view kept no facts of it.
#[inline]
fn is_title_modifier_at<'a>(view: &View<'a>, k: usize, word: impl FnOnce(&'a str) -> &'a str) -> bool {
    match view.lexicon_facts(k) {
        Some((written, _)) => written.is(WordKind::TitleModifier),
        None => view.lexicon.is_title_modifier(word(view.word(k))),
    }
}

/// The title ending right before token `name` ("Russian Deputy Foreign
/// Minister" before "Andrey"), if any.
pub(crate) fn title_before(view: &View<'_>, name: usize) -> Option<Title> {
    let mut head = name.checked_sub(1)?;
    // "the Russian foreign minister, Sergei Lavrov", "The Russian President,
    // Vladimir Putin": a title may stand before a comma (a full name must
    // follow, see `titled`).
    if view.word(head) == "," {
        if head.checked_sub(1).is_some_and(|k| title_role_at(view, k).is_some()) {
            head -= 1;
        }
    }
    // "Secretary of Defense X": skip the qualifier back to its head.
    let mut back = head;
    while back > 0 && is_title_modifier_at(view, back, |w| w) && view.hit(back).is_none() {
        back -= 1;
    }
    if back < head && matches!(view.word(back), "of" | "for") && back > 0 {
        head = back - 1;
    }
    let mut role = title_role_at(view, head)?;
    let (word, mut then) = title_word(view.word(head));
    if view.hit(head).is_some() {
        return None;
    }
    let mut start = head;
    let mut military = view.lexicon.is_military_word(word);
    while start > 0 {
        let (prev, prev_then) = title_word(view.word(start - 1));
        let titular = is_title_modifier_at(view, start - 1, |w| title_word(w).0) || title_role_at(view, start - 1).is_some();
        if view.hit(start - 1).is_some() || !titular {
            break;
        }
        military |= view.lexicon.is_military_word(prev);
        then |= prev_then;
        start -= 1;
    }
    for k in head + 1..name {
        military |= view.lexicon.is_military_word(view.word(k));
    }
    let country = country_before(view, start);
    let before_country = country.map_or(start, |(_, at)| at);
    let former = (before_country..=head).any(|k| view.is(k, "former"))
        || before_country.checked_sub(1).is_some_and(|k| view.is(k, "former") || view.is(k, "ex"));
    if military && role == Role::GOV {
        role = Role::MIL;
    }
    let span = Span::new(view.tokens[start].span.start, view.tokens[name - 1].span.end);
    Some(Title { span, role, country: country.map(|(c, _)| c), former, then })
}

/// The state named just before token `at`: "Russian", "Russia's", "U.S.",
/// "the Kremlin", with the token where it starts.
fn country_before(view: &View<'_>, at: usize) -> Option<(usize, usize)> {
    let mut k = at.checked_sub(1)?;
    if view.is_possessive(k) {
        k = k.checked_sub(1)?;
    }
    let (country, _) = view.country(k)?;
    let hit = view.hit(k)?;
    let first = (0..=k).rev().take_while(|&j| view.hit(j).is_some_and(|h| h == hit)).last().unwrap_or(k);
    Some((country, first))
}

/// Up to three free capitalised words from `at`: a name.
fn name_words(view: &View<'_>, at: usize) -> usize {
    (at..view.len()).take(MAX_NAME_WORDS).take_while(|&k| view.name_word(k)).count()
}

fn span_of(view: &View<'_>, from: usize, count: usize) -> Span {
    Span::new(view.tokens[from].span.start, view.tokens[from + count - 1].span.end)
}

/// "Foreign Minister Choe Son Hui": a title, then a name of `count` words.
fn titled(view: &View<'_>, at: usize, count: usize) -> Option<(usize, Candidate)> {
    if count == 0 {
        return None;
    }
    let mut title = title_before(view, at)?;
    // A lower-case title ("defence minister X") needs a full name.
    if !names::is_capitalised(view.word(at - 1)) && count < 2 {
        return None;
    }
    // "Foreign Minister Kwabena Asare of Ghana".
    if title.country.is_none() && view.is(at + count, "of") {
        title.country = view.country(at + count + 1).map(|(c, _)| c);
    }
    let what = What::Person { role: Some(title.role), country: title.country, body: None, title: Some(title) };
    Some((at + count, Candidate { span: span_of(view, at, count), what }))
}

/// "Ri Su-yong, director of the Example Institute, said": a name at a
/// clause start (of `count` words), a comma, and a role noun.
fn apposition(view: &View<'_>, at: usize, count: usize) -> Option<(usize, Candidate)> {
    let starts_clause = at == 0 || !names::is_capitalised(view.word(at - 1)) || view.word(at - 1).len() == 1;
    if !starts_clause {
        return None;
    }
    if count < 2 || view.word(at + count) != "," {
        return None;
    }
    let mut role_at = at + count + 1;
    if ["a", "an", "the"].iter().any(|a| view.word(role_at).eq_ignore_ascii_case(a)) {
        role_at += 1;
    }
    let role_word = view.word(role_at);
    let Some(role) = view.lexicon.apposition_role(role_word) else { return None };
    let what = if role_word.eq_ignore_ascii_case("former") {
        What::Person { title: None, role: None, country: None, body: None }
    } else {
        let (country, body) = employer(view, role_at);
        What::Person { title: None, role: Some(role), country, body }
    };
    Some((at + count, Candidate { span: span_of(view, at, count), what }))
}

/// Whom an apposition says the person works for: the first organisation
/// named in it ("at the U.S. National Security Council"), or a state named
/// right after the role noun ("a Russian diplomat").
fn employer(view: &View<'_>, from: usize) -> (Option<usize>, Option<usize>) {
    let end = (from + APPOSITION_REACH).min(view.len());
    for k in from..end {
        if view.word(k) == "," {
            break;
        }
        match view.hit(k).map(|h| h.target) {
            Some(Target::Org(o)) => return (None, Some(o)),
            Some(Target::Country(c, _)) if k <= from + 2 => return (Some(c), None),
            _ => {}
        }
    }
    (None, None)
}

/// "Jung Sung-jang" (a Korean given name's shape) or "Andrei Petrov" (a
/// Slavic family name's ending), wherever they stand.
fn by_shape(view: &View<'_>, at: usize) -> Option<(usize, Candidate)> {
    if !view.free_cap(at) || !view.free_cap(at + 1) || view.lexicon_facts(at).is_some_and(|(_, bare)| bare.title_role().is_some()) {
        return None;
    }
    let given = view.word(at + 1);
    let korean = names::is_syllable_pair(given)
        && !view.lexicon.is_english_compound_tail(given)
        && view.word(at).chars().count() <= 5;
    let slavic = view.lexicon.has_surname_ending(given) && view.word(at).chars().count() >= 3;
    if !(korean || slavic) {
        return None;
    }
    let title = title_before(view, at);
    let what = What::Person {
        role: title.as_ref().map(|t| t.role),
        country: title.as_ref().and_then(|t| t.country),
        body: None,
        title,
    };
    Some((at + 2, Candidate { span: span_of(view, at, 2), what }))
}
