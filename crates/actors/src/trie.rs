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
    pub fn new(patterns: &[String]) -> Option<Trie> {
        let mut building = Building::default();
        for (id, pattern) in patterns.iter().enumerate() {
            building.insert(pattern.as_bytes(), u32::try_from(id).ok()?)?;
        }
        Some(building.finish())
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
            node = self.step(node, b);
        }
        (node != NONE).then_some(node)
    }

    /// The longest pattern ending at or after `end`, where the walk from
    /// the root has reached `node` (or `NONE`): its end and index.
    pub fn longest_from(&self, mut node: u32, text: &[u8], mut end: usize) -> Option<(usize, usize)> {
        let mut best = None;
        while node != NONE {
            let pattern = self.nodes[node as usize].pattern;
            if pattern != NONE {
                best = Some((end, pattern as usize));
            }
            let Some(&b) = text.get(end) else { break };
            node = self.step(node, b);
            end += 1;
        }
        best
    }

    /// The child of `node` on byte `b`, or `NONE`.
    fn step(&self, node: u32, b: u8) -> u32 {
        let Some(&Node { first, len, .. }) = self.nodes.get(node as usize) else { return NONE };
        let range = first as usize..(first + len) as usize;
        match self.bytes[range.clone()].iter().position(|&x| x == b) {
            Some(k) => self.targets[range.start + k],
            None => NONE,
        }
    }
}

/// A trie under construction, one child list per node.
#[derive(Default)]
struct Building {
    root: Vec<(u8, u32)>,
    children: Vec<Vec<(u8, u32)>>,
    patterns: Vec<u32>,
}

impl Building {
    fn insert(&mut self, pattern: &[u8], id: u32) -> Option<()> {
        let (&first, rest) = pattern.split_first()?;
        let mut node = self.child(None, first)?;
        for &b in rest {
            node = self.child(Some(node), b)?;
        }
        self.patterns[node as usize] = id;
        Some(())
    }

    /// The child of `parent` (the root when `None`) on `b`, made if new.
    fn child(&mut self, parent: Option<u32>, b: u8) -> Option<u32> {
        let list = match parent {
            Some(p) => &self.children[p as usize],
            None => &self.root,
        };
        if let Some(&(_, n)) = list.iter().find(|(x, _)| *x == b) {
            return Some(n);
        }
        let n = u32::try_from(self.children.len()).ok().filter(|&n| n != NONE)?;
        self.children.push(Vec::new());
        self.patterns.push(NONE);
        match parent {
            Some(p) => self.children[p as usize].push((b, n)),
            None => self.root.push((b, n)),
        }
        Some(n)
    }

    /// The flat trie, nodes numbered breadth first: the few nodes near the
    /// root, which every word visits, then share cache lines.
    fn finish(self) -> Trie {
        let order = self.breadth_first();
        let mut number = vec![NONE; order.len()];
        for (new, &old) in order.iter().enumerate() {
            number[old as usize] = new as u32;
        }
        let mut root = Box::new([NONE; 256]);
        for &(b, n) in &self.root {
            root[usize::from(b)] = number[n as usize];
        }
        let (mut bytes, mut targets) = (Vec::new(), Vec::new());
        let mut nodes = Vec::with_capacity(order.len());
        for &old in &order {
            let mut children = self.children[old as usize].clone();
            children.sort_unstable();
            // Fits: there are fewer transitions than nodes.
            let first = bytes.len() as u32;
            nodes.push(Node { pattern: self.patterns[old as usize], first, len: children.len() as u32 });
            for (b, n) in children {
                bytes.push(b);
                targets.push(number[n as usize]);
            }
        }
        Trie { root, nodes, bytes, targets }
    }

    /// Node ids level by level, the root's children first.
    fn breadth_first(&self) -> Vec<u32> {
        let mut root = self.root.clone();
        root.sort_unstable();
        let mut order: Vec<u32> = root.iter().map(|&(_, n)| n).collect();
        let mut next = 0;
        while next < order.len() {
            let mut children = self.children[order[next] as usize].clone();
            children.sort_unstable();
            order.extend(children.iter().map(|&(_, n)| n));
            next += 1;
        }
        order
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
