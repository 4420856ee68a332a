//! Every point of the source article is covered by a section of the guide:
//! `tests/source_coverage.tsv` maps each point to the anchor that covers it,
//! and this test fails when an anchor disappears.
#![cfg(not(target_arch = "wasm32"))]

use pushpull::core::content;

struct Row {
    section: String,
    point: String,
    anchor: String,
}

fn rows() -> Vec<Row> {
    let text = include_str!("source_coverage.tsv");
    text.lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "malformed row: {line}");
            Row {
                section: fields[0].to_string(),
                point: fields[1].to_string(),
                anchor: fields[2].to_string(),
            }
        })
        .collect()
}

/// Whether `/docs/slug#id` names an existing page and heading.
fn anchor_exists(anchor: &str) -> bool {
    let Some(rest) = anchor.strip_prefix("/docs/") else {
        return false;
    };
    let (slug, id) = rest.split_once('#').unwrap_or((rest, ""));
    content::page(slug)
        .is_some_and(|page| id.is_empty() || page.toc.iter().any(|entry| entry.id == id))
}

#[test]
fn every_mapped_anchor_exists_in_the_guide() {
    let rows = rows();
    assert!(rows.len() >= 24, "20 points and 4 pick rules at least");
    let missing: Vec<_> = rows
        .iter()
        .filter(|row| !anchor_exists(&row.anchor))
        .map(|row| format!("{} / {} → {}", row.section, row.point, row.anchor))
        .collect();
    assert!(
        missing.is_empty(),
        "anchors that no longer exist:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_point_of_the_source_article_is_mapped() {
    // CI and developers have the brief beside the repository; the mapping
    // must name each of its bold bullet leads.
    let Ok(article) = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/brief/source-article.md"
    )) else {
        eprintln!("source article not found beside the repository; checked the mapping only");
        return;
    };
    let rows = rows();
    let mut points = 0;
    for line in article.lines() {
        let Some(lead) = line
            .strip_prefix("- **")
            .and_then(|rest| rest.split_once("**"))
        else {
            continue;
        };
        let point = lead.0.trim_end_matches('.');
        points += 1;
        assert!(
            rows.iter().any(|row| row.point == point),
            "source point `{point}` has no row in tests/source_coverage.tsv"
        );
    }
    assert_eq!(points, 20, "the source article has 20 points");
}

#[test]
fn every_rule_obligation_and_warning_links_to_an_existing_section() {
    use pushpull::core::engine::{anchors, rules::RULES};
    let mut links: Vec<&str> = anchors::ALL.to_vec();
    links.extend(RULES.iter().map(|rule| rule.source_anchor));
    let broken: Vec<_> = links
        .into_iter()
        .filter(|link| !anchor_exists(link))
        .collect();
    assert!(
        broken.is_empty(),
        "links into the guide that lead nowhere: {broken:?}"
    );
}

#[test]
fn every_question_links_to_an_existing_section() {
    use pushpull::core::engine::QuestionId;
    for &question in QuestionId::all() {
        assert!(
            anchor_exists(question.docs_anchor()),
            "{question:?} → {}",
            question.docs_anchor()
        );
    }
}
