//! Which blocks are the article: readability's idea, written anew. Each
//! paragraph gives points to the elements above it (more for longer
//! text and more commas); class and id names add or take points; link
//! heavy elements lose them. The best element, with those of its
//! siblings that score nearly as well, is the article.

use std::collections::HashMap;

use ego_tree::NodeId;
use scraper::{Html, Node};

use super::blocks::Block;
use super::hints::{class_weight, BlockKind};

/// Paragraphs shorter than this give no points.
const MIN_SCORING_LEN: usize = 25;
/// How many levels above a paragraph get points, with their shares.
const SHARES: [f32; 3] = [1.0, 0.5, 1.0 / 3.0];
/// Blocks with more of their text in links than this are link lists.
const MAX_LINK_DENSITY: f32 = 0.5;

#[derive(Default, Clone, Copy)]
struct Candidate {
    score: f32,
    /// The part of `score` earned from paragraphs, not from names.
    points: f32,
    text_len: usize,
    link_len: usize,
}

impl Candidate {
    fn final_score(&self) -> f32 {
        self.score * (1.0 - self.link_len as f32 / self.text_len.max(1) as f32)
    }
}

/// For each block, whether it belongs to the article.
pub fn select(html: &Html, blocks: &[Block]) -> Vec<bool> {
    let (candidates, paragraphs) = score(html, blocks);
    let best = candidates.iter().max_by(|a, b| a.1.final_score().total_cmp(&b.1.final_score()));
    let roots = match best {
        Some((&top, candidate)) => region(html, (&candidates, &paragraphs), top, candidate.final_score()),
        None => Vec::new(),
    };
    blocks.iter().map(|block| block_is_text(block) && (roots.is_empty() || inside(html, block.owner, &roots))).collect()
}

/// Whether a block reads as text rather than a link or menu entry.
pub fn block_is_text(block: &Block) -> bool {
    let density = block.link_density();
    match block.kind {
        BlockKind::Heading => density < 0.9,
        _ => density <= MAX_LINK_DENSITY,
    }
}

/// Text and link lengths of the elements above blocks (with their
/// scores), and of the paragraph elements that hold blocks.
type Scores = (HashMap<NodeId, Candidate>, HashMap<NodeId, Candidate>);

fn score(html: &Html, blocks: &[Block]) -> Scores {
    let mut candidates: HashMap<NodeId, Candidate> = HashMap::new();
    let mut paragraphs: HashMap<NodeId, Candidate> = HashMap::new();
    for block in blocks {
        if block.kind == BlockKind::Paragraph {
            let paragraph = paragraphs.entry(block.owner).or_default();
            paragraph.text_len += block.text.len();
            paragraph.link_len += block.link_len;
        }
        let scoring = block.kind != BlockKind::Heading && block.text.len() >= MIN_SCORING_LEN;
        let points = if scoring { paragraph_points(&block.text) } else { 0.0 };
        let Some(owner) = html.tree.get(block.owner) else { continue };
        for (level, ancestor) in owner.ancestors().filter(|n| n.value().is_element()).take(SHARES.len()).enumerate() {
            let candidate = candidates.entry(ancestor.id()).or_insert_with(|| Candidate { score: base_score(ancestor.value()), ..Default::default() });
            candidate.text_len += block.text.len();
            candidate.link_len += block.link_len;
            candidate.score += points * SHARES[level];
            candidate.points += points * SHARES[level];
        }
    }
    (candidates, paragraphs)
}

fn paragraph_points(text: &str) -> f32 {
    let commas = text.chars().filter(|c| matches!(c, ',' | '，' | '、')).count();
    1.0 + commas as f32 + (text.len() as f32 / 100.0).min(3.0)
}

/// The score an element starts with, from its tag and names.
fn base_score(node: &Node) -> f32 {
    let Node::Element(element) = node else { return 0.0 };
    let tag_weight = match element.name() {
        "article" => 10.0,
        "div" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    tag_weight + class_weight(element)
}

/// The best element and those of its siblings that score close to it.
fn region(html: &Html, (candidates, paragraphs): (&HashMap<NodeId, Candidate>, &HashMap<NodeId, Candidate>), top: NodeId, top_score: f32) -> Vec<NodeId> {
    let threshold = (top_score * 0.2).max(10.0);
    let Some(parent) = html.tree.get(top).and_then(|n| n.parent()) else { return vec![top] };
    parent
        .children()
        .filter(|child| child.id() == top || candidates.get(&child.id()).is_some_and(|c| is_close_sibling(c, threshold)) || is_long_paragraph(child.value(), paragraphs.get(&child.id())))
        .map(|child| child.id())
        .collect()
}

/// A sibling joins the article on text of its own: a container whose
/// name alone scores (`content-more`, a teaser list called `story-list`
/// holding only a heading near the top) is not article text.
fn is_close_sibling(candidate: &Candidate, threshold: f32) -> bool {
    candidate.points > 0.0 && candidate.final_score() >= threshold
}

/// A sibling paragraph with enough plain text belongs to the article
/// even when it scored little on its own.
fn is_long_paragraph(node: &Node, candidate: Option<&Candidate>) -> bool {
    let is_paragraph = matches!(node, Node::Element(e) if e.name() == "p");
    is_paragraph && candidate.is_some_and(|c| c.text_len > 80 && (c.link_len as f32) < 0.25 * c.text_len as f32)
}

fn inside(html: &Html, node: NodeId, roots: &[NodeId]) -> bool {
    let Some(node) = html.tree.get(node) else { return false };
    std::iter::once(node).chain(node.ancestors()).any(|n| roots.contains(&n.id()))
}
