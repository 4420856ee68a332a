//! The guide's worked examples are tests of the engine: each example is
//! followed by a `pushpull-example` block holding its answers (share-link
//! codec text) and the pick the prose states. Every block must decode, the
//! engine must give that pick, and the page must render the block as a card
//! that links to those answers in Decide.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use pushpull::core::codec;
use pushpull::core::content::{self, front_matter, markdown};
use pushpull::core::engine::evaluate;

/// One block as found in `content/`.
struct Block {
    file: String,
    slug: String,
    /// 1-based line of the opening fence.
    line: usize,
    body: String,
}

impl Block {
    fn at(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

fn blocks() -> Vec<Block> {
    let mut files: Vec<_> = fs::read_dir("content")
        .expect("content/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).expect("page");
        let (meta, _) = front_matter::parse(&text)
            .unwrap_or_else(|e| panic!("{}: front matter: {e}", path.display()));
        let mut open: Option<(usize, String)> = None;
        for (number, line) in text.lines().enumerate() {
            match open.as_mut() {
                None => {
                    let info = line.trim_start().strip_prefix("```").map(str::trim);
                    if info == Some(markdown::EXAMPLE_LANGUAGE) {
                        open = Some((number + 1, String::new()));
                    }
                }
                Some((start, body)) => {
                    if line.trim_start().starts_with("```") {
                        found.push(Block {
                            file: path.display().to_string(),
                            slug: meta.slug.clone(),
                            line: *start,
                            body: std::mem::take(body),
                        });
                        open = None;
                    } else {
                        body.push_str(line);
                        body.push('\n');
                    }
                }
            }
        }
        assert!(
            open.is_none(),
            "{}: a `{}` block is never closed",
            path.display(),
            markdown::EXAMPLE_LANGUAGE
        );
    }
    found
}

#[test]
fn every_worked_example_gets_the_pick_its_prose_states() {
    let blocks = blocks();
    assert!(
        blocks.len() >= 9,
        "expected at least 9 worked examples in content/, found {}",
        blocks.len()
    );
    let mut wrong = Vec::new();
    for block in &blocks {
        let example = markdown::parse_example(&block.body)
            .unwrap_or_else(|e| panic!("{}: malformed worked example: {e}", block.at()));
        let (answers, details) = codec::decode(&example.answers).unwrap_or_else(|e| {
            panic!(
                "{}: `answers: {}` does not decode: {e}",
                block.at(),
                example.answers
            )
        });
        assert!(
            details.is_none(),
            "{}: a worked example carries answers only, not record details",
            block.at()
        );
        assert!(
            example.answers.starts_with("v=2&") || example.answers == "v=2",
            "{}: write worked examples in the current codec (v=2)",
            block.at()
        );
        answers
            .validate()
            .unwrap_or_else(|e| panic!("{}: invalid answers: {e}", block.at()));
        let headline = evaluate(&answers).headline();
        if headline != example.pick {
            wrong.push(format!(
                "{}: the prose says `{}`, the engine picks `{headline}` for {}",
                block.at(),
                example.pick,
                example.answers
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "worked examples that disagree with the engine:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_worked_example_renders_as_a_card_linking_to_its_answers() {
    for block in blocks() {
        let example = markdown::parse_example(&block.body)
            .unwrap_or_else(|e| panic!("{}: malformed worked example: {e}", block.at()));
        let page = content::page(&block.slug)
            .unwrap_or_else(|| panic!("{}: no page with slug {}", block.at(), block.slug));
        let card = example.card_html();
        assert!(
            page.html.contains(&card),
            "{}: the rendered page lacks the card {card}",
            block.at()
        );
        let link = format!("href=\"/decide#{}\"", example.answers.replace('&', "&amp;"));
        assert!(card.contains(&link), "{}: card link {card}", block.at());
        assert!(
            card.contains(&format!("<strong>Decide picks:</strong> {}", example.pick)),
            "{}: card pick {card}",
            block.at()
        );
        // The site base is prefixed like every other root-relative link.
        let based = content::with_base(&card, "/tools/pushpull");
        assert!(
            based.contains("href=\"/tools/pushpull/decide#"),
            "{}: {based}",
            block.at()
        );
    }
}

#[test]
fn the_named_examples_all_carry_a_block() {
    // The examples the guide is known for; each must be followed by a block
    // before the next heading.
    let expected = [
        (
            "content/pipeline-wins.md",
            "**Example: a one-cluster startup.**",
        ),
        (
            "content/gitops-wins.md",
            "**Example: a 40-cluster platform.**",
        ),
        (
            "content/gitops-wins.md",
            "**Example: a PCI-regulated payments team.**",
        ),
        ("content/hybrid.md", "### Example: Lambda plus EKS estate"),
        (
            "content/how-to-pick.md",
            "### One cluster, strict recovery targets",
        ),
        (
            "content/how-to-pick.md",
            "### A fleet with heavy migrations",
        ),
        ("content/how-to-pick.md", "### Regulated, but serverless"),
        (
            "content/how-to-pick.md",
            "### Small team, many small clusters",
        ),
        // The sample decision record ends with this line.
        ("content/how-to-pick.md", "Revisit if the fleet shrinks"),
    ];
    for (file, marker) in expected {
        let text = fs::read_to_string(file).expect("page");
        let start = text
            .find(marker)
            .unwrap_or_else(|| panic!("{file}: `{marker}` not found"));
        let rest = &text[start + marker.len()..];
        let fence = format!("```{}", markdown::EXAMPLE_LANGUAGE);
        let block_at = rest
            .find(&fence)
            .unwrap_or_else(|| panic!("{file}: no worked-example block after `{marker}`"));
        let next_heading = rest.find("\n## ").unwrap_or(rest.len());
        let next_heading = if marker.starts_with("###") {
            rest.find("\n### ").unwrap_or(rest.len()).min(next_heading)
        } else {
            next_heading
        };
        assert!(
            block_at < next_heading,
            "{file}: the block after `{marker}` belongs to a later section"
        );
    }
}

#[test]
fn a_malformed_block_fails_the_render_naming_the_page() {
    let missing_pick = "Intro.\n\n```pushpull-example\nanswers: v=2&c=1\n```\n";
    let error = markdown::try_render(missing_pick, "/docs/pipeline-wins").unwrap_err();
    assert!(error.contains("/docs/pipeline-wins"), "{error}");
    assert!(error.contains("pick:"), "{error}");

    let missing_answers = "```pushpull-example\npick: GitOps\n```\n";
    let error = markdown::try_render(missing_answers, "/docs/gitops-wins").unwrap_err();
    assert!(error.contains("/docs/gitops-wins"), "{error}");
    assert!(error.contains("answers:"), "{error}");

    let stray = "```pushpull-example\nanswers: v=2&c=1\npick: GitOps\nnote: x\n```\n";
    assert!(markdown::try_render(stray, "/docs/x").is_err());
}
