//! What a DOM event landed on: a form control, an action button, a file.

/// Whether a key event happened while the user was typing into a field, so
/// single-key shortcuts must leave it alone.
pub fn is_typing(event: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || element.is_content_editable()
        })
}

/// The questionnaire control behind a form event: an input or select (by
/// name and value), or a button with a `data-action`.
pub fn form_control(event: &web_sys::Event) -> Option<crate::core::questionnaire::form::Control> {
    use crate::core::questionnaire::form::Control;
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(Control {
            name: input.name(),
            value: input.value(),
            checked: input.checked(),
            data: target.get_attribute("data-index").unwrap_or_default(),
            ..Control::default()
        });
    }
    if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return Some(Control {
            name: area.name(),
            value: area.value(),
            data: target.get_attribute("data-question").unwrap_or_default(),
            ..Control::default()
        });
    }
    if let Some(select) = target.dyn_ref::<web_sys::HtmlSelectElement>() {
        return Some(Control {
            name: select.name(),
            value: select.value(),
            data: target.get_attribute("data-index").unwrap_or_default(),
            ..Control::default()
        });
    }
    let button = target.closest("button[data-action]").ok()??;
    let data = ["data-kind", "data-question", "data-index"]
        .iter()
        .find_map(|name| button.get_attribute(name))
        .unwrap_or_default();
    Some(Control {
        action: button.get_attribute("data-action").unwrap_or_default(),
        data,
        ..Control::default()
    })
}

/// The `data-action` of the button a click landed on, if any.
pub fn clicked_action(event: &web_sys::MouseEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    target
        .closest("[data-action]")
        .ok()??
        .get_attribute("data-action")
}

/// Whether a click landed on the skip link (whose `#main` the `<base>`
/// element would otherwise resolve to the home page).
pub fn clicked_skip_link(event: &web_sys::MouseEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest(".skip-link").ok().flatten())
        .is_some()
}

/// The first file chosen in a file input or dropped on an element.
pub fn event_file(event: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    if let Some(drag) = event.dyn_ref::<web_sys::DragEvent>() {
        return drag.data_transfer()?.files()?.get(0);
    }
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}
