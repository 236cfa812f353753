//! The boilerplate phrase vocabulary (`data/text/boilerplate.txt`) and how a
//! line is judged against it. A phrase applies only at certain places of a
//! line (its start, the start or end of its core, after a non-alphanumeric
//! character), so it is compared only there, with the few phrases that
//! start (or end) with the byte found there; ASCII case is folded unless
//! the phrase is written with a capital.

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
    phrases: Vec<Phrase>,
    /// Phrases that apply where the line or its core starts (`line`,
    /// `prefix`, `end-line`, `end-prefix`), by their first two bytes.
    starts: ByPair,
    /// `counter` phrases, which end where the core ends, by their last byte.
    counters: ByByte,
    /// `contains` phrases, which start after a non-alphanumeric character,
    /// by their first two bytes, and how far a search for them may skip.
    contains: ByPair,
    contains_skips: Skips,
    /// The `credit` phrases, found anywhere in a bracket group, and the
    /// index of each pattern's phrase.
    credits: AhoCorasick,
    credit_phrases: Vec<usize>,
}

/// One phrase and its rule.
#[derive(Debug)]
struct Phrase {
    text: Box<[u8]>,
    rule: Rule,
    /// The first eight bytes (fewer in a shorter phrase), ASCII lowercase,
    /// as a little-endian number, and the mask of the bytes it holds.
    head: u64,
    head_mask: u64,
}

/// Phrase indices by a byte of the phrase, ASCII case folded: only the
/// phrases listed under the byte at a place of the line are compared there.
#[derive(Debug)]
struct ByByte(Vec<Vec<usize>>);

impl ByByte {
    fn new<'p>(phrases: impl Iterator<Item = (usize, &'p Phrase)>, key: fn(&[u8]) -> u8) -> ByByte {
        let mut lists = vec![Vec::new(); 256];
        for (i, phrase) in phrases {
            lists[usize::from(key(&phrase.text).to_ascii_lowercase())].push(i);
        }
        ByByte(lists)
    }

    fn get(&self, byte: u8) -> &[usize] {
        &self.0[usize::from(byte.to_ascii_lowercase())]
    }

}

/// Phrase indices by the first two bytes of the phrase, ASCII case folded
/// and cut to their low six bits: the phrases listed under the two bytes at
/// a place of the line are few (most places have none), and a full
/// comparison tells the ones that match. A one-byte phrase is listed under
/// every second byte.
#[derive(Debug)]
struct ByPair {
    /// Where each slot's list starts in `phrases`, and where the last ends.
    offsets: Vec<u32>,
    phrases: Vec<usize>,
}

/// Slots of a [`ByPair`]: six bits of each byte.
const PAIR_SLOTS: usize = 1 << 12;

impl ByPair {
    fn new<'p>(phrases: impl Iterator<Item = (usize, &'p Phrase)>) -> ByPair {
        let mut lists = vec![Vec::new(); PAIR_SLOTS];
        for (i, phrase) in phrases {
            match *phrase.text {
                [first] => (0..=u8::MAX >> 2).for_each(|second| lists[pair_slot(first, second)].push(i)),
                [first, second, ..] => lists[pair_slot(first, second)].push(i),
                [] => {}
            }
        }
        let mut offsets = Vec::with_capacity(PAIR_SLOTS + 1);
        offsets.push(0);
        for list in &lists {
            offsets.push(offsets[offsets.len() - 1] + u32::try_from(list.len()).unwrap_or(u32::MAX));
        }
        ByPair { offsets, phrases: lists.concat() }
    }

    /// The phrases that may start at `at` of `line`, which must be in it.
    #[inline(always)]
    fn at(&self, line: &[u8], at: usize) -> &[usize] {
        let slot = pair_slot(line[at], line.get(at + 1).copied().unwrap_or(0));
        &self.phrases[self.offsets[slot] as usize..self.offsets[slot + 1] as usize]
    }
}

#[inline(always)]
fn pair_slot(first: u8, second: u8) -> usize {
    usize::from(FOLDED_LOW_BITS[usize::from(first)]) << 6 | usize::from(FOLDED_LOW_BITS[usize::from(second)])
}

/// The low six bits of each byte made ASCII lowercase, looked up: the
/// searches compute a [`pair_slot`] at almost every step.
const FOLDED_LOW_BITS: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte: u8 = 0;
    loop {
        table[byte as usize] = byte.to_ascii_lowercase() & 63;
        if byte == u8::MAX {
            break table;
        }
        byte += 1;
    }
};

/// Where in a line a phrase of a set may start, found by looking at every
/// few bytes only: the two bytes ending a window as long as the shortest
/// phrase tell how far the window can move before a phrase could fit in
/// it (the Wu–Manber search, over pairs of bytes in [`pair_slot`]s).
#[derive(Debug)]
struct Skips {
    /// The shortest phrase's length, at most 256 (longer phrases are
    /// looked at by their first so many bytes).
    window: usize,
    /// By the slot of the last two bytes of the window: how far it may
    /// move on. Zero: a phrase may start at the window's start.
    shift: Vec<u8>,
}

impl Skips {
    fn new<'p>(phrases: impl Iterator<Item = &'p [u8]> + Clone) -> Skips {
        let window = phrases.clone().map(<[u8]>::len).min().unwrap_or(1).clamp(1, 256);
        // One-byte phrases leave no pair to look at: every place is a candidate.
        let mut shift = vec![u8::try_from(window - 1).unwrap_or(u8::MAX); PAIR_SLOTS];
        if window == 1 {
            shift.fill(0);
        }
        for phrase in phrases {
            for (j, pair) in phrase[..window].windows(2).enumerate() {
                let slot = &mut shift[pair_slot(pair[0], pair[1])];
                *slot = (*slot).min(u8::try_from(window - 2 - j).unwrap_or(u8::MAX));
            }
        }
        Skips { window, shift }
    }

    /// Calls `f` with every place of `line` where a phrase may start, and
    /// with some more.
    #[inline(always)]
    fn for_each_candidate(&self, line: &[u8], mut f: impl FnMut(usize)) {
        let mut at = 0;
        while at + self.window <= line.len() {
            let end = at + self.window;
            let shift = if self.window == 1 { 0 } else { self.shift[pair_slot(line[end - 2], line[end - 1])] };
            if shift == 0 {
                f(at);
                at += 1;
            } else {
                at += usize::from(shift);
            }
        }
    }
}

impl Phrase {
    fn new(text: &[u8], rule: Rule) -> Phrase {
        let mut head = [0; 8];
        let len = text.len().min(8);
        head[..len].copy_from_slice(&text[..len]);
        head.make_ascii_lowercase();
        let head_mask = if len == 8 { u64::MAX } else { (1 << (8 * len)) - 1 };
        Phrase { text: Box::from(text), rule, head: u64::from_le_bytes(head), head_mask }
    }

    /// [`Phrase::is_at`], first comparing the phrase's first eight bytes at
    /// once, ASCII case folded: a quick test that spares most full
    /// comparisons, and that is the full one for a phrase of at most eight
    /// bytes that folds case. (Near the end of the line it leaves the
    /// answer to [`Phrase::is_at`].)
    #[inline(always)]
    fn is_at_quick(&self, line: &[u8], at: usize) -> bool {
        let Some(there) = line.get(at..at + 8) else { return self.is_at(line, at) };
        let there = u64::from_le_bytes(there.try_into().unwrap_or_default());
        if crate::bytes::ascii_lowercase8(there) & self.head_mask != self.head {
            return false;
        }
        (self.text.len() <= 8 && !self.rule.exact_case) || self.is_at(line, at)
    }

    /// Whether the phrase is written at `at` in `line`: folding ASCII case
    /// unless written with a capital.
    fn is_at(&self, line: &[u8], at: usize) -> bool {
        match line.get(at..at + self.text.len()) {
            Some(there) if self.rule.exact_case => there == &*self.text,
            // A phrase that folds case has no capitals: it is its own lowercase.
            Some(there) => lowercase_equals(there, &self.text),
            None => false,
        }
    }
}

/// Whether `text` made ASCII lowercase is `lowercase`, eight bytes at a time.
fn lowercase_equals(text: &[u8], lowercase: &[u8]) -> bool {
    let eight = |bytes: &[u8]| u64::from_le_bytes(bytes.try_into().unwrap_or_default());
    let (mut text_blocks, mut lowercase_blocks) = (text.chunks_exact(8), lowercase.chunks_exact(8));
    text.len() == lowercase.len()
        && (&mut text_blocks).zip(&mut lowercase_blocks).all(|(t, l)| crate::bytes::ascii_lowercase8(eight(t)) == eight(l))
        && text_blocks.remainder().iter().zip(lowercase_blocks.remainder()).all(|(t, l)| t.to_ascii_lowercase() == *l)
}

impl Boilerplate {
    pub fn parse(text: &str) -> Result<Boilerplate> {
        let mut phrases = Vec::new();
        for rec in records(FILE, text)? {
            phrases.push(Phrase::new(rec.value.as_bytes(), rule_of(&rec)?));
        }
        let of_kind = |kinds: &'static [Kind]| {
            let phrases = &phrases;
            phrases.iter().enumerate().filter(move |(_, p)| kinds.contains(&p.rule.kind))
        };
        let last = |text: &[u8]| text[text.len() - 1];
        let credit_phrases: Vec<usize> = of_kind(&[Kind::Credit]).map(|(i, _)| i).collect();
        let credits: Vec<&[u8]> = credit_phrases.iter().map(|&i| &*phrases[i].text).collect();
        Ok(Boilerplate {
            starts: ByPair::new(of_kind(&[Kind::Line, Kind::EndLine, Kind::Prefix, Kind::EndPrefix])),
            counters: ByByte::new(of_kind(&[Kind::Counter]), last),
            contains: ByPair::new(of_kind(&[Kind::Contains])),
            contains_skips: Skips::new(of_kind(&[Kind::Contains]).map(|(_, p)| &*p.text)),
            credits: automaton(&credits)?,
            credit_phrases,
            phrases,
        })
    }

    /// Judges `line` (already trimmed). `sentence_like` lines are only
    /// dropped by `line`, `contains` and capitalised phrases.
    pub fn judge(&self, line: &str, sentence_like: bool) -> Verdict {
        let lead = trim_lead_decoration(line);
        let core = core_of(lead);
        let mut verdict = Verdict::default();
        self.for_each_found(lead, core, |start, phrase| {
            let rule = phrase.rule;
            let hit = Hit { lead, start, end: start + phrase.text.len(), rule, core, sentence_like };
            if hit.applies() {
                verdict.drop = true;
                verdict.ends_article |= matches!(rule.kind, Kind::EndLine | Kind::EndPrefix | Kind::Counter);
            }
        });
        verdict
    }

    /// Calls `found` with every phrase written in `lead` where its rule
    /// can apply, and where it starts: a `line` phrase at the start of the
    /// core, a prefix at the start of the line, a counter up to the end of
    /// the core, a `contains` phrase anywhere in a short line (its rule
    /// then asks for a non-alphanumeric character before it). (Found
    /// elsewhere, a phrase would not apply anyway.)
    fn for_each_found(&self, lead: &str, core: Span, mut found: impl FnMut(usize, &Phrase)) {
        let bytes = lead.as_bytes();
        let starts = if core.start == 0 { &[0][..] } else { &[0, core.start][..] };
        for &at in starts {
            if at < bytes.len() {
                self.found_at(bytes, at, self.starts.at(bytes, at), &mut found);
            }
        }
        if core.end > 0 {
            for &i in self.counters.get(bytes[core.end - 1]) {
                let phrase = &self.phrases[i];
                if let Some(at) = core.end.checked_sub(phrase.text.len()).filter(|&at| phrase.is_at_quick(bytes, at)) {
                    found(at, phrase);
                }
            }
        }
        if lead.len() < CONTAINS_MAX_LEN {
            self.contains_skips.for_each_candidate(bytes, |at| {
                let list = self.contains.at(bytes, at);
                if !list.is_empty() {
                    self.found_at(bytes, at, list, &mut found);
                }
            });
        }
    }

    /// Calls `found` with each phrase of `list` written at `at`. Inlined:
    /// most calls compare two phrases or fewer, and a call costs as much.
    #[inline(always)]
    fn found_at(&self, bytes: &[u8], at: usize, list: &[usize], found: &mut impl FnMut(usize, &Phrase)) {
        for &i in list {
            let phrase = &self.phrases[i];
            if phrase.is_at_quick(bytes, at) {
                found(at, phrase);
            }
        }
    }

    /// Where a photo credit in brackets or parentheses closing `line`
    /// starts ("… [Image source=Agency]"), if there is one.
    /// Inlined: most lines end otherwise than in a bracket, and the test
    /// of the last byte costs less than a call.
    #[inline(always)]
    pub fn credit_start(&self, line: &str) -> Option<usize> {
        match line.as_bytes().last()? {
            b']' | b')' => self.credit_start_in_group(line),
            _ => None,
        }
    }

    /// [`Boilerplate::credit_start`] for a line that ends in `]` or `)`.
    fn credit_start_in_group(&self, line: &str) -> Option<usize> {
        let open = match line.as_bytes().last()? {
            b']' => line.rfind('[')?,
            b')' => line.rfind('(')?,
            _ => return None,
        };
        let group = &line.as_bytes()[open..];
        let mut found = self.credits.find_overlapping_iter(group);
        found.any(|m| self.phrases[self.credit_phrases[m.pattern().as_usize()]].is_at(group, m.start())).then_some(open)
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

/// A DFA for the credit phrases, searched through bracket groups.
fn automaton(phrases: &[&[u8]]) -> Result<AhoCorasick> {
    AhoCorasickBuilder::new()
        .kind(Some(AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(phrases)
        .map_err(|source| Error::Matcher { file: FILE, source })
}

/// Bullets and arrows before a menu entry.
fn is_lead_decoration(c: char) -> bool {
    c.is_whitespace() || matches!(c, '|' | '•' | '·' | '›' | '»' | '>' | '*' | '#' | '-' | '–' | '—' | '■' | '▶' | '►')
}

/// `line` without the decoration that starts it; most lines start with a
/// letter or a digit, and that byte tells there is none.
fn trim_lead_decoration(line: &str) -> &str {
    match line.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => line,
        _ => line.trim_start_matches(is_lead_decoration),
    }
}

/// Where the core of `lead` lies: without the decoration that ends it and
/// the brackets that open it. A line that starts with a letter or a digit
/// has no brackets to pass.
fn core_of(lead: &str) -> Span {
    let end = trim_tail_decoration(lead).len();
    if lead.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
        return Span { start: 0, end };
    }
    core_decoded(lead)
}

/// [`core_of`] for any line.
fn core_decoded(lead: &str) -> Span {
    let core = trim_tail_decoration(lead).trim_start_matches(['[', '(']);
    let start = lead.len() - lead.trim_start_matches(['[', '(']).len();
    Span { start, end: start + core.len() }
}

/// Bars, colons and arrows after a menu entry or heading.
/// `line` without the decoration that ends it; most lines end in a letter,
/// a digit or an end mark, and that byte tells there is none.
fn trim_tail_decoration(line: &str) -> &str {
    match line.as_bytes().last() {
        Some(b) if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'!' | b'?') => line,
        _ => line.trim_end_matches(is_tail_decoration),
    }
}

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

    proptest::proptest! {
        #[test]
        fn the_last_byte_spares_trimming_only_where_nothing_is_trimmed(line in "[a-zA-Z0-9 .!?,:|•»›>*#\\-–—)\\]<«é]{0,8}") {
            proptest::prop_assert_eq!(trim_tail_decoration(&line), line.trim_end_matches(is_tail_decoration));
        }

        #[test]
        fn the_first_byte_spares_trimming_only_where_nothing_is_trimmed(line in "[a-zA-Z0-9 .!?,:|•»›>*#\\-–—(\\[)\\]<«é]{0,8}") {
            proptest::prop_assert_eq!(trim_lead_decoration(&line), line.trim_start_matches(is_lead_decoration));
            let lead = trim_lead_decoration(&line);
            let (quick, decoded) = (core_of(lead), core_decoded(lead));
            proptest::prop_assert_eq!((quick.start, quick.end), (decoded.start, decoded.end));
        }
    }

    #[test]
    fn lowercase_comparison_matches_the_byte_by_byte_one() {
        let phrases = ["", "a", "sign up", "sign up for our newsletter", "all rights reserved", "zürich news"];
        for phrase in phrases {
            for text in [phrase.to_string(), phrase.to_uppercase(), phrase.to_ascii_uppercase(), format!("{phrase}x"), phrase.replace('e', "E").replace('r', "_")] {
                let want = text.as_bytes().eq_ignore_ascii_case(phrase.as_bytes());
                assert_eq!(lowercase_equals(text.as_bytes(), phrase.as_bytes()), want, "{text:?} {phrase:?}");
            }
        }
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
    fn the_quick_comparison_agrees_with_the_full_one() {
        let lines: [&[u8]; 6] = [b"Top stories today", b"TOP", b"top", b"NEXT week", b"Next week", b"Comments: 12 \xc3\x89t\xc3\xa9 ok"];
        for text in ["top", "NEXT", "comments", "e-mail:", "next \u{bb}", "sign up for our newsletter", "\u{c9}t\u{e9}"] {
            let phrase = Phrase::new(text.as_bytes(), rule_of(&Record { line: 1, kind: "prefix", value: text }).unwrap());
            for line in lines {
                for at in 0..line.len() {
                    assert_eq!(phrase.is_at_quick(line, at), phrase.is_at(line, at), "{text} {line:?} {at}");
                }
            }
        }
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
    fn contained_phrases_start_after_a_non_alphanumeric_character() {
        let v = vocab();
        assert!(v.judge("© 2024 «All rights reserved»", false).drop);
        assert!(v.judge("Read our Privacy Policy.", false).drop);
        assert!(v.judge("«all rights reserved» for the club", false).drop);
        for kept in ["Our cookie policyholders met", "Ball rights reserved for the club", "Éall rights reserved for the club"] {
            assert!(!v.judge(kept, false).drop, "{kept}");
        }
    }

    #[test]
    fn skipping_finds_every_place_a_phrase_starts() {
        let phrases: [&[u8]; 4] = [b"ab", b"cookie policy", b"Terms", b"x y"];
        let skips = Skips::new(phrases.iter().copied());
        let line = b"ab TERMS cookie policy tErms x yab terms";
        let mut candidates = Vec::new();
        skips.for_each_candidate(line, |at| candidates.push(at));
        for phrase in phrases {
            for at in 0..=line.len() - phrase.len() {
                if line[at..at + phrase.len()].eq_ignore_ascii_case(phrase) {
                    assert!(candidates.contains(&at), "{at}");
                }
            }
        }
        let one = Skips::new([&b"x"[..]].into_iter());
        let mut all = 0;
        one.for_each_candidate(b"abc", |_| all += 1);
        assert_eq!(all, 3);
    }

    #[test]
    fn credits_are_found_only_in_a_closing_group() {
        let v = vocab();
        let line = "Ministers meet in the capital [Photo by Staff Reporter]";
        assert_eq!(v.credit_start(line), line.find('['));
        assert_eq!(v.credit_start("Ministers meet (in the capital)"), None);
    }
}
