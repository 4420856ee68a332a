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
    use crate::core::ui::events::{carries_change, ControlKind};
    use wasm_bindgen::JsCast;
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let input_type = target.get_attribute("type").unwrap_or_default();
    if !carries_change(kind, ControlKind::of(&target.tag_name(), &input_type)) {
        return None;
    }
    control_of(&target)
}

/// A form control's name, value, checked state and `data-arg`.
fn control_of(target: &web_sys::Element) -> Option<crate::core::questionnaire::form::Control> {
    use crate::core::questionnaire::form::Control;
    use wasm_bindgen::JsCast;
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

/// The controls of the form with this id that differ from how the page
/// drew them (typed into or clicked before the app started), as changes
/// in document order. Radio buttons count only when newly checked.
pub fn early_controls(form_id: &str) -> Vec<crate::core::questionnaire::form::Control> {
    use wasm_bindgen::JsCast;
    let Some(list) = super::dom::element_by_id(form_id)
        .and_then(|form| form.query_selector_all("input, select, textarea").ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|index| list.item(index)?.dyn_into::<web_sys::Element>().ok())
        .filter(|element| {
            if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                match input.type_().as_str() {
                    "radio" => input.checked() && !input.default_checked(),
                    "checkbox" => input.checked() != input.default_checked(),
                    "file" | "button" | "submit" | "reset" => false,
                    _ => input.value() != input.default_value(),
                }
            } else if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                area.default_value()
                    .is_ok_and(|drawn| drawn != area.value())
            } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
                // The option drawn selected, else the first.
                let option = |selector| select.query_selector(selector).ok().flatten();
                let drawn = option("option[selected]")
                    .or_else(|| option("option"))
                    .and_then(|o| o.get_attribute("value"));
                drawn.is_some_and(|drawn| drawn != select.value())
            } else {
                false
            }
        })
        .filter_map(|element| control_of(&element))
        .collect()
}

/// Listens for `name` events on an element that lives as long as the page
/// (the pre-rendered page's root), handing each on as the event type `E`.
pub fn listen<E: wasm_bindgen::JsCast + 'static>(
    element: &web_sys::Element,
    name: &str,
    mut handler: impl FnMut(E) + 'static,
) {
    use wasm_bindgen::prelude::Closure;
    use wasm_bindgen::JsCast;
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        handler(event.unchecked_into());
    });
    let _ = element.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
    listener.forget();
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

/// The first file chosen in a file input or dropped on an element.
pub fn event_file(event: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    if let Some(drag) = event.dyn_ref::<web_sys::DragEvent>() {
        return drag.data_transfer()?.files()?.get(0);
    }
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}
