//! What the command-line tests share.

use std::path::Path;

/// `count` short articles of our own, each different, named in the order
/// they sort.
pub fn write_corpus(dir: &Path, count: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..count {
        let text = format!(
            "Report {i}. Chile and Peru held talks on fishing rights on Monday.\n\n\
             The foreign minister of Chile said \"we want a fair deal\" after meeting number {i}.\n"
        );
        std::fs::write(dir.join(format!("article-{i:05}.txt")), text).unwrap();
    }
}
