//! Renders `content/*.md` to HTML at compile time: no Markdown parser ships.
//!
//! The wasm build keeps only each page's metadata; the page bodies (with
//! their tables of contents) and the search text are written next to the app as static
//! files by `pushpull export-docs` (see `scripts/post-build.mjs`) and fetched
//! on demand, so the guide's size does not weigh on the first load.

#[path = "src/core/content/front_matter.rs"]
mod front_matter;
#[path = "src/core/html.rs"]
mod html;
#[path = "src/core/content/markdown.rs"]
mod markdown;

use std::fmt::Write as _;
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/core/content/markdown.rs");
    println!("cargo:rerun-if-changed=src/core/content/front_matter.rs");
    println!("cargo:rerun-if-changed=src/core/html.rs");

    let mut files: Vec<_> = fs::read_dir("content")
        .expect("content/ folder")
        .map(|entry| entry.expect("content entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    files.sort();

    let diagrams = read_diagrams(Path::new("content/diagrams"));
    let mut pages = Vec::new();
    for path in &files {
        let source = fs::read_to_string(path).expect("readable page");
        let (meta, body) = front_matter::parse(&source)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
        let mut rendered = markdown::render(body, &format!("/docs/{}", meta.slug));
        rendered.html = format!(
            "<p class=\"checked-against\">Checked against {} on {}.</p>\n{}",
            html::escape(&meta.versions),
            front_matter::long_date(&meta.checked),
            size_diagrams(&rendered.html, &diagrams, path),
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
    code.push_str(
        "/// The guide's diagrams (file name, SVG text), served under `/content/diagrams/`.\n",
    );
    code.push_str(
        "#[cfg(not(target_arch = \"wasm32\"))]\npub static DIAGRAMS: &[(&str, &str)] = &[\n",
    );
    for diagram in diagrams.iter().filter(|_| bodies_in_binary) {
        writeln!(code, "({:?}, {:?}),", diagram.name, diagram.svg).unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("pages.rs");
    fs::write(out, code).expect("write generated pages");
}

/// One SVG of `content/diagrams/`, with its drawing size from `viewBox`.
struct Diagram {
    name: String,
    svg: String,
    width: f64,
    height: f64,
}

/// Reads and checks every diagram: an accessible, self-contained SVG that
/// the strict CSP allows (no scripts, no inline `style=` attributes).
fn read_diagrams(dir: &Path) -> Vec<Diagram> {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut diagrams: Vec<Diagram> = entries
        .map(|entry| entry.expect("diagram entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "svg"))
        .map(|path| {
            let svg = fs::read_to_string(&path).expect("readable diagram");
            let fail = |why: &str| -> ! { panic!("{}: {why}", path.display()) };
            for banned in ["<script", " style=", "href=\"http", "@import"] {
                if svg.contains(banned) {
                    fail(&format!("diagrams may not contain `{banned}`"));
                }
            }
            if !svg.contains("<title") || !svg.contains("<desc") {
                fail("a diagram needs <title> and <desc> for screen readers");
            }
            let view_box = svg
                .split("viewBox=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_else(|| fail("a diagram needs a viewBox"));
            let numbers: Vec<f64> = view_box
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            let [_, _, width, height] = numbers[..] else {
                fail("viewBox needs four numbers");
            };
            Diagram {
                name: path.file_name().unwrap().to_string_lossy().into_owned(),
                svg,
                width,
                height,
            }
        })
        .collect();
    diagrams.sort_by(|a, b| a.name.cmp(&b.name));
    diagrams
}

/// Gives each diagram image its drawing size, so the page keeps its place
/// while the image loads; fails the build on an image that does not exist.
fn size_diagrams(html: &str, diagrams: &[Diagram], page: &Path) -> String {
    const PREFIX: &str = "<img src=\"/content/diagrams/";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(PREFIX) {
        out.push_str(&rest[..at]);
        let after = &rest[at + PREFIX.len()..];
        let name = after.split('"').next().unwrap_or("");
        let diagram = diagrams
            .iter()
            .find(|d| d.name == name)
            .unwrap_or_else(|| panic!("{}: no diagram content/diagrams/{name}", page.display()));
        write!(
            out,
            "<img width=\"{}\" height=\"{}\" loading=\"lazy\" src=\"/content/diagrams/",
            diagram.width.round(),
            diagram.height.round()
        )
        .unwrap();
        rest = after;
    }
    out.push_str(rest);
    if let Some(bad) = ["<img src=\"http", "<img src=\"//"]
        .iter()
        .find(|p| out.contains(**p))
    {
        panic!(
            "{}: images must be local diagrams, found `{bad}`",
            page.display()
        );
    }
    out
}
