//! Search across the guide: a combobox in the header. Its behaviour is
//! `core::site::search_box`; this component feeds it events and draws its view.
//! The index is fetched on first focus; `/` focuses the box from anywhere.

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::content::search::parse_index;
use crate::core::content::SEARCH_INDEX_PATH;
use crate::core::site::search_box::SearchBox;
use crate::core::site::search_results_view::search_box;
use crate::web::app::SiteBase;
use crate::web::glue;

const INPUT_ID: &str = "site-search";

#[component]
pub fn SiteSearch() -> impl IntoView {
    let base = StoredValue::new(expect_context::<SiteBase>().0);
    let state = StoredValue::new(SearchBox::default());
    let draw = move || state.with_value(|s| base.with_value(|base| draw_search(&s.view(base))));

    let load_index = move || {
        spawn_local(async move {
            let loaded = glue::fetch_text(SEARCH_INDEX_PATH)
                .await
                .and_then(|text| parse_index(&text));
            state.update_value(|s| s.index_loaded(loaded));
            draw();
        });
    };

    let _slash = window_event_listener(ev::keydown, move |event| {
        if event.key() == "/" && !glue::is_typing(&event) {
            event.prevent_default();
            glue::focus_id(INPUT_ID);
        }
    });

    let on_focus = move |_| {
        if state.try_update_value(|s| s.focus()).unwrap_or(false) {
            load_index();
        }
        draw();
    };
    let on_input = move |event: ev::Event| {
        let query = event_target_value(&event);
        state.update_value(|s| s.set_query(&query));
        draw();
    };
    let on_keydown = move |event: ev::KeyboardEvent| {
        let outcome = state
            .try_update_value(|s| s.on_key(&event.key()))
            .unwrap_or_default();
        if outcome.prevent_default {
            event.prevent_default();
        }
        if outcome.cleared {
            glue::set_input_value(INPUT_ID, "");
        }
        draw();
        if let Some(id) = outcome.follow {
            glue::click_id(&id);
        }
    };
    let on_click = move |_| {
        // A result link was followed (the router handles the navigation).
        state.update_value(SearchBox::reset);
        glue::set_input_value(INPUT_ID, "");
        draw();
    };
    let on_blur = move |_| {
        // Late, so a click on a result lands before the list closes.
        set_timeout(
            move || {
                state.update_value(SearchBox::blur);
                draw();
            },
            std::time::Duration::from_millis(150),
        );
    };

    view! {
        <div class="site-search" role="search" inner_html=search_box().into_string()
            on:focusin=on_focus on:input=on_input on:keydown=on_keydown on:click=on_click on:focusout=on_blur></div>
    }
}

/// Draws the search box's state into its fixed markup.
fn draw_search(view: &crate::core::site::search_box::SearchView) {
    if let Some(input) = glue::element_by_id("site-search") {
        let _ = input.set_attribute(
            "aria-expanded",
            if view.expanded { "true" } else { "false" },
        );
        match &view.active_id {
            Some(id) => input
                .set_attribute("aria-activedescendant", id)
                .unwrap_or(()),
            None => input
                .remove_attribute("aria-activedescendant")
                .unwrap_or(()),
        }
    }
    if let Some(list) = glue::element_by_id("site-search-results") {
        list.set_inner_html(&view.results_html);
        let _ = list.class_list().toggle_with_force("open", view.expanded);
    }
    if let Some(status) = glue::element_by_id("site-search-status") {
        status.set_text_content(Some(&view.status));
    }
}
