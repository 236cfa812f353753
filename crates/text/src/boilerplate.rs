//! The boilerplate phrase vocabulary (`data/text/boilerplate.txt`) and how a
//! line is judged against it. All phrases are matched in one pass per line
//! by one Aho-Corasick automaton folding ASCII case; a phrase written with
//! a capital is then checked against the exact text found.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::data::{records, unknown_kind, Record};
use crate::{Error, Result};

const FILE: &str = "boilerplate.txt";
const KINDS: [&str; 7] = ["line", "prefix", "contains", "end-line", "end-prefix", "counter", "credit"];
/// Lines at least this long are article text, never a `contains` match.
const CONTAINS_MAX_LEN: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Line,
    Prefix,
    Contains,
    EndLine,
    EndPrefix,
    Counter,
    Credit,
}

#[derive(Clone, Copy, Debug)]
struct Rule {
    kind: Kind,
    /// Written with a capital letter: matched as written, on any line shape.
    exact_case: bool,
    /// Ends in a capital letter: must not run into another letter.
    ends_upper: bool,
    /// Ends in a letter or digit: must not run into a lowercase letter.
    ends_alnum: bool,
}

/// What the vocabulary says about one line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub drop: bool,
    /// The line opens a block that runs to the end of the page.
    pub ends_article: bool,
}

/// The compiled boilerplate vocabulary.
#[derive(Debug)]
pub(crate) struct Boilerplate {
    automaton: AhoCorasick,
    /// The rule of each pattern of the automaton.
    rules: Vec<Rule>,
    /// Each phrase as written, for the exact-case check.
    phrases: Vec<Box<str>>,
    /// Bytes in the longest phrase.
    longest: usize,
}

impl Boilerplate {
    pub fn parse(text: &str) -> Result<Boilerplate> {
        let (mut phrases, mut rules): (Vec<Box<str>>, Vec<Rule>) = (Vec::new(), Vec::new());
        for rec in records(FILE, text)? {
            rules.push(rule_of(&rec)?);
            phrases.push(Box::from(rec.value));
        }
        let longest = phrases.iter().map(|p| p.len()).max().unwrap_or(0);
        Ok(Boilerplate { automaton: automaton(&phrases)?, rules, phrases, longest })
    }

    /// The phrases found in `window` (ASCII case folded unless written
    /// with a capital), with their rules and byte ranges.
    fn found<'w>(&'w self, window: &'w str) -> impl Iterator<Item = (Rule, usize, usize)> + 'w {
        self.automaton.find_overlapping_iter(window).filter_map(move |found| {
            let id = found.pattern().as_usize();
            let rule = self.rules[id];
            let exact = !rule.exact_case || window.as_bytes()[found.range()] == *self.phrases[id].as_bytes();
            exact.then_some((rule, found.start(), found.end()))
        })
    }

    /// Judges `line` (already trimmed). `sentence_like` lines are only
    /// dropped by `line`, `contains` and capitalised phrases.
    pub fn judge(&self, line: &str, sentence_like: bool) -> Verdict {
        let lead = line.trim_start_matches(is_lead_decoration);
        let core = lead.trim_end_matches(is_tail_decoration).trim_start_matches(['[', '(']);
        let core_start = lead.len() - lead.trim_start_matches(['[', '(']).len();
        let core = Span { start: core_start, end: core_start + core.len() };
        let mut verdict = Verdict::default();
        for (from, window) in self.windows(lead, core).into_iter().filter(|(_, w)| !w.is_empty()) {
            for (rule, start, end) in self.found(window) {
                let hit = Hit { lead, start: from + start, end: from + end, rule, core, sentence_like };
                if hit.applies() {
                    verdict.drop = true;
                    verdict.ends_article |= matches!(rule.kind, Kind::EndLine | Kind::EndPrefix | Kind::Counter);
                }
            }
        }
        verdict
    }

    /// The parts of `lead` where a phrase can apply, with their offsets.
    /// In a long line no `contains` rule applies and no phrase spans the
    /// core, so only a prefix at the start or a counter at the end of the
    /// core can: the middle of an article paragraph is never searched.
    fn windows<'l>(&self, lead: &'l str, core: Span) -> [(usize, &'l str); 2] {
        if lead.len() < CONTAINS_MAX_LEN || core.end - core.start <= self.longest {
            return [(0, lead), (0, "")];
        }
        let head_end = floor_char_boundary(lead, self.longest);
        let tail_start = ceil_char_boundary(lead, core.end.saturating_sub(self.longest));
        [(0, &lead[..head_end]), (tail_start, &lead[tail_start..core.end])]
    }

    /// Where a photo credit in brackets or parentheses closing `line`
    /// starts ("… [Image source=Agency]"), if there is one.
    pub fn credit_start(&self, line: &str) -> Option<usize> {
        let open = match line.as_bytes().last()? {
            b']' => line.rfind('[')?,
            b')' => line.rfind('(')?,
            _ => return None,
        };
        let group = &line[open..];
        self.found(group).any(|(rule, _, _)| rule.kind == Kind::Credit).then_some(open)
    }
}

#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
}

/// One phrase found in one line.
struct Hit<'l> {
    lead: &'l str,
    start: usize,
    end: usize,
    rule: Rule,
    core: Span,
    sentence_like: bool,
}

impl Hit<'_> {
    fn applies(&self) -> bool {
        let whole = self.start == self.core.start && self.end == self.core.end;
        let any_shape = !self.sentence_like || self.rule.exact_case;
        match self.rule.kind {
            Kind::Line | Kind::EndLine => whole,
            Kind::Prefix | Kind::EndPrefix => self.start == 0 && self.ends_cleanly() && any_shape,
            Kind::Contains => {
                self.lead.len() < CONTAINS_MAX_LEN && self.starts_cleanly() && self.ends_cleanly()
            }
            Kind::Counter => {
                self.end == self.core.end && is_count(&self.lead[self.core.start.min(self.start)..self.start])
            }
            Kind::Credit => false,
        }
    }

    fn starts_cleanly(&self) -> bool {
        !self.lead[..self.start].chars().next_back().is_some_and(char::is_alphanumeric)
    }

    fn ends_cleanly(&self) -> bool {
        let Some(next) = self.lead[self.end..].chars().next() else { return true };
        if self.rule.ends_upper {
            return !next.is_alphabetic();
        }
        !(self.rule.ends_alnum && next.is_lowercase())
    }
}

fn rule_of(rec: &Record) -> Result<Rule> {
    let kind = match rec.kind {
        "line" => Kind::Line,
        "prefix" => Kind::Prefix,
        "contains" => Kind::Contains,
        "end-line" => Kind::EndLine,
        "end-prefix" => Kind::EndPrefix,
        "counter" => Kind::Counter,
        "credit" => Kind::Credit,
        _ => return Err(unknown_kind(FILE, rec, &KINDS)),
    };
    let last = rec.value.chars().next_back();
    Ok(Rule {
        kind,
        exact_case: rec.value.chars().any(char::is_uppercase),
        ends_upper: last.is_some_and(char::is_uppercase),
        ends_alnum: last.is_some_and(char::is_alphanumeric),
    })
}

/// The largest character boundary of `text` at or before `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

/// The smallest character boundary of `text` at or after `at`.
fn ceil_char_boundary(text: &str, at: usize) -> usize {
    (at..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len())
}

/// A DFA: the vocabulary is small, and lines are many.
fn automaton(phrases: &[Box<str>]) -> Result<AhoCorasick> {
    AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(phrases.iter().map(|p| p.as_bytes()))
        .map_err(|source| Error::Matcher { file: FILE, source })
}

/// Bullets and arrows before a menu entry.
fn is_lead_decoration(c: char) -> bool {
    c.is_whitespace() || matches!(c, '|' | '•' | '·' | '›' | '»' | '>' | '*' | '#' | '-' | '–' | '—' | '■' | '▶' | '►')
}

/// Bars, colons and arrows after a menu entry or heading.
fn is_tail_decoration(c: char) -> bool {
    is_lead_decoration(c) || matches!(c, ':' | '«' | '‹' | '<' | ']' | ')')
}

/// "12", "1.2K", "3,400 ": the number before a counter word.
fn is_count(s: &str) -> bool {
    let s = s.trim_end();
    s.starts_with(|c: char| c.is_ascii_digit())
        && s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'k' | b'K' | b'm' | b'M'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Boilerplate {
        Boilerplate::parse(crate::BOILERPLATE).unwrap()
    }

    #[test]
    fn whole_line_phrases_ignore_case_and_decoration() {
        let v = vocab();
        assert!(v.judge("» SKIP TO CONTENT", false).drop);
        assert!(v.judge("Text size |", false).drop);
        assert!(!v.judge("Close the border, they demanded", false).drop);
    }

    #[test]
    fn prefixes_need_a_word_boundary_and_spare_sentences() {
        let v = vocab();
        assert!(v.judge("AuthorMaria Lopez, staff writer", false).drop);
        assert!(!v.judge("Authorities closed the road", false).drop);
        assert!(!v.judge("Hours after the vote, the council met again to count the ballots.", true).drop);
        assert!(v.judge("NEXT Storm batters the coast", true).drop);
        assert!(!v.judge("NEXTRA shares fell", true).drop);
        assert!(!v.judge("Next week the storm reaches the coast, officials said.", true).drop);
    }

    #[test]
    fn long_lines_are_searched_at_their_ends_only() {
        let v = vocab();
        let body = "The committee heard evidence from residents, engineers and the mayor's office. ".repeat(4);
        assert!(v.judge(&format!("Share on social media {body}"), false).drop);
        assert!(!v.judge(&format!("{body}37 Comments"), false).drop);
        assert!(v.judge(&format!("{} Comments", "1".repeat(300)), false).ends_article);
        assert!(!v.judge(&format!("{body} All rights reserved {body}"), false).drop);
        assert!(!v.judge(&format!("É{body}é"), false).drop);
    }

    #[test]
    fn counters_and_end_markers_end_the_article() {
        let v = vocab();
        assert_eq!(v.judge("37 Comments", false), Verdict { drop: true, ends_article: true });
        assert_eq!(v.judge("Most Read", false), Verdict { drop: true, ends_article: true });
        assert_eq!(v.judge("Privacy policy | Contact", false), Verdict { drop: true, ends_article: false });
        assert!(!v.judge("The comments drew 37 replies from readers across the region.", true).drop);
    }

    #[test]
    fn credits_are_found_only_in_a_closing_group() {
        let v = vocab();
        let line = "Ministers meet in the capital [Photo by Staff Reporter]";
        assert_eq!(v.credit_start(line), line.find('['));
        assert_eq!(v.credit_start("Ministers meet (in the capital)"), None);
    }
}
