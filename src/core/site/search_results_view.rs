//! The search box's result list (a listbox of links).

use maud::{html, Markup};

use crate::core::content::search::Hit;

/// The id of the `position`th result, for `aria-activedescendant`.
pub fn option_id(position: usize) -> String {
    format!("site-search-result-{position}")
}

/// The options of the listbox; `empty_text` is shown when there are none.
pub fn results(hits: &[Hit], active: Option<usize>, base: &str, empty_text: &str) -> Markup {
    html! {
        @for (position, hit) in hits.iter().enumerate() {
            @let selected = active == Some(position);
            li role="option" aria-selected=(selected) class=(if selected { "active" } else { "" }) {
                a id=(option_id(position)) href={ (base) (hit.path()) } tabindex="-1" {
                    span class="site-search__heading" { (if hit.id.is_empty() { &hit.page_title } else { &hit.heading }) }
                    span class="site-search__page" { (hit.page_title) }
                    span class="site-search__snippet" { (hit.snippet) }
                }
            }
        }
        @if hits.is_empty() && !empty_text.is_empty() {
            li class="site-search__empty" role="presentation" { (empty_text) }
        }
    }
}

/// The search box's fixed markup; the shell fills the listbox and status.
pub fn search_box() -> Markup {
    html! {
        label for="site-search" class="visually-hidden" { "Search the guide" }
        input id="site-search" type="search" placeholder="Search the guide" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-controls="site-search-results" aria-expanded="false" aria-keyshortcuts="/";
        kbd class="site-search__hint" aria-hidden="true" { "/" }
        p class="visually-hidden" role="status" aria-live="polite" id="site-search-status" {}
        ul id="site-search-results" role="listbox" aria-label="Search results" class="site-search__results" {}
    }
}
