//! Organisations and places the gazetteer does not know: a run of capitalised words
//! ending in a head noun ("Example Policy Research Institute"), possibly
//! continued by "of/for ..." ("Institute for Peace Studies"); ministries
//! named after their state ("Japan's Ministry of Defense", "the Russian
//! Foreign Ministry", "Ministry of Defence of Ghana").

use dossier_core::Span;

use super::{Candidate, What};
use crate::lexicon::{Role, WordKind};
use crate::matcher::Target;
use crate::view::View;

/// Longest run of words an unknown organisation name may have.
const MAX_ORG_WORDS: usize = 8;

/// A word that may stand inside an organisation's name: a free capitalised
/// word, or a state, capital or place named in it ("Korea Development
/// Institute", "Example City National University").
fn name_part(view: &View<'_>, i: usize) -> bool {
    view.free_cap(i) || matches!(view.hit(i).map(|h| h.target), Some(Target::Country(..) | Target::Location(_)))
}

/// The branch of state a body headed by token `k` belongs to (see
/// [`crate::lexicon::Lexicon::state_body_role`]), from the view's facts
/// where it kept them.
fn state_body_role_at(view: &View<'_>, k: usize) -> Option<Role> {
    match view.lexicon_facts(k) {
        Some((written, _)) => written.state_body_role(),
        None => view.lexicon.state_body_role(view.word(k)),
    }
}

fn is_org_head_at(view: &View<'_>, k: usize) -> bool {
    match view.lexicon_facts(k) {
        Some((written, _)) => written.is(WordKind::OrgHead),
        None => view.lexicon.is_org_head(view.word(k)),
    }
}

/// The organisation whose head noun is token `head`, with the token after
/// it. `None` in the candidate slot means "a sub-unit, skip it".
pub(super) fn org_at(view: &View<'_>, head: usize) -> Option<(usize, Option<Candidate>)> {
    // A head noun no hit covers (the scan asks only at those).
    if !view.head(head) {
        return None;
    }
    let place = view.lexicon_facts(head).is_some_and(|(written, _)| written.is(WordKind::PlaceHead));
    let mut start = head;
    while start > 0 && head - start < MAX_ORG_WORDS && name_part(view, start - 1) {
        start -= 1;
    }
    let (end, sub_unit) = continuation(view, head + 1);
    let body = (start..end).find_map(|k| state_body_role_at(view, k));
    let ministry = body.is_some();
    let (country, span_start) = state_of(view, start, end);
    if end - start < 2 && !(ministry && country.is_some()) {
        return None;
    }
    if sub_unit {
        return Some((end, None));
    }
    let military = (start..end).any(|k| view.lexicon.is_military_word(view.word(k)));
    let code_role = body.map(|role| if military { Role::MIL } else { role });
    let span = Span::new(view.tokens[span_start].span.start, view.tokens[end - 1].span.end);
    let name = view.tokens[start].span.start..view.tokens[end - 1].span.end;
    let name = view.text[name].to_string();
    let what = if place {
        What::Place { name, country }
    } else {
        What::Org { name, code: code_role.and_then(Role::code).map(|c| c.to_string()), country }
    };
    Some((end, Some(Candidate { span, what })))
}

/// After the head noun: "of Foreign Affairs", "for National Unification",
/// "of the Interior", "of Economy and Finance". Returns the token after the
/// name, and whether the name is a unit of another body ("Center at the
/// Example Institute", "Center of the Example Institute"), which is then
/// found on its own.
fn continuation(view: &View<'_>, after: usize) -> (usize, bool) {
    let mut end = after;
    while matches!(view.word(end), "of" | "for" | "on" | "and" | "at") {
        // "X and the Y" names two bodies; "of the", "for the" continue one.
        let the = view.is(end + 1, "the");
        if the && view.is(end, "and") {
            break;
        }
        let from = end + 1 + usize::from(the);
        let mut k = from;
        while name_part(view, k) {
            k += 1;
        }
        if k == from {
            break;
        }
        let whole =
            view.is(end, "at") || (the && view.is(end, "of") && (from..k).any(|j| is_org_head_at(view, j)));
        if whole {
            return (end, true);
        }
        end = k;
    }
    (end, false)
}

/// The state an organisation's name or the words before it name:
/// "Japan's Ministry", "Russian Foreign Ministry", "Ministry ... of Ghana".
/// Returns the state and the token where the mention starts.
fn state_of(view: &View<'_>, start: usize, end: usize) -> (Option<usize>, usize) {
    if let Some((c, _)) = view.country(start) {
        return (Some(c), start);
    }
    if start >= 2 && view.is_possessive(start - 1) {
        if let Some((c, _)) = view.country(start - 2) {
            let hit = view.hit(start - 2);
            let first = (0..start - 1).rev().take_while(|&j| view.hit(j) == hit).last().unwrap_or(start - 2);
            return (Some(c), first);
        }
    }
    let last = end.checked_sub(1).and_then(|k| view.country(k)).map(|(c, _)| c);
    (last, start)
}
