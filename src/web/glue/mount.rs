//! Mounting the app into the static page, and the pre-rendered page it replaces.

use super::dom::element_by_id;

/// Mounts the app into the static page's `<main>`. A page pre-rendered at
/// build time (`#prerendered`) stays in place until the app navigates away
/// from it; anything else in `<main>` is cleared first.
pub fn mount_main<V: leptos::prelude::IntoView + 'static>(app: impl FnOnce() -> V + 'static) {
    use wasm_bindgen::JsCast;
    if let Some(main) =
        element_by_id("main").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        if element_by_id(PRERENDERED).is_none() {
            main.set_inner_html("");
        }
        leptos::mount::mount_to(main, app).forget();
    }
}

const PRERENDERED: &str = "prerendered";

/// The route (without the base) of the page pre-rendered into `<main>`.
pub fn prerendered_route() -> Option<String> {
    element_by_id(PRERENDERED)?.get_attribute("data-route")
}

/// The root element of the page pre-rendered into `<main>`.
pub fn prerendered_page() -> Option<web_sys::Element> {
    element_by_id(PRERENDERED)?.first_element_child()
}

/// Enables what the pre-rendered page disabled until the app was there
/// (`data-until-app`: its buttons and the folder picker).
pub fn enable_until_app() {
    let Some(list) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("[data-until-app]").ok())
    else {
        return;
    };
    for index in 0..list.length() {
        if let Some(element) = list
            .item(index)
            .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        {
            let _ = element.remove_attribute("disabled");
            let _ = element.remove_attribute("data-until-app");
        }
    }
}

/// Removes the pre-rendered page (the app now draws `<main>` itself).
pub fn remove_prerendered() {
    if let Some(element) = element_by_id(PRERENDERED) {
        element.remove();
    }
}

/// Mounts the search box into its place in the static header, in place of
/// the pre-rendered one, and carries over what was typed into that one and
/// its focus (on home and the guide, focusing it is what started the app).
pub fn mount_search<V: leptos::prelude::IntoView + 'static>(search: impl FnOnce() -> V + 'static) {
    use wasm_bindgen::JsCast;
    let Some(root) =
        element_by_id("site-search-root").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let typed = |id| element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let before = typed(SEARCH_INPUT);
    let query = before
        .as_ref()
        .map(|input| input.value())
        .unwrap_or_default();
    let focused = before.is_some_and(|input| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|active| &active == input.unchecked_ref::<web_sys::Element>())
    });
    root.set_inner_html("");
    leptos::mount::mount_to(root, search).forget();
    let Some(input) = typed(SEARCH_INPUT) else {
        return;
    };
    if focused {
        let _ = input.focus();
    }
    if !query.is_empty() {
        input.set_value(&query);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
            let _ = input.dispatch_event(&event);
        }
    }
}

/// The search box's input, pre-rendered and drawn by the app alike.
const SEARCH_INPUT: &str = "site-search";
