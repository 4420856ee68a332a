//! The only module that touches browser APIs (document, location, storage,
//! clipboard, downloads). Everything else stays testable natively.

use crate::core::content::normalise_base;

/// The site's base path from `<base href>` (set by Trunk's public URL), e.g.
/// `/tools/pushpull`, or `""` at the root.
pub fn site_base() -> String {
    let base_uri = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default();
    normalise_base(&base_uri)
}

/// Scrolls the element with `id` into view, if the page has one.
pub fn scroll_to_id(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
    {
        element.scroll_into_view();
    }
}

/// Moves keyboard focus to the element with `id` (e.g. the search box).
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
