//! `dossier dict check` on dictionaries written here.

use std::process::{Command, Output};

fn check(files: &[&std::path::Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).arg("dict").arg("check").args(files).output().unwrap()
}

/// `text` written to the file `name` in `dir`, whose path comes back.
fn written(dir: &tempfile::TempDir, name: &str, text: &str) -> std::path::PathBuf {
    let file = dir.path().join(name);
    std::fs::write(&file, text).unwrap();
    file
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn a_clean_gazetteer_file_passes() {
    let dir = tempfile::tempdir().unwrap();
    let file = written(&dir, "orgs.tsv", "code\twikidata\tname\taliases\tkind\tcountry\nGHAGOV\t\tTema Harbour Board\t\tgovernment\tGHA\n");
    let out = check(&[&file]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("organizations gazetteer, 1 records"), "{}", stdout(&out));
}

#[test]
fn a_lexicon_file_is_told_by_its_header() {
    let dir = tempfile::tempdir().unwrap();
    let file = written(&dir, "titles.tsv", "word\tkind\trole\nOmbudsman\ttitle\tGOV\nombudsman\ttitle\tGOV\nObservatory\torg-head\t\n");
    let out = check(&[&file]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("name-shape lexicon, 3 words"), "{}", stdout(&out));
    std::fs::write(&file, "word\tkind\trole\nOmbudsman\ttitle\tgovernment\n").unwrap();
    let out = check(&[&file]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("titles.tsv:2: `role` is `government`"), "{}", stdout(&out));
}

#[test]
fn files_saved_with_a_byte_order_mark_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = written(&dir, "titles.tsv", "\u{feff}word\tkind\trole\nOmbudsman\ttitle\tGOV\n");
    let patterns = written(&dir, "verbs.tsv", "\u{feff}code\tpattern\tflags\n042\tS tour+ T\t\n");
    let out = check(&[&lexicon, &patterns]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let article = written(&dir, "article.txt", "Ombudsman Jan Kowalczyk of Ghana toured Togo on Monday.\n");
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["extract", "--dict"])
        .arg(&lexicon)
        .arg("--dict")
        .arg(&patterns)
        .arg(&article)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).contains("\"code\":\"GHAGOV\""), "{}", stdout(&out));
}

#[test]
fn a_bad_dict_stops_extract_with_one_message_that_says_what_to_run() {
    let dir = tempfile::tempdir().unwrap();
    let file = written(&dir, "titles.tsv", "word\tkind\trole\nOmbudsman\ttitle\tGOV\textra\n");
    let article = written(&dir, "article.txt", "Text.\n");
    let out = Command::new(env!("CARGO_BIN_EXE_dossier")).args(["extract", "--dict"]).arg(&file).arg(&article).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("has 1 error(s)").count(), 1, "{stderr}");
    assert!(stderr.contains("line 2") && stderr.contains("dossier dict check"), "{stderr}");
}

#[test]
fn problems_are_listed_with_their_lines_and_fail_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let text = "# people\nwikidata\tname\taliases\tcountry\trole\toffice\tfrom\tuntil\n\tKofi Adjei\t\tGhana\tGOV\tMinister\t2001\t\n\tAma Owusu\t\tGHA\tGOV\tMinister\tsoon\t\n";
    let file = written(&dir, "people.tsv", text);
    let out = check(&[&file]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("people.tsv:3: `country` is `Ghana`"), "{text}");
    assert!(text.contains("people.tsv:4: `from` is `soon`"), "{text}");
}

#[test]
fn files_of_no_known_format_fail_the_check() {
    let dir = tempfile::tempdir().unwrap();
    let file = written(&dir, "notes.tsv", "colour\tshape\nred\tround\n");
    let out = check(&[&file]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("not a gazetteer or CAMEO pattern file"), "{}", stdout(&out));
    let missing = dir.path().join("missing.tsv");
    assert_eq!(check(&[&missing]).status.code(), Some(1));
}
