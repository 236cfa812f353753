//! CAMEO verb and noun patterns (`data/cameo/verbs.tsv`) and transfer
//! objects (`data/cameo/objects.tsv`).
//!
//! A pattern is a row of elements: `S` and `T` (source and target actors,
//! `S's` for a possessive), words (`visit+` for every inflection,
//! `talks|meeting` for alternatives, `with?` for an optional word), `*` for
//! a gap of up to six items (`*3` for three) and `S-T` for a hyphenated pair
//! ("Russia-North Korea summit"). The first word is the anchor the matcher
//! looks up.

use dossier_core::Span;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::{vocab, Error, Result};

const VERBS: &str = include_str!("../../../data/cameo/verbs.tsv");
const OBJECTS: &str = include_str!("../../../data/cameo/objects.tsv");
const DEFAULT_GAP: u8 = 8;

/// One element of a pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum Elem {
    /// Any of these lowercase forms.
    Word {
        forms: Vec<String>,
        /// The forms' ids in their [`Patterns`], set when the pattern is added.
        ids: Vec<WordId>,
        optional: bool,
    },
    /// Up to this many items.
    Gap(u8),
    Source { possessive: bool },
    Target { possessive: bool },
    Hyphen,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub code: String,
    pub elems: Vec<Elem>,
    /// Index in `elems` of the first word.
    pub anchor: usize,
    /// Direction carries no meaning (meetings, talks, agreements).
    pub symmetric: bool,
    /// The `S` slot receives: source and target swap ("receive * from T").
    pub flip: bool,
    /// Unilateral: no target ("fire * missiles").
    pub no_target: bool,
    /// The code comes from what is transferred (see [`Objects`]).
    pub objects: bool,
    /// Where the pattern came from, for messages.
    pub origin: String,
    /// `elems` before the anchor, nearest first, as the matcher reads them
    /// (backwards from the anchor); set when the pattern is added, so
    /// that no match attempt copies them.
    pub before_anchor: Vec<Elem>,
}

impl Pattern {
    /// The source slot comes first and the anchor right after it: the
    /// source is the clause's subject, found by the matcher's subject rules.
    pub fn has_subject_slot(&self) -> bool {
        self.anchor == 1 && matches!(self.elems[0], Elem::Source { possessive: false })
    }
}

/// A word some pattern names, numbered so that the matcher compares
/// numbers (see [`crate::lexicon::Lexicon`]).
pub type WordId = u32;

/// Every pattern, indexed by its anchor's forms.
#[derive(Clone, Debug, Default)]
pub struct Patterns {
    pub list: Vec<Pattern>,
    /// The id of every word a pattern names.
    words: HashMap<String, WordId>,
    /// The patterns anchored on each word, by word id.
    by_anchor: Vec<Vec<usize>>,
    /// The anchors of the patterns without a target.
    solo_anchors: SoloAnchors,
}

impl Patterns {
    pub fn embedded() -> Result<Patterns> {
        Patterns::parse("data/cameo/verbs.tsv", VERBS)
    }

    pub fn parse(file: &str, text: &str) -> Result<Patterns> {
        let mut patterns = Patterns::default();
        patterns.extend(file, text)?;
        Ok(patterns)
    }

    /// Adds the patterns of another file (a `--dict`).
    pub fn extend(&mut self, file: &str, text: &str) -> Result<()> {
        let table = vocab::table(file, text, &["code", "pattern", "flags"])?;
        for row in &table.rows {
            let origin = format!("{file}:{}", row.line);
            let pattern = parse_pattern(row.get(0), row.get(1), row.get(2), origin)
                .map_err(|message| Error::Entry { file: file.to_string(), line: row.line, message })?;
            self.push(pattern);
        }
        Ok(())
    }

    fn push(&mut self, mut pattern: Pattern) {
        let id = self.list.len();
        for elem in &mut pattern.elems {
            if let Elem::Word { forms, ids, .. } = elem {
                *ids = forms.iter().map(|form| self.word_id(form)).collect();
            }
        }
        pattern.before_anchor = pattern.elems[..pattern.anchor].iter().rev().cloned().collect();
        if let Elem::Word { forms, ids, .. } = &pattern.elems[pattern.anchor] {
            for (form, &word) in forms.iter().zip(ids) {
                self.by_anchor[word as usize].push(id);
                if pattern.no_target {
                    self.solo_anchors.insert(form);
                }
            }
        }
        self.list.push(pattern);
    }

    /// The id of `word`, numbered now if no pattern named it before.
    fn word_id(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.words.get(word) {
            return id;
        }
        let id = WordId::try_from(self.by_anchor.len()).expect("fewer than 2^32 pattern words");
        self.words.insert(word.to_string(), id);
        self.by_anchor.push(Vec::new());
        id
    }

    /// Every word a pattern names, with its id.
    pub fn words(&self) -> impl Iterator<Item = (&str, WordId)> {
        self.words.iter().map(|(word, &id)| (word.as_str(), id))
    }

    /// Patterns anchored on lowercase `word`.
    pub fn anchored_on(&self, word: &str) -> &[usize] {
        self.words.get(word).map_or(&[], |&id| self.anchored_on_word(id))
    }

    /// Patterns anchored on the word numbered `id`.
    #[inline]
    pub fn anchored_on_word(&self, id: WordId) -> &[usize] {
        self.by_anchor.get(id as usize).map_or(&[], Vec::as_slice)
    }

    /// Whether `word`, as written, may lowercase to the anchor of a pattern
    /// without a target. Errs on the side of yes.
    #[inline]
    pub fn may_be_solo_anchor(&self, word: &str) -> bool {
        self.solo_anchors.may_be(word)
    }

    /// [`Patterns::may_be_solo_anchor`] of the text of `span` ("" when it
    /// does not fit `text`), whose ends are read as bytes: most tokens are
    /// turned away before their text is sliced.
    #[inline]
    pub fn may_be_solo_anchor_at(&self, text: &str, span: Span) -> bool {
        let bytes = text.as_bytes();
        if span.start < span.end && span.end <= bytes.len() {
            if let Some(row) = ends_row_of(bytes[span.start], bytes[span.end - 1]) {
                if !self.solo_anchors.may_have_length(row, span.end - span.start) {
                    return false;
                }
            }
        }
        self.solo_anchors.may_be_past_ends(text.get(span.start..span.end).unwrap_or(""))
    }

    /// Whether `text`, as written, may lowercase to part of the anchor of a
    /// pattern without a target (an actor's text, which titles before it
    /// may lengthen, is looked up as an anchor like any item). Errs on the
    /// side of yes.
    pub fn may_be_in_solo_anchor(&self, text: &str) -> bool {
        self.solo_anchors.may_be_inside(text)
    }
}

/// The anchor forms of the patterns without a target, the only patterns
/// that can match a sentence holding a single actor. They are asked about
/// every token of such sentences, as written: length and first letter turn
/// most tokens away before any lowercasing.
#[derive(Clone, Debug, Default)]
struct SoloAnchors {
    forms: HashSet<Box<[u8]>>,
    /// Every run of characters inside a form.
    pieces: HashSet<Box<[u8]>>,
    /// The longest form, in bytes.
    longest: usize,
    /// The first bytes of the forms, one bit each.
    first_bytes: [u64; 4],
    /// By [`ends_row`] of its first and last bytes, when both are ASCII,
    /// the lengths of the forms (bit `min(len, 31)`); empty before the
    /// first form. A word with ASCII ends lowercases to a form only when
    /// its lowercase ends and its length are the form's, which one load
    /// tells for most words before any lowercasing or hashing.
    lengths_by_ends: Vec<u32>,
    /// The same for the pieces: most actors' texts are turned away by it.
    piece_lengths_by_ends: Vec<u32>,
    /// Some form is not ASCII.
    beyond_ascii: bool,
}

impl SoloAnchors {
    /// Longest word lowercased on the stack; longer forms make every
    /// longer word a maybe.
    const ON_THE_STACK: usize = 32;

    fn insert(&mut self, form: &str) {
        self.longest = self.longest.max(form.len());
        self.beyond_ascii |= !form.is_ascii();
        if let Some(&b) = form.as_bytes().first() {
            self.first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        if self.lengths_by_ends.is_empty() {
            self.lengths_by_ends = vec![0; 1024];
            self.piece_lengths_by_ends = vec![0; 1024];
        }
        if let Some(row) = ends_row(form.as_bytes()) {
            self.lengths_by_ends[row] |= length_bit(form.len());
        }
        let bounds: Vec<usize> = form.char_indices().map(|(i, _)| i).chain([form.len()]).collect();
        for (k, &from) in bounds.iter().enumerate() {
            for &to in &bounds[k + 1..] {
                let piece = &form.as_bytes()[from..to];
                if let Some(row) = ends_row(piece) {
                    self.piece_lengths_by_ends[row] |= length_bit(piece.len());
                }
                self.pieces.insert(piece.into());
            }
        }
        self.forms.insert(form.as_bytes().into());
    }

    /// Asked of every token of many sentences, so the one load of
    /// [`SoloAnchors::lengths_by_ends`], which turns away most words with
    /// ASCII ends, is made inline; other words go on to the other tests.
    #[inline]
    fn may_be(&self, word: &str) -> bool {
        if let Some(row) = ends_row(word.as_bytes()) {
            if !self.may_have_length(row, word.len()) {
                return false;
            }
        }
        self.may_be_past_ends(word)
    }

    /// Whether some form has ends of `row` (see [`ends_row`]) and `len`
    /// bytes.
    #[inline]
    fn may_have_length(&self, row: usize, len: usize) -> bool {
        self.lengths_by_ends.get(row).is_some_and(|lengths| lengths & length_bit(len) != 0)
    }

    #[inline(never)]
    fn may_be_past_ends(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else { return false };
        let first = first.to_ascii_lowercase();
        if word.len() > self.longest || (first.is_ascii() && self.first_bytes[usize::from(first >> 6)] & 1 << (first & 63) == 0) {
            return false;
        }
        self.test_lowercase(word, &self.forms)
    }

    /// A text with ASCII ends lowercases to a piece only when its ends
    /// and length are a piece's (see [`SoloAnchors::may_be`]).
    fn may_be_inside(&self, text: &str) -> bool {
        if let Some(row) = ends_row(text.as_bytes()) {
            if self.piece_lengths_by_ends.get(row).is_none_or(|lengths| lengths & length_bit(text.len()) == 0) {
                return false;
            }
        }
        text.len() <= self.longest && self.test_lowercase(text, &self.pieces)
    }

    /// Whether the lowercase of `text` is in `set`. Only ASCII text can
    /// lowercase to ASCII: lowercasing keeps every character's byte length
    /// (see [`crate::items::Row`]), so other characters stay non-ASCII.
    fn test_lowercase(&self, text: &str, set: &HashSet<Box<[u8]>>) -> bool {
        if !text.is_ascii() {
            return self.beyond_ascii;
        }
        if text.len() > Self::ON_THE_STACK {
            return true;
        }
        let mut lower = [0u8; Self::ON_THE_STACK];
        let lower = &mut lower[..text.len()];
        lower.copy_from_slice(text.as_bytes());
        lower.make_ascii_lowercase();
        set.contains(&*lower)
    }
}

/// The row of [`SoloAnchors::lengths_by_ends`] for a word whose first
/// and last bytes are ASCII; case variants of a letter share a row.
#[inline]
fn ends_row(word: &[u8]) -> Option<usize> {
    ends_row_of(*word.first()?, *word.last()?)
}

/// [`ends_row`] of a word's first and last bytes.
#[inline]
fn ends_row_of(first: u8, last: u8) -> Option<usize> {
    (first.is_ascii() && last.is_ascii()).then(|| (usize::from((first | 0x20) & 31) << 5) | usize::from((last | 0x20) & 31))
}

#[inline]
fn length_bit(len: usize) -> u32 {
    1 << len.min(31)
}

fn parse_pattern(code: &str, pattern: &str, flags: &str, origin: String) -> std::result::Result<Pattern, String> {
    if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{code}` is not a CAMEO code (2 to 4 digits)"));
    }
    let mut elems = Vec::new();
    for token in pattern.split_whitespace() {
        parse_token(token, &mut elems)?;
    }
    let anchor = elems
        .iter()
        .position(|e| matches!(e, Elem::Word { optional: false, .. }))
        .ok_or_else(|| "a pattern needs at least one required word to anchor it".to_string())?;
    let count = |f: fn(&Elem) -> bool| elems.iter().filter(|e| f(e)).count();
    if count(|e| matches!(e, Elem::Source { .. })) != 1 {
        return Err("a pattern needs exactly one S (source) slot".into());
    }
    let targets = count(|e| matches!(e, Elem::Target { .. }));
    let mut p = Pattern { code: code.to_string(), elems, anchor, symmetric: false, flip: false, no_target: false, objects: false, origin, before_anchor: Vec::new() };
    for flag in flags.split_whitespace() {
        match flag {
            "sym" => p.symmetric = true,
            "flip" => p.flip = true,
            "notarget" => p.no_target = true,
            "objects" => p.objects = true,
            other => return Err(format!("unknown flag `{other}`; flags are sym, flip, notarget, objects")),
        }
    }
    match (targets, p.no_target) {
        (0, false) => Err("a pattern needs a T (target) slot, or the flag notarget".into()),
        (n, _) if n > 1 => Err("a pattern has at most one T slot".into()),
        _ => Ok(p),
    }
}

fn parse_token(token: &str, elems: &mut Vec<Elem>) -> std::result::Result<(), String> {
    let slot = |name: &str, possessive| match name {
        "S" => Some(Elem::Source { possessive }),
        "T" => Some(Elem::Target { possessive }),
        _ => None,
    };
    if let Some((left, right)) = token.split_once('-').filter(|(l, r)| slot(l, false).is_some() && slot(r, false).is_some()) {
        elems.extend([slot(left, false).unwrap(), Elem::Hyphen, slot(right, false).unwrap()]);
        return Ok(());
    }
    if let Some(e) = slot(token, false).or_else(|| token.strip_suffix("'s").and_then(|t| slot(t, true))) {
        elems.push(e);
        return Ok(());
    }
    if let Some(n) = token.strip_prefix('*') {
        let max = if n.is_empty() { DEFAULT_GAP } else { n.parse().map_err(|_| format!("`{token}`: a gap is * or *N"))? };
        elems.push(Elem::Gap(max));
        return Ok(());
    }
    let (token, optional) = token.strip_suffix('?').map_or((token, false), |t| (t, true));
    let mut forms = Vec::new();
    for alt in token.split('|') {
        let alt = alt.to_lowercase();
        match alt.strip_suffix('+') {
            Some(stem) => forms.extend(inflections(stem)),
            None => forms.push(alt),
        }
    }
    if forms.iter().any(|f| f.is_empty()) {
        return Err(format!("`{token}` has an empty alternative"));
    }
    forms.sort();
    forms.dedup();
    elems.push(Elem::Word { forms, ids: Vec::new(), optional });
    Ok(())
}

/// The regular forms of an English verb or noun: `visit` → visit, visits,
/// visited, visiting. Over-generation is harmless (no text says "meeted").
pub fn inflections(stem: &str) -> Vec<String> {
    let mut forms = vec![stem.to_string()];
    let last = stem.chars().last().unwrap_or(' ');
    let before_last = stem.chars().rev().nth(1).unwrap_or(' ');
    let vowel = |c: char| "aeiou".contains(c);
    if stem.ends_with(['s', 'x', 'z']) || stem.ends_with("sh") || stem.ends_with("ch") {
        forms.push(format!("{stem}es"));
    } else if last == 'y' && !vowel(before_last) {
        forms.push(format!("{}ies", &stem[..stem.len() - 1]));
    } else {
        forms.push(format!("{stem}s"));
    }
    if last == 'e' {
        forms.push(format!("{stem}d"));
        forms.push(format!("{}ing", &stem[..stem.len() - 1]));
    } else if last == 'y' && !vowel(before_last) {
        forms.push(format!("{}ied", &stem[..stem.len() - 1]));
        forms.push(format!("{stem}ing"));
    } else {
        forms.push(format!("{stem}ed"));
        forms.push(format!("{stem}ing"));
        // Stems stressed on a final consonant-vowel-consonant double it:
        // ship → shipped, transfer → transferred. Where English does not
        // (visit → visited), the extra form never occurs in text.
        let third_last = stem.chars().rev().nth(2).unwrap_or('a');
        if !vowel(last) && vowel(before_last) && !vowel(third_last) && !"wxy".contains(last) {
            forms.push(format!("{stem}{last}ed"));
            forms.push(format!("{stem}{last}ing"));
        }
    }
    forms
}

/// Classes of transferred things and the code each gives.
#[derive(Clone, Debug, Default)]
pub struct Objects {
    code_of: HashMap<String, String>,
}

impl Objects {
    pub fn embedded() -> Result<Objects> {
        Objects::parse("data/cameo/objects.tsv", OBJECTS)
    }

    pub fn parse(file: &str, text: &str) -> Result<Objects> {
        let table = vocab::table(file, text, &["class", "code", "words"])?;
        let mut code_of = HashMap::default();
        for row in &table.rows {
            for word in vocab::words(row.get(2)) {
                code_of.entry(word).or_insert_with(|| row.get(1).to_string());
            }
        }
        Ok(Objects { code_of })
    }

    /// The code a transferred lowercase `word` gives, if it names an object class.
    pub fn code_of(&self, word: &str) -> Option<&str> {
        self.code_of.get(word).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflects_regular_verbs() {
        assert!(inflections("visit").starts_with(&["visit".into(), "visits".into(), "visited".into(), "visiting".into()]));
        assert!(inflections("provide").contains(&"provided".to_string()));
        assert!(inflections("provide").contains(&"providing".to_string()));
        assert!(inflections("ship").contains(&"shipped".to_string()));
        assert!(inflections("supply").contains(&"supplied".to_string()));
        assert!(inflections("transfer").contains(&"transferred".to_string()));
        assert!(inflections("commit").contains(&"committed".to_string()));
    }

    #[test]
    fn parses_slots_gaps_and_flags() {
        let p = Patterns::parse("t", "code\tpattern\tflags\n062\tS receive+ *3 from T\tobjects flip\n").unwrap();
        let p = &p.list[0];
        assert!(p.flip && p.objects && p.has_subject_slot());
        assert_eq!(p.elems[2], Elem::Gap(3));
        assert_eq!(p.elems[4], Elem::Target { possessive: false });
        let p = Patterns::parse("t", "code\tpattern\tflags\n040\tS-T summit\tsym\n").unwrap();
        assert_eq!(p.list[0].elems[1], Elem::Hyphen);
        assert_eq!(p.list[0].anchor, 3);
    }

    #[test]
    fn every_embedded_pattern_parses() {
        let p = Patterns::embedded().unwrap();
        assert!(p.list.len() > 50);
        for pattern in &p.list {
            let before: Vec<Elem> = pattern.elems[..pattern.anchor].iter().rev().cloned().collect();
            assert_eq!(pattern.before_anchor, before, "{}", pattern.origin);
        }
        assert!(!p.anchored_on("visited").is_empty());
        Objects::embedded().unwrap();
    }

    /// `word` with its first character in upper case.
    fn capitalised(word: &str) -> String {
        let mut chars = word.chars();
        chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
    }

    /// The quick tests of a solo anchor (first byte, ends and length)
    /// never turn away a form, in any case; and they turn away words no
    /// form has the ends or length of.
    #[test]
    fn every_solo_anchor_form_may_be_one() {
        let p = Patterns::parse("t", "code\tpattern\tflags\n190\tS test-fire+\tnotarget\n").unwrap();
        let embedded = Patterns::embedded().unwrap();
        for patterns in [&p, &embedded] {
            for form in &patterns.solo_anchors.forms {
                let form = std::str::from_utf8(form).unwrap();
                for word in [form.to_string(), form.to_uppercase(), capitalised(form)] {
                    assert!(patterns.may_be_solo_anchor(&word), "{word:?}");
                }
            }
        }
        assert!(p.may_be_solo_anchor("Test-Fired"));
        assert!(!p.may_be_solo_anchor("test-fires!"), "no form ends in !");
        assert!(!p.may_be_solo_anchor("tested"), "no form has six bytes");
        assert!(!Patterns::default().may_be_solo_anchor("test"), "no forms");
    }

    /// The ends table of the pieces never turns away a piece, in any case.
    #[test]
    fn every_piece_of_a_solo_anchor_may_be_inside_one() {
        let p = Patterns::embedded().unwrap();
        for piece in &p.solo_anchors.pieces {
            let piece = std::str::from_utf8(piece).unwrap();
            for text in [piece.to_string(), piece.to_uppercase(), capitalised(piece)] {
                assert!(p.may_be_in_solo_anchor(&text), "{text:?}");
            }
        }
        assert!(!p.may_be_in_solo_anchor("Russia"));
    }

    #[test]
    fn bad_patterns_say_what_is_wrong() {
        let err = Patterns::parse("mine.tsv", "code\tpattern\tflags\n042\tvisit T\t\n").unwrap_err();
        assert!(err.to_string().contains("mine.tsv: line 2") && err.to_string().contains("S (source)"), "{err}");
        let err = Patterns::parse("mine.tsv", "code\tpattern\tflags\n42x\tS visit T\t\n").unwrap_err();
        assert!(err.to_string().contains("not a CAMEO code"), "{err}");
    }
}
