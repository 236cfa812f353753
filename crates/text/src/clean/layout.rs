//! Rules that look at the page as a whole: runs of links, blocks that end
//! the article, repeated lines, the repeated headline, the page's tail.

use std::collections::HashSet;

use super::line::{Fate, Line};

/// This many link-like lines in a row are a menu or a list of links.
const MIN_LINK_RUN: usize = 3;
/// After the article, lines this short without a sentence end are furniture.
const TAIL_MAX_WORDS: usize = 4;
/// A headline has at least this many words; shorter ones are not searched
/// for inside later lines.
const TITLE_MIN_WORDS: usize = 4;

/// Drops every run of at least [`MIN_LINK_RUN`] consecutive link-like lines.
pub(super) fn drop_link_runs(lines: &mut [Line]) {
    let mut run_start = 0;
    for i in 0..=lines.len() {
        if i < lines.len() && lines[i].link_like() {
            continue;
        }
        if i - run_start >= MIN_LINK_RUN {
            for line in &mut lines[run_start..i] {
                line.fate = line.fate.max_drop();
            }
        }
        run_start = i + 1;
    }
}

/// Honours the first block opener ("Most read", "12 Comments") that has
/// article text before it and no more after it than before: it and
/// everything after are dropped. An opener followed by more article text is
/// a widget inside the article: only it and the links right after it go.
pub(super) fn cut_end_blocks(lines: &mut [Line]) {
    let total: usize = lines.iter().filter(|l| l.kept() && l.body_like()).map(Line::len).sum();
    let mut before = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.kept() && line.body_like() {
            before += line.len();
        }
        if line.fate == Fate::End {
            if before > 0 && total - before <= before {
                lines[i..].iter_mut().for_each(|l| l.fate = Fate::Drop);
                return;
            }
            lines[i].fate = Fate::Drop;
            while i + 1 < lines.len() && !lines[i + 1].sentence_like() {
                i += 1;
                lines[i].fate = Fate::Drop;
            }
        }
        i += 1;
    }
}

/// A later line that begins with the headline repeats it (a caption made
/// of headline and photo description): the repeat is removed.
pub(super) fn strip_repeated_title(lines: &mut [Line], buffer: &str) {
    let Some(title_at) = lines.iter().position(|l| l.kept() && l.words >= TITLE_MIN_WORDS) else { return };
    let title = lines[title_at].text(buffer);
    for line in &mut lines[title_at + 1..] {
        let text = line.text(buffer);
        if line.kept() && text.len() > title.len() && text.starts_with(title) && text.as_bytes()[title.len()] == b' ' {
            line.start += title.len() + 1;
            line.measure(buffer);
        }
    }
}

/// Drops a line equal to a kept line before it (repeated headlines,
/// captions, pull quotes).
pub(super) fn drop_repeats(lines: &mut [Line], buffer: &str) {
    // A line can only repeat one of the same length: the lines whose length
    // no other kept line has are not hashed.
    let mut lengths: Vec<usize> = lines.iter().filter(|l| l.kept()).map(Line::len).collect();
    lengths.sort_unstable();
    let shared = |len: usize| lengths.get(lengths.partition_point(|&l| l < len) + 1) == Some(&len);
    let mut seen: HashSet<&str> = HashSet::new();
    for line in lines.iter_mut().filter(|l| l.kept() && shared(l.len())) {
        if !seen.insert(line.text(buffer)) {
            line.fate = Fate::Drop;
        }
    }
}

/// After the last line of article text, short lines without a sentence
/// end are page furniture (dates of archives, "Top", section names).
pub(super) fn drop_tail_furniture(lines: &mut [Line]) {
    let Some(last_body) = lines.iter().rposition(|l| l.kept() && l.body_like()) else { return };
    for line in &mut lines[last_body + 1..] {
        if !line.terminal && line.words <= TAIL_MAX_WORDS {
            line.fate = line.fate.max_drop();
        }
    }
}

impl Fate {
    /// Dropped, keeping the stronger `End`.
    fn max_drop(self) -> Fate {
        if self == Fate::End { Fate::End } else { Fate::Drop }
    }
}

#[cfg(test)]
mod tests {
    use super::super::normalize::RawLine;
    use super::*;

    #[test]
    fn only_equal_lines_are_repeats_whatever_their_lengths() {
        let buffer = "Rain fell.Snow fell.Rain fell.Rain fell on the hills.Snow fell.";
        let mut start = 0;
        let mut lines: Vec<Line> = ["Rain fell.", "Snow fell.", "Rain fell.", "Rain fell on the hills.", "Snow fell."]
            .iter()
            .map(|text| {
                let mut line = Line::new(RawLine { start, end: start + text.len(), blank_before: false });
                line.measure(buffer);
                start += text.len();
                line
            })
            .collect();
        drop_repeats(&mut lines, buffer);
        let kept: Vec<bool> = lines.iter().map(Line::kept).collect();
        assert_eq!(kept, [true, true, false, true, false]);
    }
}
