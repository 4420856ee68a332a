//! Which files of a folder the scanner reads, shared by the CLI's walker
//! and the browser's folder picker: no `.git`, dependencies or vendored
//! code, nothing over [`MAX_FILE_BYTES`].

/// Folders that hold no infrastructure of the repo's own.
pub const SKIPPED_DIRS: [&str; 8] = [
    ".git",
    "node_modules",
    "vendor",
    "third_party",
    ".terraform",
    "target",
    ".venv",
    "bower_components",
];

/// The largest file read; bigger ones are reported and skipped.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Why a file over [`MAX_FILE_BYTES`] was not read.
pub fn too_large(bytes: u64) -> String {
    format!("{bytes} bytes, more than the 1 MiB read per file")
}

/// A picked file's path inside the picked folder: the browser's
/// `webkitRelativePath` starts with the folder's own name, which the
/// scanner must not see (`CODEOWNERS`, `.github/workflows/` sit at the root).
pub fn inside_folder(relative: &str) -> &str {
    relative.split_once('/').map_or(relative, |(_, rest)| rest)
}

/// Whether a path (inside the folder, `/`-separated) lies in a skipped
/// folder.
pub fn in_skipped_dir(path: &str) -> bool {
    let mut parts: Vec<&str> = path.split('/').collect();
    parts.pop();
    parts.iter().any(|part| SKIPPED_DIRS.contains(part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_name_goes_and_skipped_folders_are_skipped() {
        assert_eq!(
            inside_folder("repo/.github/workflows/d.yml"),
            ".github/workflows/d.yml"
        );
        assert_eq!(inside_folder("CODEOWNERS"), "CODEOWNERS");
        assert!(in_skipped_dir(".git/config"));
        assert!(in_skipped_dir("web/node_modules/x/package.json"));
        assert!(in_skipped_dir("vendor/a.yaml"));
        assert!(!in_skipped_dir("vendor"));
        assert!(!in_skipped_dir("apps/vendors/a.yaml"));
    }
}
