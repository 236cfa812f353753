//! Turning command-line paths into the list of inputs to read.

use std::path::{Path, PathBuf};

/// One input: a file or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputPath {
    File(PathBuf),
    Stdin,
}

impl InputPath {
    pub fn display(&self) -> String {
        match self {
            InputPath::File(p) => p.display().to_string(),
            InputPath::Stdin => "-".to_string(),
        }
    }
}

/// Expands `paths`: `-` is standard input, a directory contributes every
/// file below it (sorted, hidden files skipped), a file itself. A path that
/// does not exist is an error for that path alone, returned beside the rest.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<InputPath>, Vec<crate::Error>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(InputPath::Stdin);
        } else if path.is_dir() {
            walk_dir(path, &mut inputs, &mut errors);
        } else if path.exists() {
            inputs.push(InputPath::File(path.clone()));
        } else {
            errors.push(crate::Error::NotFound { path: path.display().to_string() });
        }
    }
    (inputs, errors)
}

fn walk_dir(dir: &Path, inputs: &mut Vec<InputPath>, errors: &mut Vec<crate::Error>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => return errors.push(crate::Error::Io { path: dir.display().to_string(), source }),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk_dir(&path, inputs, errors);
        } else {
            inputs.push(InputPath::File(path));
        }
    }
}
