//! A byte trie over the gazetteer's surface forms that answers one
//! question: the longest form starting at a given byte of the text.
//!
//! Hits must start on word edges, so the matcher asks at word edges only;
//! a plain trie does that in a few steps per word, with no failure links to
//! build at start-up or follow while searching.

/// No node / no pattern.
const NONE: u32 = u32::MAX;

#[derive(Debug)]
pub(crate) struct Trie {
    /// The node after each first byte: the root's transitions, dense
    /// because every word starts there.
    root: Box<[u32; 256]>,
    /// For each node, the pattern ending there (or `NONE`) and its
    /// outgoing transitions as a range of `bytes`/`targets`.
    nodes: Vec<Node>,
    /// Transition bytes, sorted within each node.
    bytes: Vec<u8>,
    targets: Vec<u32>,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    pattern: u32,
    first: u32,
    len: u32,
}

impl Trie {
    /// The trie of `patterns` (distinct, non-empty); `None` if they need
    /// more nodes than 32-bit ids can number.
    ///
    /// Built from the sorted patterns level by level: a node is a range of
    /// them sharing a prefix, split by the next byte into its children. No
    /// allocation per node, which every process start would pay for.
    pub fn new(patterns: &[String]) -> Option<Trie> {
        let mut sorted: Vec<(&[u8], u32)> =
            patterns.iter().enumerate().map(|(i, p)| Some((p.as_bytes(), u32::try_from(i).ok()?))).collect::<Option<_>>()?;
        sorted.sort_unstable();
        let mut levels = Levels { sorted: &sorted, ranges: Vec::new(), bytes: Vec::new(), targets: Vec::new() };
        let mut root = Box::new([NONE; 256]);
        let (first, len) = levels.split(0, sorted.len(), 0)?;
        for k in first..first + len {
            root[usize::from(levels.bytes[k])] = levels.targets[k];
        }
        let mut nodes = Vec::new();
        while let Some(&(lo, hi, depth)) = levels.ranges.get(nodes.len()) {
            // The shortest pattern of the range sorts first; it ends here
            // if it is no longer than the shared prefix.
            let ends_here = sorted[lo].0.len() == depth;
            let pattern = if ends_here { sorted[lo].1 } else { NONE };
            let (first, len) = levels.split(lo + usize::from(ends_here), hi, depth)?;
            nodes.push(Node { pattern, first: u32::try_from(first).ok()?, len: u32::try_from(len).ok()? });
        }
        let Levels { bytes, targets, .. } = levels;
        Some(Trie { root, nodes, bytes, targets })
    }

    /// The longest pattern that `text[at..]` starts with, as its end and
    /// its index.
    pub fn longest_at(&self, text: &[u8], at: usize) -> Option<(usize, usize)> {
        let node = self.root[usize::from(*text.get(at)?)];
        self.longest_from(node, text, at + 1)
    }

    /// The node `word` leads to from the root, if some pattern starts with
    /// it.
    pub fn walk(&self, word: &[u8]) -> Option<u32> {
        let (&first, rest) = word.split_first()?;
        let mut node = self.root[usize::from(first)];
        for &b in rest {
            node = self.nodes.get(node as usize).map_or(NONE, |n| self.child(n, b));
        }
        (node != NONE).then_some(node)
    }

    /// The longest pattern ending at or after `end`, where the walk from
    /// the root has reached `node` (or `NONE`): its end and index.
    pub fn longest_from(&self, mut node: u32, text: &[u8], mut end: usize) -> Option<(usize, usize)> {
        let mut best = None;
        // Each node is loaded once: its pattern, then its transitions.
        while let Some(n) = self.nodes.get(node as usize) {
            if n.pattern != NONE {
                best = Some((end, n.pattern as usize));
            }
            let Some(&b) = text.get(end) else { break };
            node = self.child(n, b);
            end += 1;
        }
        best
    }

    /// The child of `node` on byte `b`, or `NONE`.
    fn child(&self, node: &Node, b: u8) -> u32 {
        let first = node.first as usize;
        let bytes = &self.bytes[first..first + node.len as usize];
        match bytes.iter().position(|&x| x == b) {
            Some(k) => self.targets[first + k],
            None => NONE,
        }
    }
}

/// Nodes being numbered breadth first, each a range of the sorted
/// patterns and the depth of the prefix they share.
struct Levels<'p> {
    /// The patterns in byte order, with their indices.
    sorted: &'p [(&'p [u8], u32)],
    ranges: Vec<(usize, usize, usize)>,
    bytes: Vec<u8>,
    targets: Vec<u32>,
}

impl Levels<'_> {
    /// Splits `sorted[lo..hi]` (all longer than `depth`) by their byte at
    /// `depth`, queueing a node for each part: the transitions added, as
    /// their first index and count.
    fn split(&mut self, lo: usize, hi: usize, depth: usize) -> Option<(usize, usize)> {
        let first = self.bytes.len();
        let mut i = lo;
        while i < hi {
            let b = self.sorted[i].0[depth];
            let j = i + self.sorted[i..hi].partition_point(|(p, _)| p[depth] == b);
            let id = u32::try_from(self.ranges.len()).ok().filter(|&id| id != NONE)?;
            self.bytes.push(b);
            self.targets.push(id);
            self.ranges.push((i, j, depth + 1));
            i = j;
        }
        Some((first, self.bytes.len() - first))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trie(patterns: &[&str]) -> Trie {
        Trie::new(&patterns.iter().map(|p| p.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn finds_the_longest_pattern_at_a_position() {
        let t = trie(&["New", "New Town", "New Town Bay", "Town"]);
        let text = b"New Town Hall";
        assert_eq!(t.longest_at(text, 0), Some((8, 1)));
        assert_eq!(t.longest_at(text, 4), Some((8, 3)));
        assert_eq!(t.longest_at(text, 1), None);
        assert_eq!(t.longest_at(text, 13), None);
    }

    #[test]
    fn a_pattern_may_end_the_text() {
        let t = trie(&["Bay", "B"]);
        assert_eq!(t.longest_at(b"Ba", 0), Some((1, 1)));
        assert_eq!(t.longest_at(b"Bay", 0), Some((3, 0)));
    }
}
