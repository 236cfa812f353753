//! Matching patterns on a sentence's items.
//!
//! A pattern is matched outwards from its anchor word: elements after the
//! anchor forwards, elements before it backwards. A leading `S` right
//! before the anchor is the clause's subject, which is rarely adjacent to
//! its verb ("North Korea, struggling with sanctions, is seeking aid"), so
//! it is found by [`Matcher::subject`] instead: the nearest actor before the
//! verb that is not inside a prepositional phrase, skipping appositive and
//! relative clauses.

use crate::grammar::Class;
use crate::items::{Kind, Row};
use crate::patterns::{Elem, Pattern};

/// How far back a subject may stand from its verb, in items.
const SUBJECT_REACH: usize = 18;
/// How long an appositive between commas may be, in items.
const APPOSITIVE_REACH: usize = 16;

/// One way a pattern fits a sentence.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Match {
    /// Item indices of the source actors (several for "Seoul and Washington").
    pub sources: Vec<usize>,
    pub targets: Vec<usize>,
    /// First and last item the pattern covered, subject excluded.
    pub first: usize,
    pub last: usize,
    /// Item index of the anchor.
    pub anchor: usize,
    /// The verb is passive ("was received by"): roles came from the by-agent.
    pub passive: bool,
}

/// Matches patterns on a row; the word classes it reads come with the row.
pub struct Matcher;

#[derive(Clone, Copy, PartialEq)]
enum Dir {
    Forward,
    Backward,
}

impl Matcher {
    /// Tries `pattern` with its anchor at item `anchor`.
    pub fn try_match(&self, row: &Row, pattern: &Pattern, anchor: usize) -> Option<Match> {
        let mut m = Match { first: anchor, last: anchor, anchor, ..Match::default() };
        let passive = pattern.has_subject_slot() && self.is_passive(row, anchor);
        let after = &pattern.elems[pattern.anchor + 1..];
        let end = self.elems(row, after, anchor + 1, Dir::Forward, passive, &mut m)?;
        m.last = end.saturating_sub(1).max(anchor);
        if passive {
            m.sources = self.by_agent(row, m.last + 1)?;
            if m.targets.is_empty() && !pattern.no_target {
                m.targets = self.subject(row, anchor)?;
            }
            m.passive = true;
        } else if pattern.has_subject_slot() {
            m.sources = self.subject(row, anchor)?;
        } else {
            let start = self.elems(row, &pattern.before_anchor, anchor as isize - 1, Dir::Backward, false, &mut m)?;
            m.first = (start + 1) as usize;
        }
        Some(m)
    }

    /// Matches `elems` from `pos` in `dir`; returns the position after the
    /// last matched item (before it, going backwards).
    fn elems<P: Pos>(&self, row: &Row, elems: &[Elem], pos: P, dir: Dir, passive: bool, m: &mut Match) -> Option<P> {
        let Some((elem, rest)) = elems.split_first() else { return Some(pos) };
        match elem {
            Elem::Word { ids, optional, .. } => {
                let here = pos.index(row).filter(|&i| row.items[i].kind == Kind::Word && row.word_id(i).is_some_and(|id| ids.contains(&id)));
                if here.is_some() {
                    if let Some(end) = self.elems(row, rest, pos.step(dir), dir, passive, m) {
                        return Some(end);
                    }
                }
                if *optional {
                    return self.elems(row, rest, pos, dir, passive, m);
                }
                None
            }
            Elem::Gap(max) => {
                let mut at = pos;
                for _ in 0..=*max {
                    let snapshot = m.clone();
                    if let Some(end) = self.elems(row, rest, at, dir, passive, m) {
                        return Some(end);
                    }
                    *m = snapshot;
                    let i = at.index(row)?;
                    if self.breaks_clause(row, i) {
                        return None;
                    }
                    if dir == Dir::Forward {
                        at = self.aside_end(row, i).map_or(at, P::from_index);
                    }
                    at = at.step(dir);
                }
                None
            }
            Elem::Hyphen => {
                let i = pos.index(row)?;
                matches!(row.word(i), "-" | "–" | "—").then_some(())?;
                self.elems(row, rest, pos.step(dir), dir, passive, m)
            }
            Elem::Source { possessive } | Elem::Target { possessive } => {
                let is_source = matches!(elem, Elem::Source { .. });
                let found = self.slot(row, pos, dir, *possessive);
                let Some((actors, next)) = found else {
                    // A passive verb has no object: its target is the subject.
                    return (passive && !is_source).then(|| self.elems(row, rest, pos, dir, passive, m)).flatten();
                };
                if is_source {
                    m.sources = actors;
                } else {
                    m.targets = actors;
                }
                self.elems(row, rest, next, dir, passive, m)
            }
        }
    }

    /// An actor (or a list "A, B and C") at `pos`, after an optional
    /// determiner.
    fn slot<P: Pos>(&self, row: &Row, pos: P, dir: Dir, possessive: bool) -> Option<(Vec<usize>, P)> {
        let mut at = pos;
        if dir == Dir::Forward && at.index(row).is_some_and(|i| row.is(i, Class::Determiner)) {
            at = at.step(dir);
        }
        let first = at.index(row).filter(|&i| row.items[i].actor().is_some())?;
        if possessive && !row.items[first].is_possessive() {
            return None;
        }
        let mut actors = vec![first];
        at = at.step(dir);
        // "Seoul and Washington's drills", "Russia, China and Iran".
        while let Some(next) = self.conjunct(row, at, dir) {
            actors.push(next);
            at = at.step(dir).step(dir);
        }
        Some((actors, at))
    }

    /// The actor joined to a list at `joiner`: after "and"/"or", or after a
    /// comma in a list that goes on ("A, B and C", not "According to A, B").
    fn conjunct<P: Pos>(&self, row: &Row, joiner: P, dir: Dir) -> Option<usize> {
        let j = joiner.index(row)?;
        let next = joiner.step(dir).index(row).filter(|&i| row.items[i].actor().is_some())?;
        if row.is(j, Class::Coordinator) {
            return Some(next);
        }
        let after = joiner.step(dir).step(dir).index(row)?;
        (row.is_char(j, b',') && (row.is_char(after, b',') || row.is(after, Class::Coordinator))).then_some(next)
    }

    /// The subject of the verb at `verb`, as item indices.
    pub fn subject(&self, row: &Row, verb: usize) -> Option<Vec<usize>> {
        let mut i = verb;
        let mut steps = 0;
        while i > 0 && steps < SUBJECT_REACH {
            i -= 1;
            steps += 1;
            match &row.items[i].kind {
                Kind::Punct if row.is_char(i, b',') => i = self.skip_appositive(row, i)?,
                Kind::Punct if matches!(row.single(i), b';' | b':' | b'(' | b')' | b'"') || matches!(row.word(i), "“" | "”") => return None,
                Kind::Punct => {}
                Kind::Word if row.is(i, Class::Relative) => return self.antecedent(row, i),
                Kind::Word if row.is(i, Class::Complementizer) => return None,
                Kind::Word => {}
                Kind::Actor { possessive, .. } => {
                    if self.in_prepositional_phrase(row, i, verb) {
                        continue;
                    }
                    if *possessive && !row.is(i + 1, Class::ActorNoun) {
                        return None;
                    }
                    return Some(self.with_conjuncts(row, i));
                }
            }
        }
        None
    }

    /// At a comma scanning backwards: the index just after the opening comma
    /// of an appositive ("X, a senior official, said"), so scanning goes on
    /// before it; `None` when the comma closes a clause.
    fn skip_appositive(&self, row: &Row, comma: usize) -> Option<usize> {
        let from = comma.saturating_sub(APPOSITIVE_REACH);
        let open = (from..comma).rev().find(|&j| row.is_char(j, b','))?;
        let first = row.word(open + 1);
        let participle = first.ends_with("ing") || first.ends_with("ed");
        (row.is(open + 1, Class::Appositive) || participle).then_some(open)
    }

    /// "Wang Yi, who met ..." → Wang Yi.
    fn antecedent(&self, row: &Row, relative: usize) -> Option<Vec<usize>> {
        let mut j = relative.checked_sub(1)?;
        if row.is_char(j, b',') {
            j = j.checked_sub(1)?;
        }
        row.items[j].actor().map(|_| self.with_conjuncts(row, j))
    }

    /// The actor at `i` and those joined to it before ("A, B and C").
    fn with_conjuncts(&self, row: &Row, i: usize) -> Vec<usize> {
        let mut actors = vec![i];
        let mut at = i as isize - 1;
        while let Some(prev) = self.conjunct(row, at, Dir::Backward) {
            actors.insert(0, prev);
            at -= 2;
        }
        actors
    }

    /// Whether the actor at `actor` is the object of a preposition rather
    /// than the subject of `verb`. "Since North Korea refused ..." opens a
    /// clause: a subordinator followed by an actor that the verb follows
    /// within a few words is a subject, not a prepositional object.
    fn in_prepositional_phrase(&self, row: &Row, actor: usize, verb: usize) -> bool {
        let mut j = actor;
        while j > 0 {
            j -= 1;
            if row.is(j, Class::Determiner) {
                continue;
            }
            if row.is(j, Class::Subordinator) && self.only_words_between(row, actor, verb) {
                return false;
            }
            return row.is(j, Class::Preposition);
        }
        false
    }

    /// Auxiliaries and adverbs only ("has", "also", "reportedly"): nothing
    /// but up to three plain words between `actor` and `verb`.
    fn only_words_between(&self, row: &Row, actor: usize, verb: usize) -> bool {
        verb > actor && verb - actor <= 4 && (actor + 1..verb).all(|k| matches!(row.items[k].kind, Kind::Word))
    }

    /// "was received", "were delivered": an auxiliary of the passive right
    /// before the verb (adverbs aside).
    fn is_passive(&self, row: &Row, verb: usize) -> bool {
        let participle = row.word(verb).ends_with("ed") || row.word(verb).ends_with('n') || row.word(verb).ends_with('t');
        participle && (1..=2).any(|back| verb >= back && row.is(verb - back, Class::Passive))
    }

    /// The agent of a passive: the actor after "by", within a few items.
    fn by_agent(&self, row: &Row, from: usize) -> Option<Vec<usize>> {
        let by = (from..row.len().min(from + 8)).find(|&i| row.word(i) == "by")?;
        let mut at = by + 1;
        if row.is(at, Class::Determiner) {
            at += 1;
        }
        row.items.get(at)?.actor().map(|_| vec![at])
    }

    /// The closing comma of an aside opening at the comma at `i`
    /// (", including its space programme,"), so that a gap counts the
    /// whole aside as one item.
    fn aside_end(&self, row: &Row, i: usize) -> Option<usize> {
        const LONGEST_ASIDE: usize = 12;
        let opens = row.is_char(i, b',') && row.is(i + 1, Class::Parenthetical);
        if !opens {
            return None;
        }
        (i + 2..row.len().min(i + 2 + LONGEST_ASIDE)).take_while(|&j| !self.breaks_clause(row, j)).find(|&j| row.is_char(j, b','))
    }

    /// Punctuation a gap may not cross.
    fn breaks_clause(&self, row: &Row, i: usize) -> bool {
        matches!(row.single(i), b';' | b':' | b'.' | b'?' | b'!' | b'(' | b')') || row.is(i, Class::Complementizer)
    }
}

/// A position in a row that can run off either end.
trait Pos: Copy {
    fn from_index(i: usize) -> Self;
    fn index(self, row: &Row) -> Option<usize>;
    fn step(self, dir: Dir) -> Self;
}

impl Pos for usize {
    fn from_index(i: usize) -> Self {
        i
    }
    fn index(self, row: &Row) -> Option<usize> {
        (self < row.len()).then_some(self)
    }
    fn step(self, dir: Dir) -> Self {
        match dir {
            Dir::Forward => self + 1,
            Dir::Backward => self.wrapping_sub(1),
        }
    }
}

impl Pos for isize {
    fn from_index(i: usize) -> Self {
        i as isize
    }
    fn index(self, row: &Row) -> Option<usize> {
        (self >= 0 && (self as usize) < row.len()).then_some(self as usize)
    }
    fn step(self, dir: Dir) -> Self {
        match dir {
            Dir::Forward => self + 1,
            Dir::Backward => self - 1,
        }
    }
}
