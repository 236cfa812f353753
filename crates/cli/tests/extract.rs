//! `dossier extract` end to end: one line per document in input order, and
//! a reader that stops early.

use std::io::Read;
use std::process::{Command, Stdio};

mod common;
use common::write_corpus;

#[test]
fn every_document_is_one_line_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path(), 150);
    let output = Command::new(env!("CARGO_BIN_EXE_dossier")).arg("extract").arg(dir.path()).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let sources: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap()["source"].as_str().unwrap().to_string())
        .collect();
    let expected: Vec<String> = (0..150).map(|i| dir.path().join(format!("article-{i:05}.txt")).display().to_string()).collect();
    assert_eq!(sources, expected);
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    let dir = tempfile::tempdir().unwrap();
    // Some megabytes of output, far more than a pipe holds.
    write_corpus(dir.path(), 2000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("extract")
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 1000];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The read end is dropped here, as `head` closes it.
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{:?} {stderr}", output.status);
    assert!(!stderr.contains("error"), "{stderr}");
}
