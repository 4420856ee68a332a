#![cfg(not(target_arch = "wasm32"))]
//! The build-time Markdown renderer, as the docs pages rely on it.

use pushpull::core::content::markdown::{render, slugify};

#[test]
fn headings_get_stable_ids_anchor_links_and_toc_entries() {
    let out = render(
        "## Trust runs the other way {#trust-direction}\n\n### Who holds `kubeconfig`?\n\n## Notes\n\n## Notes\n",
        "/docs/overview",
    );
    let ids: Vec<_> = out.toc.iter().map(|entry| entry.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "trust-direction",
            "who-holds-kubeconfig",
            "notes",
            "notes-2"
        ]
    );
    assert_eq!(out.toc[1].level, 3);
    assert_eq!(out.toc[1].text, "Who holds kubeconfig?");
    assert!(out.html.contains(
        "<h2 id=\"trust-direction\">Trust runs the other way<a class=\"heading-anchor\" href=\"/docs/overview#trust-direction\" aria-label=\"Link to the section Trust runs the other way\">#</a></h2>"
    ));
    assert!(out
        .html
        .contains("<h3 id=\"who-holds-kubeconfig\">Who holds <code>kubeconfig</code>?"));
}

#[test]
fn fragment_links_point_at_the_page_because_of_the_base_element() {
    let out = render("See [below](#later).\n\n## Later\n", "/docs/hybrid");
    assert!(out.html.contains("href=\"/docs/hybrid#later\""));
    assert!(!out.html.contains("href=\"#"));
}

#[test]
fn tables_scroll_in_a_labelled_region_and_never_carry_style_attributes() {
    let out = render("| a | b |\n|:--|--:|\n| 1 | 2 |\n", "/docs/x");
    assert!(out
        .html
        .starts_with("<div class=\"table-wrap\" role=\"region\""));
    assert!(out.html.contains("<table>"));
    assert!(!out.html.contains("style="));
}

#[test]
fn footnotes_link_within_the_page() {
    let out = render("Claim.[^src]\n\n[^src]: The source.\n", "/docs/sources");
    assert!(out.html.contains("href=\"/docs/sources#footnote-src\""));
    assert!(out.html.contains("id=\"footnote-src\""));
}

#[test]
fn sections_carry_plain_text_for_search() {
    let out = render(
        "Intro text.\n\n## Drift {#drift}\n\nThe *live* state differs from `git`.\n",
        "/docs/g",
    );
    assert_eq!(out.sections.len(), 2);
    assert_eq!(out.sections[0].id, "");
    assert_eq!(out.sections[0].text, "Intro text.");
    assert_eq!(out.sections[1].id, "drift");
    assert_eq!(out.sections[1].heading, "Drift");
    assert_eq!(out.sections[1].text, "The live state differs from git.");
}

#[test]
fn slugs_are_lowercase_ascii_words() {
    assert_eq!(slugify("When GitOps wins!"), "when-gitops-wins");
    assert_eq!(slugify("  Argo CD / Flux  "), "argo-cd-flux");
    assert_eq!(slugify("???"), "section");
}

#[test]
fn code_blocks_are_escaped_and_keyboard_scrollable() {
    let out = render("```yaml\nkind: <Kustomization>\n```\n", "/docs/x");
    assert_eq!(
        out.html,
        "<pre tabindex=\"0\"><code class=\"language-yaml\">kind: &lt;Kustomization&gt;\n</code></pre>\n"
    );
}

#[test]
fn every_page_says_what_its_facts_were_checked_against_and_when() {
    for page in pushpull::core::content::pages() {
        let first = page.html.lines().next().unwrap_or("");
        assert!(
            first.starts_with("<p class=\"checked-against\">Checked against ")
                && first.ends_with(".</p>"),
            "{}: {first}",
            page.slug
        );
    }
}

#[test]
fn every_diagram_is_an_inline_figure_with_a_text_alternative() {
    let mut figures = 0;
    for page in pushpull::core::content::pages() {
        assert!(
            !page.html.contains("<img"),
            "{}: diagrams are inline figures",
            page.slug
        );
        for svg in page.html.split("<svg").skip(1) {
            let svg = svg.split("</svg>").next().unwrap_or("");
            figures += 1;
            assert!(
                svg.contains(r#"role="img""#),
                "{}: a diagram without role=img",
                page.slug
            );
            assert!(
                svg.contains("<title") && svg.contains("<desc"),
                "{}: a diagram without title and desc",
                page.slug
            );
            assert!(
                !svg.contains("style="),
                "{}: the CSP forbids inline styles",
                page.slug
            );
        }
    }
    assert!(figures >= 6, "found {figures} diagrams");
}

#[test]
fn a_worked_example_renders_as_a_card_with_an_escaped_root_relative_link() {
    let out = render(
        "**Example.** One cluster.\n\n```pushpull-example\nanswers: v=2&c=1&t=8&tg=k~Shop%20%3Cprod%3E\npick: Pipeline deploy\n```\n",
        "/docs/pipeline-wins",
    );
    assert!(out.html.contains(
        "<aside class=\"worked-example worked-example--pipeline\" aria-label=\"This example in Decide\">"
    ));
    assert!(out
        .html
        .contains("<strong>Decide picks:</strong> Pipeline deploy</p>"));
    assert!(out
        .html
        .contains("href=\"/decide#v=2&amp;c=1&amp;t=8&amp;tg=k~Shop%20%3Cprod%3E\""));
    // The block is a card, not code.
    assert!(!out.html.contains("<pre"));
    assert!(!out.html.contains("answers:"));
    let based = pushpull::core::content::with_base(&out.html, "/sub");
    assert!(based.contains("href=\"/sub/decide#v=2&amp;c=1"));
}

#[test]
fn a_worked_example_pick_is_escaped_and_picks_its_pattern_class() {
    let out = render(
        "```pushpull-example\nanswers: v=2&c=12\npick: GitOps <b>\n```\n\n```pushpull-example\npick: Hybrid\nanswers: v=2&tg=k~a,s~b\n```\n",
        "/docs/x",
    );
    assert!(out.html.contains("worked-example--gitops"));
    assert!(out.html.contains("GitOps &lt;b&gt;"));
    assert!(out.html.contains("worked-example--hybrid"));
}

#[test]
fn a_malformed_worked_example_names_the_page_and_what_is_missing() {
    use pushpull::core::content::markdown::try_render;
    let error = try_render(
        "```pushpull-example\nanswers: v=2&c=1\n```\n",
        "/docs/how-to-pick",
    )
    .unwrap_err();
    assert!(error.contains("/docs/how-to-pick"), "{error}");
    assert!(error.contains("missing the `pick:` line"), "{error}");
    let error = try_render("```pushpull-example\n```\n", "/docs/hybrid").unwrap_err();
    assert!(error.contains("/docs/hybrid"), "{error}");
    let error = try_render(
        "```pushpull-example\nanswers: c=1\npick: GitOps\n```\n",
        "/docs/hybrid",
    )
    .unwrap_err();
    assert!(error.contains("share-link"), "{error}");
}

#[test]
#[should_panic(expected = "/docs/gitops-wins")]
fn render_panics_on_a_malformed_worked_example() {
    render(
        "```pushpull-example\npick: GitOps\n```\n",
        "/docs/gitops-wins",
    );
}
