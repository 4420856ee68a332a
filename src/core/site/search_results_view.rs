//! The search box's result list (a listbox of links).

use std::fmt::Write;

use crate::core::content::search::Hit;
use crate::core::html::escape;

/// The id of the `position`th result, for `aria-activedescendant`.
pub fn option_id(position: usize) -> String {
    format!("site-search-result-{position}")
}

/// The options of the listbox; `empty_text` is shown when there are none.
pub fn results(hits: &[Hit], active: Option<usize>, base: &str, empty_text: &str) -> String {
    let mut out = String::new();
    for (position, hit) in hits.iter().enumerate() {
        let selected = active == Some(position);
        let heading = if hit.id.is_empty() {
            &hit.page_title
        } else {
            &hit.heading
        };
        let _ = write!(
            out,
            r#"<li role="option" aria-selected="{selected}" class="{class}"><a id="{id}" href="{base}{path}" tabindex="-1"><span class="site-search__heading">{heading}</span><span class="site-search__page">{page}</span><span class="site-search__snippet">{snippet}</span></a></li>"#,
            class = if selected { "active" } else { "" },
            id = option_id(position),
            path = hit.path(),
            heading = escape(heading),
            page = escape(&hit.page_title),
            snippet = escape(&hit.snippet),
        );
    }
    if hits.is_empty() && !empty_text.is_empty() {
        let _ = write!(
            out,
            r#"<li class="site-search__empty" role="presentation">{}</li>"#,
            escape(empty_text)
        );
    }
    out
}

/// The search box's fixed markup; the shell fills the listbox and status.
pub const SEARCH_BOX: &str = r#"<label for="site-search" class="visually-hidden">Search the guide</label><input id="site-search" type="search" placeholder="Search the guide" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-controls="site-search-results" aria-expanded="false" aria-keyshortcuts="/"><kbd class="site-search__hint" aria-hidden="true">/</kbd><p class="visually-hidden" role="status" aria-live="polite" id="site-search-status"></p><ul id="site-search-results" role="listbox" aria-label="Search results" class="site-search__results"></ul>"#;
