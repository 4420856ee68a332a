//! `pushpull export-docs DIR`: the guide's page bodies and search index as
//! static files beside the app (the wasm carries only metadata).

use std::path::Path;

use super::Failure;
use crate::core::content::{self, search};
use crate::core::site::docs_view::{table_of_contents, TOC_MARKER};

pub fn export(dir: &Path) -> Result<String, Failure> {
    let target = dir.join("content");
    std::fs::create_dir_all(&target)
        .map_err(|e| Failure::failed(format!("{}: {e}", target.display())))?;
    let write = |name: String, text: &str| {
        let path = target.join(name);
        std::fs::write(&path, text).map_err(|e| Failure::failed(format!("{}: {e}", path.display())))
    };
    for page in content::pages() {
        let body = format!(
            "{}{TOC_MARKER}{}",
            page.html,
            table_of_contents(page).into_string()
        );
        write(format!("{}.html", page.slug), &body)?;
    }
    write(
        "search-index.tsv".into(),
        &search::write_index(content::pages()),
    )?;
    Ok(format!(
        "pushpull: wrote {} page bodies and the search index to {}\n",
        content::pages().len(),
        target.display()
    ))
}
