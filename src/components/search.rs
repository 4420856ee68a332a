//! Search across the guide: a combobox in the header. The index is fetched
//! on first use; `/` focuses the box from anywhere.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::SiteBase;
use crate::browser;
use crate::core::content::SEARCH_INDEX_PATH;
use crate::core::search::{parse_index, search, IndexEntry};
use crate::core::views::search_results::{option_id, results};

const INPUT_ID: &str = "site-search";
const LISTBOX_ID: &str = "site-search-results";
const MAX_RESULTS: usize = 8;

#[derive(Clone)]
enum IndexState {
    NotLoaded,
    Loading,
    Ready(Arc<Vec<IndexEntry>>),
    Failed(String),
}

#[component]
pub fn SiteSearch() -> impl IntoView {
    let base = expect_context::<SiteBase>();
    let (query, set_query) = signal(String::new());
    let (active, set_active) = signal(None::<usize>);
    let (open, set_open) = signal(false);
    let index = RwSignal::new(IndexState::NotLoaded);

    let load_index = move || {
        if matches!(
            index.get_untracked(),
            IndexState::NotLoaded | IndexState::Failed(_)
        ) {
            index.set(IndexState::Loading);
            spawn_local(async move {
                let loaded = browser::fetch_text(SEARCH_INDEX_PATH)
                    .await
                    .and_then(|text| parse_index(&text));
                index.set(match loaded {
                    Ok(entries) => IndexState::Ready(Arc::new(entries)),
                    Err(error) => IndexState::Failed(error),
                });
            });
        }
    };

    let hits = Memo::new(move |_| match index.get() {
        IndexState::Ready(entries) => search(&entries, &query.get(), MAX_RESULTS),
        _ => Vec::new(),
    });

    let _slash = window_event_listener(ev::keydown, move |event| {
        if event.key() == "/" && !browser::is_typing(&event) {
            event.prevent_default();
            browser::focus_id(INPUT_ID);
        }
    });

    let on_keydown = move |event: ev::KeyboardEvent| {
        let count = hits.with(Vec::len);
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                set_open.set(true);
                set_active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                set_active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" => {
                if let Some(position) = active.get_untracked().or((count > 0).then_some(0)) {
                    event.prevent_default();
                    browser::click_id(&option_id(position));
                }
            }
            "Escape" => {
                set_query.set(String::new());
                set_open.set(false);
            }
            _ => {}
        }
    };

    let status = move || match index.get() {
        IndexState::Loading => "Loading the search index…".to_string(),
        IndexState::Failed(error) => format!("Search is unavailable: {error}"),
        _ if query.with(|q| q.trim().is_empty()) => String::new(),
        _ => match hits.with(Vec::len) {
            0 => "No matches".to_string(),
            1 => "1 match".to_string(),
            n => format!("{n} matches"),
        },
    };
    let expanded = move || open.get() && !query.with(|q| q.trim().is_empty());

    view! {
        <div class="site-search" role="search">
            <label for=INPUT_ID class="visually-hidden">"Search the guide"</label>
            <input
                id=INPUT_ID
                type="search"
                placeholder="Search the guide"
                autocomplete="off"
                spellcheck="false"
                role="combobox"
                aria-autocomplete="list"
                aria-controls=LISTBOX_ID
                aria-expanded=move || expanded().to_string()
                aria-activedescendant=move || active.get().filter(|_| expanded()).map(option_id)
                aria-keyshortcuts="/"
                prop:value=query
                on:focus=move |_| {
                    load_index();
                    set_open.set(true);
                }
                on:input=move |event| {
                    set_query.set(event_target_value(&event));
                    set_active.set(None);
                    set_open.set(true);
                }
                on:keydown=on_keydown
                on:blur=move |_| set_timeout(move || set_open.set(false), std::time::Duration::from_millis(150))
            />
            <kbd class="site-search__hint" aria-hidden="true">"/"</kbd>
            <p class="visually-hidden" role="status" aria-live="polite">{status}</p>
            <ul id=LISTBOX_ID role="listbox" aria-label="Search results" class="site-search__results" class:open=expanded
                on:click=move |_| { set_query.set(String::new()); set_open.set(false); }
                inner_html=move || {
                    let empty = if expanded() { status() } else { String::new() };
                    hits.with(|hits| results(hits, active.get(), &base.0, &empty))
                }>
            </ul>
        </div>
    }
}
