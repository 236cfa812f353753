//! The cleaning stage: from the text a reader decoded to the article alone.
//!
//! The page is cut into lines; each line is repaired (doubled captions,
//! photo credits), judged on its own (shape, script, boilerplate
//! vocabulary), then the page as a whole (link runs, blocks that end the
//! article, repeats, the tail). Kept lines become paragraphs.

mod assemble;
mod judge;
mod layout;
mod line;
mod normalize;
mod repair;

use dossier_core::{Document, Layer, Stage};

use crate::abbreviations::Abbreviations;
use crate::boilerplate::Boilerplate;
use line::Line;

/// Removes what a web page left around an article (menus, share prompts,
/// related-story blocks, copyright and contact lines, foreign-script
/// lines, repeats) and writes the article to `doc.text`, one paragraph per
/// line, paragraphs separated by a blank line. When in doubt it keeps a
/// line: a lost sentence costs more than a kept menu entry.
#[derive(Debug)]
pub struct Cleaner {
    vocab: Boilerplate,
    abbreviations: Abbreviations,
}

impl Default for Cleaner {
    /// The cleaner with the embedded `data/text` files.
    fn default() -> Self {
        Cleaner::with_data(crate::BOILERPLATE, crate::ABBREVIATIONS)
            .expect("the embedded data/text files parse (checked by the crate's tests)")
    }
}

impl Cleaner {
    /// A cleaner with other boilerplate and abbreviation files, in the
    /// formats of `data/text/boilerplate.txt` and `abbreviations.txt`.
    pub fn with_data(boilerplate: &str, abbreviations: &str) -> crate::Result<Cleaner> {
        Ok(Cleaner { vocab: Boilerplate::parse(boilerplate)?, abbreviations: Abbreviations::parse(abbreviations)? })
    }

    /// The article text of a page.
    pub fn clean(&self, raw: &str) -> String {
        let normalized = normalize::normalize(raw);
        let buffer = &*normalized.text;
        let mut lines: Vec<Line> = normalized.lines.iter().map(|&raw| Line::new(raw)).collect();
        for line in &mut lines {
            line.end = line.start + repair::repaired_len(line.text(buffer), &self.vocab, &self.abbreviations);
            line.measure(buffer);
        }
        let (latin, other) = lines.iter().fold((0, 0), |(l, o), line| (l + line.latin, o + line.other));
        for line in &mut lines {
            line.fate = judge::judge(line.text(buffer), line, &self.vocab, latin >= other);
        }
        layout::drop_link_runs(&mut lines);
        layout::cut_end_blocks(&mut lines);
        layout::strip_repeated_title(&mut lines, buffer);
        layout::drop_repeats(&mut lines, buffer);
        layout::drop_tail_furniture(&mut lines);
        assemble::assemble(&lines, buffer)
    }
}

impl Stage for Cleaner {
    fn name(&self) -> &'static str {
        "clean"
    }
    fn needs(&self) -> &'static [Layer] {
        &[]
    }
    fn adds(&self) -> &'static [Layer] {
        &[Layer::CleanText]
    }
    fn process(&self, doc: &mut Document) {
        doc.text = self.clean(&doc.raw);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_data_loads() {
        assert!(Cleaner::with_data(crate::BOILERPLATE, crate::ABBREVIATIONS).is_ok());
    }
}
