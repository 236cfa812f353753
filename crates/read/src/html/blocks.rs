//! The walk over the parsed page: text gathered into blocks (one per
//! paragraph, heading, list item or run of loose text), furniture
//! skipped whole. The walk is iterative, so a page nested ten thousand
//! levels deep cannot overflow the stack.

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{Html, Node};

use super::hints::{block_kind, treatment, BlockKind, Treatment};

/// Zero-width and soft-hyphen characters: invisible on the page, they
/// would split words in the text.
const INVISIBLE: [char; 5] = ['\u{200B}', '\u{200C}', '\u{200D}', '\u{FEFF}', '\u{AD}'];

/// One block of text, in page order.
#[derive(Debug)]
pub struct Block {
    pub text: String,
    /// Bytes of `text` inside links.
    pub link_len: usize,
    pub kind: BlockKind,
    /// The element the block's text sits in.
    pub owner: NodeId,
}

impl Block {
    pub fn link_density(&self) -> f32 {
        self.link_len as f32 / self.text.len().max(1) as f32
    }
}

/// Gathers the blocks of `html`; `use_names` lets class and id names
/// drop furniture (see [`treatment`]).
pub fn collect(html: &Html, use_names: bool) -> Vec<Block> {
    let mut walk = Walk { blocks: Vec::new(), text: String::new(), link_len: 0, links_open: 0, owners: Vec::new(), pre: 0 };
    let mut skipping: Option<NodeId> = None;
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) if skipping.is_none() => match node.value() {
                Node::Text(text) => walk.push_text(text),
                Node::Element(element) => {
                    if treatment(element, use_names) == Treatment::Skip {
                        skipping = Some(node.id());
                    } else {
                        walk.open(element.name(), node.id());
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                } else if skipping.is_none() {
                    if let Node::Element(element) = node.value() {
                        walk.close(element.name());
                    }
                }
            }
            Edge::Open(_) => {}
        }
    }
    walk.flush();
    walk.blocks
}

struct Walk {
    blocks: Vec<Block>,
    /// Text of the block being gathered, whitespace collapsed.
    text: String,
    link_len: usize,
    links_open: u32,
    /// Open block elements, innermost last.
    owners: Vec<(NodeId, BlockKind)>,
    /// Open `pre` elements: their line breaks are kept.
    pre: u32,
}

impl Walk {
    fn open(&mut self, tag: &str, id: NodeId) {
        match tag {
            "a" => self.links_open += 1,
            "br" => self.flush(),
            _ => {}
        }
        if let Some(kind) = block_kind(tag) {
            self.flush();
            self.owners.push((id, kind));
            self.pre += u32::from(tag == "pre");
        }
    }

    fn close(&mut self, tag: &str) {
        if tag == "a" {
            self.links_open = self.links_open.saturating_sub(1);
        }
        if block_kind(tag).is_some() {
            self.flush();
            self.owners.pop();
            self.pre = self.pre.saturating_sub(u32::from(tag == "pre"));
        }
    }

    fn push_text(&mut self, text: &str) {
        let before = self.text.len();
        if self.pre > 0 || text.contains(INVISIBLE) {
            self.push_text_by_char(text);
        } else {
            self.push_words(text);
        }
        if self.links_open > 0 && self.text.len() > before {
            self.link_len += self.text.len() - before;
        }
    }

    /// The common case, a word at a time: runs of whitespace become one
    /// space.
    fn push_words(&mut self, text: &str) {
        let mut words = text.split_whitespace().peekable();
        if words.peek().is_none() {
            self.push_space();
            return;
        }
        if text.starts_with(char::is_whitespace) {
            self.push_space();
        }
        while let Some(word) = words.next() {
            self.text.push_str(word);
            if words.peek().is_some() {
                self.text.push(' ');
            }
        }
        if text.ends_with(char::is_whitespace) {
            self.push_space();
        }
    }

    /// Inside `pre` (line breaks end blocks) or with invisible characters
    /// to drop.
    fn push_text_by_char(&mut self, text: &str) {
        for c in text.chars() {
            if c == '\n' && self.pre > 0 {
                self.flush();
            } else if c.is_whitespace() {
                self.push_space();
            } else if !INVISIBLE.contains(&c) {
                self.text.push(c);
            }
        }
    }

    fn push_space(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
    }

    fn flush(&mut self) {
        let trimmed_len = self.text.trim_end().len();
        self.text.truncate(trimmed_len);
        if let (false, Some(&(owner, kind))) = (self.text.is_empty(), self.owners.last()) {
            let text = std::mem::take(&mut self.text);
            let link_len = self.link_len.min(text.len());
            self.blocks.push(Block { text, link_len, kind, owner });
        }
        self.text.clear();
        self.link_len = 0;
    }
}
