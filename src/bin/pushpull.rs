//! `pushpull`: the native command line tool (never part of the wasm).
//!
//!   pushpull export-docs DIR    write the guide's page bodies and search index into DIR/content/

use std::path::Path;
use std::process::ExitCode;

use pushpull::core::{content, search};

const USAGE: &str = "usage:
  pushpull export-docs DIR    write the guide's page bodies and search index into DIR/content/";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["export-docs", dir] => export_docs(Path::new(dir)),
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("pushpull: {message}");
            ExitCode::FAILURE
        }
    }
}

fn export_docs(dir: &Path) -> Result<(), String> {
    let target = dir.join("content");
    std::fs::create_dir_all(&target).map_err(|e| format!("{}: {e}", target.display()))?;
    let write = |name: String, text: &str| {
        let path = target.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    for page in content::pages() {
        write(format!("{}.html", page.slug), page.html)?;
    }
    write(
        "search-index.tsv".into(),
        &search::write_index(content::pages()),
    )?;
    println!(
        "pushpull: wrote {} page bodies and the search index to {}",
        content::pages().len(),
        target.display()
    );
    Ok(())
}
