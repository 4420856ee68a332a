//! `pushpull export-pages FILE BASE`: the first view of every static page
//! (home, the guide's contents and each guide page) as HTML for `<main>`,
//! with its title and description, so the build can write pages that
//! paint and read without any wasm. `BASE` is the site base (`""` or
//! `/sub`), as the app's links use it.

use std::path::Path;

use serde::Serialize;

use maud::{html, PreEscaped};

use super::Failure;
use crate::core::content;
use crate::core::engine::{evaluate, Answers};
use crate::core::html::TrustedHtml;
use crate::core::questionnaire::form_view::render_form;
use crate::core::questionnaire::page_view::decide_page;
use crate::core::record::details::RecordDetails;
use crate::core::record::form_view::record_form;
use crate::core::record::page_view::record_root;
use crate::core::site::docs_view::{doc_page, docs_index, table_of_contents, Body, TOC_MARKER};
use crate::core::site::home_view::home;
use crate::core::site::page_meta;
use crate::core::site::search_results_view::search_box;

/// One pre-rendered page.
#[derive(Serialize)]
struct Prerendered {
    /// The route without the base: `""`, `"/docs"`, `"/docs/overview"`.
    route: String,
    title: String,
    description: &'static str,
    /// What the app puts in `<main>` for this route.
    main: String,
}

/// What the build puts into its static pages.
#[derive(Serialize)]
struct Export<'a> {
    /// The header's search box, as the app draws it: every page has it
    /// before any wasm arrives, and on home and the guide focusing it is
    /// what starts the app.
    search_box: String,
    pages: &'a [Prerendered],
}

fn page(route: String, main: String) -> Prerendered {
    let (title, description) = page_meta::for_path(&route);
    Prerendered {
        route,
        title,
        description,
        main,
    }
}

/// The page's buttons and its folder picker disabled, and marked, until
/// the app attaches and enables them: a click before then would do nothing.
/// Typed and ticked answers need no app, and are kept. A control that is
/// disabled already (an unanswered question's "Clear answer") is left
/// unmarked, so the app does not enable it.
fn until_app(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find('>').map_or(rest.len(), |end| end + 1);
        let tag = &rest[..end];
        let waits = tag.starts_with("<button ") || tag.starts_with(r#"<input type="file""#);
        if waits && !has_attribute(tag, "disabled") {
            out.push_str(&tag.replacen(' ', " disabled data-until-app ", 1));
        } else {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Whether a start tag has the attribute, looking only outside its quoted
/// values (the markup is the core's own, so every value is quoted).
fn has_attribute(tag: &str, name: &str) -> bool {
    tag.trim_end_matches('>')
        .split('"')
        .step_by(2)
        .flat_map(|outside| outside.split_ascii_whitespace())
        .any(|token| {
            token == name
                || token
                    .strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with('='))
        })
}

pub fn export(file: &Path, base: &str) -> Result<String, Failure> {
    let base = base.trim_end_matches('/');
    let mut pages = vec![
        page(
            String::new(),
            html! { div class="page-home" { (home(base)) } }.into_string(),
        ),
        page(
            "/docs".into(),
            html! { div { (docs_index(base)) } }.into_string(),
        ),
        // The whole questionnaire, empty: the app attaches to it.
        page(
            "/decide".into(),
            until_app(
                &decide_page(
                    base,
                    render_form(&Answers::default(), &RecordDetails::default(), base),
                )
                .into_string(),
            ),
        ),
        // The details form for no answers yet, as the app first draws it.
        page(
            "/record".into(),
            until_app(
                &record_root(PreEscaped(record_form(
                    &RecordDetails::default(),
                    &evaluate(&Answers::default()),
                    base,
                )))
                .into_string(),
            ),
        ),
    ];
    for doc in content::pages() {
        let body = Body::Loaded(TrustedHtml::from_guide(format!(
            "{}{TOC_MARKER}{}",
            doc.html,
            table_of_contents(doc).into_string()
        )));
        pages.push(page(
            format!("/docs/{}", doc.slug),
            html! { div { (doc_page(doc, &body, base)) } }.into_string(),
        ));
    }
    let export = Export {
        search_box: search_box().into_string(),
        pages: &pages,
    };
    let json = serde_json::to_string(&export)
        .map_err(|e| Failure::failed(format!("pre-rendered pages: {e}")))?;
    std::fs::write(file, json).map_err(|e| Failure::failed(format!("{}: {e}", file.display())))?;
    Ok(format!(
        "pushpull: wrote {} pre-rendered pages to {}\n",
        pages.len(),
        file.display()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buttons_and_the_folder_picker_wait_for_the_app() {
        let html = decide_page(
            "",
            render_form(&Answers::default(), &RecordDetails::default(), ""),
        )
        .into_string();
        let waiting = until_app(&html);
        let buttons = html.matches("<button ").count();
        let disabled_already = html.matches(r#"id="clear-"#).count();
        assert!(buttons > 5 && disabled_already > 5);
        assert_eq!(
            waiting.matches("<button disabled data-until-app ").count(),
            buttons - disabled_already
        );
        assert!(waiting.contains(r#"<input disabled data-until-app type="file""#));
        assert_eq!(
            waiting.matches("data-until-app").count(),
            buttons - disabled_already + 1
        );
        // Nothing else changes.
        assert_eq!(waiting.replace("disabled data-until-app ", ""), html);
    }

    #[test]
    fn a_control_disabled_already_stays_unmarked() {
        let html = r#"<p title="a > b disabled">x</p><button type="button" id="clear-q" disabled>Clear</button><button type="button" title="not disabled">Go</button>"#;
        assert_eq!(
            until_app(html),
            r#"<p title="a > b disabled">x</p><button type="button" id="clear-q" disabled>Clear</button><button disabled data-until-app type="button" title="not disabled">Go</button>"#
        );
        assert!(has_attribute(r#"<button disabled="">"#, "disabled"));
        assert!(!has_attribute(r#"<button data-disabled>"#, "disabled"));
    }
}
