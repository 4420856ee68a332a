//! Reads a checked-out repository for the scanner: every text file under
//! the folder, in path order, without following links out of it.

use std::fs;
use std::path::{Path, PathBuf};

use crate::core::scan::{RepoFile, Unreadable};

use crate::core::scan::picked::too_large;
pub use crate::core::scan::picked::{MAX_FILE_BYTES, SKIPPED_DIRS};

pub struct Walked {
    pub files: Vec<RepoFile>,
    pub unreadable: Vec<Unreadable>,
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Walks `root`. Symbolic links are followed only when they stay inside it.
pub fn walk(root: &Path) -> std::io::Result<Walked> {
    let root = root.canonicalize()?;
    let mut walked = Walked {
        files: Vec::new(),
        unreadable: Vec::new(),
    };
    let mut pending: Vec<PathBuf> = vec![root.clone()];
    while let Some(dir) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                walked.unreadable.push(Unreadable {
                    file: relative(&root, &dir),
                    reason: format!("cannot list the folder: {e}"),
                });
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let target = if kind.is_symlink() {
                match path.canonicalize() {
                    Ok(real) if real.starts_with(&root) => real,
                    _ => {
                        walked.unreadable.push(Unreadable {
                            file: relative(&root, &path),
                            reason: "a link that leads outside the folder (not followed)".into(),
                        });
                        continue;
                    }
                }
            } else {
                path.clone()
            };
            if target.is_dir() {
                if !kind.is_symlink() && !SKIPPED_DIRS.contains(&name.as_str()) {
                    pending.push(path);
                }
                continue;
            }
            read_one(&root, &path, &target, &mut walked);
        }
    }
    walked.files.sort_by(|a, b| a.path.cmp(&b.path));
    walked.unreadable.sort_by(|a, b| a.file.cmp(&b.file));
    Ok(walked)
}

fn read_one(root: &Path, shown: &Path, real: &Path, walked: &mut Walked) {
    let file = relative(root, shown);
    let fail = |reason: String| Unreadable {
        file: file.clone(),
        reason,
    };
    match fs::metadata(real) {
        Ok(meta) if meta.len() > MAX_FILE_BYTES => {
            walked.unreadable.push(fail(too_large(meta.len())));
            return;
        }
        Err(e) => {
            walked.unreadable.push(fail(format!("cannot read: {e}")));
            return;
        }
        _ => {}
    }
    match fs::read(real) {
        // Binary files (images, archives) say nothing about deploys.
        Ok(bytes) => {
            if let Ok(text) = String::from_utf8(bytes) {
                walked.files.push(RepoFile { path: file, text });
            }
        }
        Err(e) => walked.unreadable.push(fail(format!("cannot read: {e}"))),
    }
}
