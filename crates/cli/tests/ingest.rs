//! `dossier ingest` end to end: idempotent re-runs, failures reported per
//! document, and a SIGKILL in the middle followed by a clean re-run.

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use dossier_store::Store;

mod common;
use common::write_corpus;

fn dossier(args: &[&str], db: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).arg("--db").arg(db).output().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn ingesting_twice_stores_each_article_once() {
    let dir = tempfile::tempdir().unwrap();
    let (news, db) = (dir.path().join("news"), dir.path().join("db").join("dossier.db"));
    write_corpus(&news, 12);
    let first = dossier(&["ingest", "--published", "2024-03-18", news.to_str().unwrap()], &db);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stderr(&first).contains("12 new documents, 0 skipped"), "{}", stderr(&first));
    let second = dossier(&["ingest", news.to_str().unwrap()], &db);
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(stderr(&second).contains("0 new documents, 12 skipped"), "{}", stderr(&second));
    // A copy of an article under another name is the same content.
    std::fs::copy(news.join("article-00003.txt"), news.join("copy.txt")).unwrap();
    let third = dossier(&["ingest", news.to_str().unwrap()], &db);
    assert!(stderr(&third).contains("0 new documents, 13 skipped"), "{}", stderr(&third));
    assert_eq!(Store::open(&db).unwrap().totals().unwrap().articles, 12);
}

#[test]
fn a_bad_document_is_reported_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (news, db) = (dir.path().join("news"), dir.path().join("dossier.db"));
    write_corpus(&news, 3);
    std::fs::write(news.join("binary.dat"), b"\x7fELF\0\0\0\x01\x02").unwrap();
    let output = dossier(&["ingest", news.to_str().unwrap()], &db);
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(err.contains("binary.dat"), "{err}");
    assert!(err.contains("3 new documents, 0 skipped as already stored, 1 failed"), "{err}");
    assert_eq!(Store::open(&db).unwrap().totals().unwrap().failures, 1);
}

#[test]
fn nothing_readable_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = dossier(&["ingest", dir.path().join("missing").to_str().unwrap()], &dir.path().join("d.db"));
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no such file"), "{}", stderr(&output));
}

#[test]
fn a_kill_9_mid_ingest_leaves_a_consistent_database_and_a_rerun_finishes() {
    const ARTICLES: usize = 3000;
    let dir = tempfile::tempdir().unwrap();
    let (news, db) = (dir.path().join("news"), dir.path().join("dossier.db"));
    write_corpus(&news, ARTICLES);
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["ingest", "--batch", "1", "--published", "2024-03-18", news.to_str().unwrap(), "--db"])
        .arg(&db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut stored_before_kill = 0;
    while Instant::now() < deadline {
        if let Some(articles) = db.exists().then(|| Store::open(&db).ok()).flatten().and_then(|s| s.totals().ok()).map(|t| t.articles) {
            stored_before_kill = articles;
            if articles >= 20 {
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(child.try_wait().unwrap().is_none(), "the ingest finished before it could be killed; make the corpus larger");
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    assert!(stored_before_kill >= 20, "nothing was committed within a minute");

    let store = Store::open(&db).unwrap();
    assert_eq!(store.check().unwrap(), Ok(()));
    let after_kill = store.totals().unwrap().articles;
    assert!(after_kill >= stored_before_kill && (after_kill as usize) < ARTICLES, "{after_kill}");
    drop(store);

    let rerun = dossier(&["ingest", "--published", "2024-03-18", news.to_str().unwrap()], &db);
    assert!(rerun.status.success(), "{}", stderr(&rerun));
    let expected = format!("{} new documents, {after_kill} skipped", ARTICLES as u64 - after_kill);
    assert!(stderr(&rerun).contains(&expected), "expected `{expected}` in {}", stderr(&rerun));
    let store = Store::open(&db).unwrap();
    assert_eq!(store.check().unwrap(), Ok(()));
    assert_eq!(store.totals().unwrap().articles as usize, ARTICLES);
}
