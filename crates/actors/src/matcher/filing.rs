//! The filing table of the gazetteer's names: every surface form the
//! records claim, filed by how it opens (its first run of ASCII letters and
//! digits and the bytes after it), with bit tables that turn away most
//! word starts before any file is looked in.

use std::collections::HashMap;

use dossier_core::bytes::ascii_letter_run;

use super::{Form, Target};
use crate::gazetteer::Gazetteer;

/// How names open: a cheap test of where a name may start, passed by every
/// word start where a name matches and by few others, and the names filed
/// by their opening, which are compared with the text there.
///
/// A name matches where a word starts only with the word's whole run of
/// ASCII letters and digits: a name ending inside the run is no whole word
/// (and covers no word start). So words are told by their run, and then by
/// what follows it.
#[derive(Debug)]
pub(super) struct Openings {
    /// The surface forms, as the gazetteer's records claimed them.
    pub(super) patterns: Vec<String>,
    /// The names of each [`Opening`], longest first: a range of `filed`.
    files: Files,
    /// The names, file after file.
    filed: Vec<Filed>,
    /// The first two bytes of the names that open with another byte than
    /// an ASCII letter or digit, a bit per byte pair.
    pairs: Box<[u64; (1 << 16) / 64]>,
    /// A bit per hash of a name's first run.
    runs: Box<HashBits>,
    /// A bit per hash of a name's first run with what follows it: the end
    /// of the name or its next two bytes.
    runs_and_after: Box<HashBits>,
    /// Some name opens with ASCII punctuation (or a space or control byte).
    pub(super) punctuation_opens: bool,
    /// Some name opens with a character other than ASCII.
    pub(super) other_script_opens: bool,
}

/// What follows a run in a name's opening.
#[derive(Clone, Copy)]
enum After {
    End,
    /// Two bytes (0 past the end of the text; a name with one byte after
    /// its run is filed under every second byte).
    Two(u8, u8),
}

impl After {
    fn code(self) -> u64 {
        match self {
            After::End => 1 << 16,
            After::Two(one, two) => u64::from(one) << 8 | u64::from(two),
        }
    }
}

/// What a name's file is told by: its first run's key (0 for names that
/// open with another byte than an ASCII letter or digit) and a code of what
/// follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Opening {
    key: u64,
    code: u32,
}

impl Opening {
    /// A name that is its first run.
    fn end(key: u64) -> Opening {
        Opening { key, code: 1 << 16 }
    }

    /// A name with one byte after its first run.
    fn one(key: u64, one: u8) -> Opening {
        Opening { key, code: 1 << 17 | u32::from(one) }
    }

    /// A name with two bytes or more after its first run.
    fn two(key: u64, one: u8, two: u8) -> Opening {
        Opening { key, code: u32::from(one) << 8 | u32::from(two) }
    }

    /// A name of one byte, no ASCII letter or digit.
    fn single(first: u8) -> Opening {
        Opening { key: 0, code: 1 << 18 | u32::from(first) }
    }

    /// A longer name opening with another byte than an ASCII letter or
    /// digit.
    fn pair(first: u8, next: u8) -> Opening {
        Opening { key: 0, code: 1 << 19 | u32::from(first) << 8 | u32::from(next) }
    }

    /// A hash of the opening, never 0. Two openings with one tag share a
    /// file, which does no harm as each name is compared with the text.
    fn tag(self) -> u64 {
        ((self.key ^ u64::from(self.code).wrapping_mul(0xFF51_AFD7_ED55_8CCD)).wrapping_mul(0x9E37_79B9_7F4A_7C15)) | 1
    }

    /// The file of `pattern`.
    fn of(pattern: &[u8]) -> Opening {
        let run = ascii_letter_run(pattern, true);
        if run == 0 {
            return match *pattern {
                [first] => Opening::single(first),
                [first, next, ..] => Opening::pair(first, next),
                [] => Opening::single(0),
            };
        }
        let key = run_key(pattern, run);
        match pattern[run..] {
            [] => Opening::end(key),
            [one] => Opening::one(key, one),
            [one, two, ..] => Opening::two(key, one, two),
        }
    }
}

/// Bits of a hash: tables of 128 KB for some seven thousand names, so that
/// few words pass for want of bits.
const HASH_BITS: u32 = 20;

/// A bit per hash: of the table's fixed size, so that a hash's word is
/// found without a bounds check.
type HashBits = [u64; (1 << HASH_BITS) / 64];

impl Openings {
    pub(super) fn of(patterns: Vec<String>) -> Openings {
        let table = || Box::new([0; (1 << HASH_BITS) / 64]);
        let (files, filed) = file(&patterns);
        let mut openings = Openings {
            patterns,
            files,
            filed,
            pairs: Box::new([0; (1 << 16) / 64]),
            runs: table(),
            runs_and_after: table(),
            punctuation_opens: false,
            other_script_opens: false,
        };
        for pattern in openings.patterns.iter().map(String::as_bytes) {
            let run = ascii_letter_run(pattern, true);
            if run == 0 {
                match pattern.first() {
                    Some(first) if first.is_ascii() => openings.punctuation_opens = true,
                    _ => openings.other_script_opens = true,
                }
                match *pattern {
                    [first] => (0..=u8::MAX).for_each(|next| set(&mut openings.pairs, pair(first, next))),
                    [first, next, ..] => set(&mut openings.pairs, pair(first, next)),
                    [] => {}
                }
                continue;
            }
            let key = run_key(pattern, run);
            set(&mut openings.runs, hash(key));
            match pattern[run..] {
                [] => set(&mut openings.runs_and_after, hash_after(key, After::End)),
                [one] => (0..=u8::MAX).for_each(|two| set(&mut openings.runs_and_after, hash_after(key, After::Two(one, two)))),
                [one, two, ..] => set(&mut openings.runs_and_after, hash_after(key, After::Two(one, two))),
            }
        }
        openings
    }

    /// Whether some name may open with the run of key `key` ([`run_key`],
    /// of a run of one byte or more).
    #[inline(always)]
    pub(super) fn run_may_open(&self, key: u64) -> bool {
        test(&self.runs, hash(key))
    }

    /// Whether some name may start at `p` of `bytes`, where a run of `run`
    /// ASCII letters and digits starts, of key `key` ([`run_key`]).
    #[inline(always)]
    pub(super) fn may_open(&self, bytes: &[u8], p: usize, run: usize, key: u64) -> bool {
        if run == 0 {
            let next = bytes.get(p + 1).copied().unwrap_or(0);
            return test(&self.pairs, pair(bytes[p], next));
        }
        if !self.run_may_open(key) {
            return false;
        }
        let after = match bytes[p + run..] {
            [] => After::End,
            [one] => After::Two(one, 0),
            [one, two, ..] => After::Two(one, two),
        };
        test(&self.runs_and_after, hash_after(key, After::End)) || test(&self.runs_and_after, hash_after(key, after))
    }
}

impl Openings {
    /// The longest name that starts at `p` of `bytes`, where a run of `run`
    /// ASCII letters and digits starts (the longest of the names whose
    /// file the text there would be in: no other name can match there but
    /// one ending inside the run, which covers no word start and is no
    /// whole word, so that finding it is as finding none).
    pub(super) fn longest_at(&self, bytes: &[u8], p: usize, run: usize) -> Option<usize> {
        let rest = &bytes[p..];
        let mut best = None;
        if run == 0 {
            let next = rest.get(1).copied().unwrap_or(0);
            self.longest_in(Opening::pair(rest[0], next), rest, &mut best);
            self.longest_in(Opening::single(rest[0]), rest, &mut best);
            return best;
        }
        // The tables of `may_open` tell which files may hold a name here.
        let key = run_key(rest, run);
        if let Some(&one) = rest.get(run) {
            let two = rest.get(run + 1).copied().unwrap_or(0);
            if test(&self.runs_and_after, hash_after(key, After::Two(one, two))) {
                self.longest_in(Opening::two(key, one, two), rest, &mut best);
                self.longest_in(Opening::one(key, one), rest, &mut best);
            }
        }
        if best.is_none() && test(&self.runs_and_after, hash_after(key, After::End)) {
            self.longest_in(Opening::end(key), rest, &mut best);
        }
        best
    }

    /// Makes `best` the longest of it and the names of file `opening` that
    /// `rest` starts with.
    fn longest_in(&self, opening: Opening, rest: &[u8], best: &mut Option<usize>) {
        let Some((from, to)) = self.files.get(opening) else { return };
        let longest = self.filed[from as usize..to as usize]
            .iter()
            .find(|f| rest.get(..f.len as usize).is_some_and(|head| f.tail == tail(head) && head == self.patterns[f.pattern as usize].as_bytes()))
            .map(|f| f.pattern as usize);
        if let Some(i) = longest {
            if best.is_none_or(|b| self.patterns[i].len() > self.patterns[b].len()) {
                *best = Some(i);
            }
        }
    }
}

/// A name in its file, with its last bytes, which tell most names of a
/// file apart before the whole name is compared.
#[derive(Debug)]
struct Filed {
    pattern: u32,
    len: u32,
    tail: u64,
}

/// The last eight bytes of `bytes`, or all of them.
fn tail(bytes: &[u8]) -> u64 {
    match bytes.last_chunk::<8>() {
        Some(eight) => u64::from_le_bytes(*eight),
        None => bytes.iter().fold(0, |x, &b| x << 8 | u64::from(b)),
    }
}

/// The patterns filed by the tags of their [`Opening`]s, each file longest
/// first.
fn file(patterns: &[String]) -> (Files, Vec<Filed>) {
    let mut order: Vec<(u64, u32)> =
        patterns.iter().enumerate().map(|(i, p)| (Opening::of(p.as_bytes()).tag(), i as u32)).collect();
    order.sort_by_key(|&(tag, i)| (tag, std::cmp::Reverse(patterns[i as usize].len())));
    let mut files = Files::with_room(order.len());
    let mut from = 0;
    for (k, &(tag, _)) in order.iter().enumerate() {
        if order.get(k + 1).is_none_or(|&(next, _)| next != tag) {
            files.insert(tag, (from as u32, k as u32 + 1));
            from = k + 1;
        }
    }
    let filed = order.into_iter().map(|(_, i)| {
        let bytes = patterns[i as usize].as_bytes();
        Filed { pattern: i, len: bytes.len() as u32, tail: tail(bytes) }
    });
    (files, filed.collect())
}

/// Ranges by tag, in a table of open addressing at most half full: one
/// multiplication and mostly one probe a look-up.
#[derive(Debug)]
struct Files {
    /// (tag, from, to); tag 0 marks a free slot.
    slots: Vec<(u64, u32, u32)>,
    /// Where a tag's probes start: its high bits.
    shift: u32,
}

impl Files {
    fn with_room(files: usize) -> Files {
        let size = (2 * files).next_power_of_two().max(16);
        Files { slots: vec![(0, 0, 0); size], shift: 64 - size.trailing_zeros() }
    }

    fn insert(&mut self, tag: u64, range: (u32, u32)) {
        let mask = self.slots.len() - 1;
        let mut i = (tag >> self.shift) as usize;
        while self.slots[i].0 != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = (tag, range.0, range.1);
    }

    fn get(&self, opening: Opening) -> Option<(u32, u32)> {
        let tag = opening.tag();
        let mask = self.slots.len() - 1;
        let mut i = (tag >> self.shift) as usize;
        loop {
            let (t, from, to) = self.slots[i & mask];
            if t == tag {
                return Some((from, to));
            }
            if t == 0 {
                return None;
            }
            i += 1;
        }
    }
}

/// A name opening with `first` then `next` (0 past the end of the text,
/// which only one-byte names can be followed by).
fn pair(first: u8, next: u8) -> usize {
    usize::from(first) << 8 | usize::from(next)
}

fn set<const N: usize>(bits: &mut [u64; N], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

#[inline(always)]
fn test<const N: usize>(bits: &[u64; N], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}

/// The run of `run` (≥ 1) bytes that `bytes` starts with, told by its
/// first eight bytes, in the low bits, and its length, in the high bits.
#[inline(always)]
pub(super) fn run_key(bytes: &[u8], run: usize) -> u64 {
    let head = match bytes.get(..8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or_default()),
        None => bytes.iter().rev().fold(0, |x, &b| x << 8 | u64::from(b)),
    };
    let head = head & (u64::MAX >> (64 - 8 * run.min(8)));
    head ^ (run as u64).rotate_right(8)
}

fn hash(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - HASH_BITS)) as usize
}

fn hash_after(key: u64, after: After) -> usize {
    ((key.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ after.code()).wrapping_mul(0xFF51_AFD7_ED55_8CCD) >> (64 - HASH_BITS)) as usize
}

/// Patterns being collected: the first record to claim a surface form keeps
/// it.
#[derive(Default)]
pub(super) struct Forms {
    pub(super) patterns: Vec<String>,
    pub(super) targets: Vec<Target>,
    seen: HashMap<String, usize>,
}

impl Forms {
    /// Every surface form of the gazetteer, in the order records claim
    /// them.
    pub(super) fn of(gazetteer: &Gazetteer) -> Forms {
        let mut forms = Forms::default();
        for (i, c) in gazetteer.countries.iter().enumerate() {
            for name in std::iter::once(&c.name).chain(&c.aliases) {
                forms.add(name, Target::Country(i, Form::Name));
            }
        }
        for (i, o) in gazetteer.orgs.iter().enumerate() {
            for name in std::iter::once(&o.name).chain(&o.aliases) {
                forms.add(name, Target::Org(i));
            }
        }
        for (i, p) in gazetteer.people.iter().enumerate() {
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                forms.add(name, Target::Person(i));
            }
        }
        for (i, c) in gazetteer.countries.iter().enumerate() {
            for name in &c.demonyms {
                forms.add(name, Target::Country(i, Form::Demonym));
            }
            for name in c.capitals.iter().chain(&c.seats) {
                forms.add(name, Target::Country(i, Form::Seat));
            }
        }
        for (i, l) in gazetteer.locations.iter().enumerate() {
            for name in std::iter::once(&l.name).chain(&l.aliases) {
                forms.add(name, Target::Location(i));
            }
        }
        forms
    }

    /// Adds `name` under the case rule of data/README.md: four characters
    /// or fewer as written; longer names also with the first letter's case
    /// flipped ("the Kremlin" / "The Kremlin").
    fn add(&mut self, name: &str, target: Target) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        self.push(name.to_string(), target);
        if name.chars().count() > 4 {
            if let Some(flipped) = flip_first(name) {
                self.push(flipped, target);
            }
        }
    }

    fn push(&mut self, form: String, target: Target) {
        if self.seen.contains_key(&form) {
            return;
        }
        self.seen.insert(form.clone(), self.patterns.len());
        self.patterns.push(form);
        self.targets.push(target);
    }
}

/// `name` with its first letter in the other case, if it has one.
fn flip_first(name: &str) -> Option<String> {
    let first = name.chars().next()?;
    let flipped: String = if first.is_uppercase() {
        first.to_lowercase().collect()
    } else if first.is_lowercase() {
        first.to_uppercase().collect()
    } else {
        return None;
    };
    Some(flipped + &name[first.len_utf8()..])
}
