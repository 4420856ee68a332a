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

/// Fetches a same-origin text file (a site path such as `/content/x.html`,
/// resolved under the site base).
pub async fn fetch_text(site_path: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let url = format!("{}{}", site_base(), site_path);
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| "the network request failed".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "unreadable response")?)
        .await
        .map_err(|_| "the response could not be read".to_string())?;
    text.as_string()
        .ok_or_else(|| "the response is not text".to_string())
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

fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// The questionnaire control behind a form event: an input or select (by
/// name and value), or a button with a `data-action`.
pub fn form_control(event: &web_sys::Event) -> Option<crate::core::decide::form::Control> {
    use crate::core::decide::form::Control;
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

/// Shows (or, with empty text, clears) a field's error message and marks
/// its input invalid.
pub fn set_field_error(error_id: &str, message: &str) {
    if let Some(element) = element_by_id(error_id) {
        element.set_text_content(Some(message));
    }
    let input_id = error_id.replace("-error", "-input");
    if let Some(input) = element_by_id(&input_id) {
        let _ = input.set_attribute(
            "aria-invalid",
            if message.is_empty() { "false" } else { "true" },
        );
    }
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

/// Draws the search box's state into its fixed markup.
pub fn draw_search(view: &crate::core::search_box::SearchView) {
    if let Some(input) = element_by_id("site-search") {
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
    if let Some(list) = element_by_id("site-search-results") {
        list.set_inner_html(&view.results_html);
        let _ = list.class_list().toggle_with_force("open", view.expanded);
    }
    if let Some(status) = element_by_id("site-search-status") {
        status.set_text_content(Some(&view.status));
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

/// Refreshes each question's "Answered" badge and Clear button without
/// redrawing the form (which could swallow a click in flight).
pub fn set_question_states(states: &[(&str, bool)]) {
    for (key, answered) in states {
        if let Some(state) = element_by_id(&format!("q-{key}"))
            .and_then(|question| question.query_selector(".question__state").ok().flatten())
        {
            state.set_text_content(Some(if *answered {
                "Answered"
            } else {
                "Not answered yet"
            }));
            let _ = state.class_list().toggle_with_force("answered", *answered);
        }
        if let Some(clear) = element_by_id(&format!("clear-{key}")) {
            let _ = if *answered {
                clear.remove_attribute("disabled")
            } else {
                clear.set_attribute("disabled", "")
            };
        }
    }
}

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

/// Removes the pre-rendered page (the app now draws `<main>` itself).
pub fn remove_prerendered() {
    if let Some(element) = element_by_id(PRERENDERED) {
        element.remove();
    }
}

/// Mounts the search box into its place in the static header.
pub fn mount_search<V: leptos::prelude::IntoView + 'static>(search: impl FnOnce() -> V + 'static) {
    use wasm_bindgen::JsCast;
    if let Some(root) =
        element_by_id("site-search-root").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        leptos::mount::mount_to(root, search).forget();
    }
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

/// Today's date in the browser's time zone as `YYYY-MM-DD`.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// The site's address (origin and base), for links in exported records.
pub fn site_url() -> String {
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", site_base())
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/markdown;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the file could not be made")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the file could not be made")?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no link")?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Copies `text` to the clipboard: the Clipboard API, or a hidden text
/// area and the copy command where that is refused.
pub async fn copy_text(text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    if let Some(window) = web_sys::window() {
        let promise = window.navigator().clipboard().write_text(text);
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            return Ok(());
        }
        let document = window.document().ok_or("no document")?;
        let area: web_sys::HtmlTextAreaElement = document
            .create_element("textarea")
            .map_err(|_| "no text area")?
            .unchecked_into();
        area.set_value(text);
        area.set_class_name("visually-hidden");
        let body = document.body().ok_or("no body")?;
        let _ = body.append_child(&area);
        area.select();
        let copied = document
            .dyn_ref::<web_sys::HtmlDocument>()
            .and_then(|d| d.exec_command("copy").ok())
            .unwrap_or(false);
        area.remove();
        if copied {
            return Ok(());
        }
    }
    Err("the browser did not allow copying; select the preview and copy it by hand".into())
}

/// Opens the browser's print dialog (which also saves as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
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

/// A file's name and text. Files over `max_bytes` are refused unread.
pub async fn read_file(file: &web_sys::File, max_bytes: usize) -> Result<(String, String), String> {
    let name = file.name();
    if file.size() > max_bytes as f64 {
        return Err(format!("{name} is too large to be a decision record"));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| format!("{name} could not be read"))?;
    let text = text
        .as_string()
        .ok_or_else(|| format!("{name} is not a text file"))?;
    Ok((name, text))
}

/// Starts a web worker from a same-origin script (a site path such as
/// `/x_loader.js`); `on_reply` receives each text message it sends back.
pub fn start_worker(
    site_path: &str,
    on_reply: impl FnMut(String) + 'static,
) -> Option<web_sys::Worker> {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let worker = web_sys::Worker::new(&format!("{}{}", site_base(), site_path)).ok()?;
    let mut on_reply = on_reply;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            on_reply(event.data().as_string().unwrap_or_default());
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    Some(worker)
}

/// Sends a text message to a worker.
pub fn post_to_worker(worker: &web_sys::Worker, message: &str) -> bool {
    worker
        .post_message(&wasm_bindgen::JsValue::from_str(message))
        .is_ok()
}

/// Sets the HTML inside the element `id` (HTML drawn by the pure core).
pub fn set_inner_html(id: &str, html: &str) {
    if let Some(element) = element_by_id(id) {
        element.set_inner_html(html);
    }
}

/// Sets the `class` attribute of the element `id`.
pub fn set_class(id: &str, class: &str) {
    if let Some(element) = element_by_id(id) {
        element.set_class_name(class);
    }
}

/// The URL fragment without its `#` (never sent to the server).
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

fn local_storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or_else(|| "this browser does not allow saving (storage is disabled)".to_string())
}

/// Reads a saved value; `Ok(None)` when nothing is saved.
pub fn storage_get(key: &str) -> Result<Option<String>, String> {
    local_storage()?
        .get_item(key)
        .map_err(|_| "saved work could not be read".to_string())
}

/// Saves a value; fails when storage is full or disabled.
pub fn storage_set(key: &str, value: &str) -> Result<(), String> {
    local_storage()?
        .set_item(key, value)
        .map_err(|_| "this browser's storage is full or refuses to save".to_string())
}
