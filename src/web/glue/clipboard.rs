//! Copying text to the clipboard.

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
