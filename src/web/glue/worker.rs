//! Starting the web worker and sending it messages.

use super::location::site_base;

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
