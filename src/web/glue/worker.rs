//! Starting the web worker, sending it messages, and finding out why it
//! failed.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::location::site_base;

/// The scanner's Trunk binary: post-build names its hashed loader in
/// `<meta name="pushpull-scanner">`.
const SCANNER: &str = "pushpull-scanner";

/// The site path of the scanner's loader of this page's build, or, in
/// builds without post-processing, the name Trunk gives it.
pub fn scanner_path() -> String {
    let named = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| {
            document
                .query_selector(&format!(r#"meta[name="{SCANNER}"]"#))
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"));
    match named {
        Some(file) => format!("/{file}"),
        None => format!("/{SCANNER}_loader.js"),
    }
}

/// Starts a web worker from a same-origin script (a site path such as
/// `/x_loader.js`); `on_reply` receives each text message it sends back,
/// `on_failure` hears when it fails to load, throws, or sends something
/// unreadable.
pub fn start_worker(
    site_path: &str,
    on_reply: impl FnMut(String) + 'static,
    on_failure: impl Fn() + 'static,
) -> Option<web_sys::Worker> {
    let worker = web_sys::Worker::new(&format!("{}{site_path}", site_base())).ok()?;
    let mut on_reply = on_reply;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            on_reply(event.data().as_string().unwrap_or_default());
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        // The page says what happened; the console need not repeat it.
        event.prevent_default();
        on_failure();
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    worker.set_onmessageerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    Some(worker)
}

/// Sends a text message to a worker.
pub fn post_to_worker(worker: &web_sys::Worker, message: &str) -> bool {
    worker.post_message(&JsValue::from_str(message)).is_ok()
}

pub fn stop_worker(worker: &web_sys::Worker) {
    worker.terminate();
}
