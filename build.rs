//! Renders `content/*.md` to HTML at compile time: no Markdown parser ships.
//!
//! The wasm build keeps only each page's metadata; the page bodies (with
//! their tables of contents) and the search text are written next to the app as static
//! files by `pushpull export-docs` (see `scripts/post-build.mjs`) and fetched
//! on demand, so the guide's size does not weigh on the first load.

#[path = "src/core/content/front_matter.rs"]
mod front_matter;
#[path = "src/core/html/text.rs"]
mod html;
// `render` (the panicking form) is for native callers; this uses `try_render`.
#[allow(dead_code)]
#[path = "src/core/content/markdown.rs"]
mod markdown;

use std::fmt::Write as _;
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/core/content/markdown.rs");
    println!("cargo:rerun-if-changed=src/core/content/front_matter.rs");
    println!("cargo:rerun-if-changed=src/core/html/text.rs");

    let mut files: Vec<_> = fs::read_dir("content")
        .expect("content/ folder")
        .map(|entry| entry.expect("content entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    files.sort();

    let mut pages = Vec::new();
    for path in &files {
        let source = fs::read_to_string(path).expect("readable page");
        let (meta, body) = front_matter::parse(&source)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let mut rendered = markdown::try_render(body, &format!("/docs/{}", meta.slug))
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        rendered.html = format!(
            "<p class=\"checked-against\">Checked against {} on {}.</p>\n{}",
            html::escape(&meta.versions),
            front_matter::long_date(&meta.checked),
            rendered.html,
        );
        pages.push((meta, rendered));
    }
    pages.sort_by_key(|(meta, _)| meta.order);

    let bodies_in_binary = env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32");
    let mut code = String::from("pub static PAGES: &[Page] = &[\n");
    for (meta, rendered) in &pages {
        writeln!(
            code,
            "Page {{ slug: {:?}, title: {:?}, order: {}, description: {:?}, html: {:?}, toc: &[",
            meta.slug,
            meta.title,
            meta.order,
            meta.description,
            if bodies_in_binary {
                rendered.html.as_str()
            } else {
                ""
            }
        )
        .unwrap();
        for entry in rendered.toc.iter().filter(|_| bodies_in_binary) {
            writeln!(
                code,
                "TocEntry {{ level: {}, id: {:?}, text: {:?} }},",
                entry.level, entry.id, entry.text
            )
            .unwrap();
        }
        code.push_str("], sections: &[");
        for section in rendered.sections.iter().filter(|_| bodies_in_binary) {
            writeln!(
                code,
                "SearchSection {{ id: {:?}, heading: {:?}, text: {:?} }},",
                section.id, section.heading, section.text
            )
            .unwrap();
        }
        code.push_str("] },\n");
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("pages.rs");
    fs::write(out, code).expect("write generated pages");

    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.lock");
    println!("cargo:rerun-if-env-changed=PUSHPULL_BUILD_ID");
    let id = env::var("PUSHPULL_BUILD_ID").unwrap_or_else(|_| build_id());
    println!("cargo:rustc-env=PUSHPULL_BUILD_ID={id}");
}

/// A hash of every source the app and the worker are compiled from: the
/// same in both halves of one build, different after any change.
fn build_id() -> String {
    fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
        for entry in fs::read_dir(dir).expect("readable source folder") {
            let path = entry.expect("source entry").path();
            if path.is_dir() {
                walk(&path, files);
            } else {
                files.push(path);
            }
        }
    }
    let mut files = vec!["Cargo.toml".into(), "Cargo.lock".into(), "build.rs".into()];
    walk(Path::new("src"), &mut files);
    walk(Path::new("content"), &mut files);
    files.sort();
    // FNV-1a: stable across Rust versions, unlike std's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for path in &files {
        let name = path.to_string_lossy();
        for byte in name.bytes().chain(fs::read(path).expect("readable source")) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
