//! What a DOM event landed on: a form control, an action button, a file.
//! The only place that reads `data-action` and `data-arg` from the page.

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

/// The control whose change `event` (of kind `kind`) carries: an input,
/// select or text area, by name, value and `data-arg`. `None` when the
/// event does not carry a change (see `core::ui::events`), so that one
/// user change is handled once.
pub fn changed_control(
    event: &web_sys::Event,
    kind: crate::core::ui::events::FormEvent,
) -> Option<crate::core::questionnaire::form::Control> {
    use crate::core::questionnaire::form::Control;
    use crate::core::ui::events::{carries_change, ControlKind};
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let input_type = target.get_attribute("type").unwrap_or_default();
    if !carries_change(kind, ControlKind::of(&target.tag_name(), &input_type)) {
        return None;
    }
    let arg = target.get_attribute("data-arg").unwrap_or_default();
    let (name, value, checked) = if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>()
    {
        (input.name(), input.value(), input.checked())
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        (area.name(), area.value(), false)
    } else {
        let select = target.dyn_ref::<web_sys::HtmlSelectElement>()?;
        (select.name(), select.value(), false)
    };
    Some(Control {
        name,
        value,
        checked,
        arg,
    })
}

/// The action of the button (or other element with a `data-action`) a
/// click landed on, read from its attributes alone.
pub fn clicked_action(event: &web_sys::MouseEvent) -> Option<crate::core::ui::Action> {
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let element = target.closest("[data-action]").ok()??;
    crate::core::ui::Action::decode(
        &element.get_attribute("data-action")?,
        element.get_attribute("data-arg").as_deref(),
    )
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
