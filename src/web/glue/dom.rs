//! Reading and writing elements of the page by id.

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

/// Clicks the element with `id` (lets the router handle a result link).
pub fn click_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        element.click();
    }
}

pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Replaces the content of the element `container_id` with `html`. The
/// focused control (found again by its id) keeps focus and its text
/// selection, unless `focus` names another element to focus.
pub fn replace_html_keeping_focus(container_id: &str, html: &str, focus: Option<&str>) {
    use wasm_bindgen::JsCast;
    let Some(container) = element_by_id(container_id) else {
        return;
    };
    let document = web_sys::window().and_then(|window| window.document());
    let active = document.as_ref().and_then(|d| d.active_element());
    let active_id = active
        .as_ref()
        .filter(|element| container.contains(Some(element)))
        .map(|element| element.id())
        .filter(|id| !id.is_empty());
    let selection = active
        .as_ref()
        .and_then(|element| element.dyn_ref::<web_sys::HtmlInputElement>())
        .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
    container.set_inner_html(html);
    if let Some(id) = focus.map(str::to_string).or(active_id) {
        focus_id(&id);
        if let (Some((start, end)), Some(input)) = (
            selection.filter(|_| focus.is_none()),
            element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()),
        ) {
            let _ = input.set_selection_range(start, end);
        }
    }
}

/// Shows (or, with empty text, clears) a field's error message in the
/// element `error_id` and marks the input `input_id` invalid.
pub fn set_field_error(error_id: &str, input_id: &str, message: &str) {
    set_text(error_id, message);
    if let Some(input) = element_by_id(input_id) {
        let _ = input.set_attribute(
            "aria-invalid",
            if message.is_empty() { "false" } else { "true" },
        );
    }
}

/// Sets the value of the input with `id`.
pub fn set_input_value(id: &str, value: &str) {
    use wasm_bindgen::JsCast;
    if let Some(input) =
        element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_value(value);
    }
}

/// Sets the document title and meta description.
pub fn set_page_meta(title: &str, description: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    document.set_title(title);
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// The text in the text area `id` ("" when there is none).
pub fn text_area_value(id: &str) -> String {
    use wasm_bindgen::JsCast;
    element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|area| area.value())
        .unwrap_or_default()
}

/// Empties the text area `id`.
pub fn clear_text_area(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(area) =
        element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        area.set_value("");
    }
}

/// Turns a class on `<body>` on or off (the projector view styles the
/// whole page).
/// Sets or drops a class on `<html>`.
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.class_list().toggle_with_force(class, on);
    }
}

pub fn set_body_class(class: &str, on: bool) {
    if let Some(body) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
    {
        let _ = body.class_list().toggle_with_force(class, on);
    }
}

/// Marks `id` as the one current element among those matching
/// `selector` (an attribute the projector view's CSS reads).
pub fn mark_current(selector: &str, id: Option<&str>) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Ok(all) = document.query_selector_all(selector) {
        for index in 0..all.length() {
            if let Some(element) = all
                .item(index)
                .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
            {
                let _ = element.remove_attribute("data-current");
            }
        }
    }
    if let Some(element) = id.and_then(element_by_id) {
        let _ = element.set_attribute("data-current", "");
    }
}

/// Marks the header link of the current section with `aria-current`.
pub fn mark_current_nav(path: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(links) = document.query_selector_all(".site-nav a") else {
        return;
    };
    for index in 0..links.length() {
        let Some(link) = links
            .item(index)
            .and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        else {
            continue;
        };
        let target = format!("/{}", link.get_attribute("href").unwrap_or_default());
        let section = link.get_attribute("data-section");
        let current = path == target || section.is_some_and(|prefix| path.starts_with(&prefix));
        let _ = if current {
            link.set_attribute("aria-current", "page")
        } else {
            link.remove_attribute("aria-current")
        };
    }
}

/// Sets the HTML inside the element `id` (HTML drawn by the pure core).
pub fn set_inner_html(id: &str, html: &str) {
    if let Some(element) = element_by_id(id) {
        element.set_inner_html(html);
    }
}

/// Sets the text inside the element `id` (never read as HTML).
pub fn set_text(id: &str, text: &str) {
    if let Some(element) = element_by_id(id) {
        element.set_text_content(Some(text));
    }
}

/// Sets the `class` attribute of the element `id`.
pub fn set_class(id: &str, class: &str) {
    if let Some(element) = element_by_id(id) {
        element.set_class_name(class);
    }
}
