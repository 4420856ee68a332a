//! The scanner web worker's entry: it answers each message with
//! `core::protocol::scan`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::protocol::ready;
use crate::core::protocol::scan::respond_to_scan;

/// The scanner worker.
pub fn start_scanner() {
    serve(respond_to_scan);
}

/// Answers each text message with `respond`.
fn serve(respond: impl Fn(&str) -> crate::core::protocol::Reply + 'static) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let request = event.data().as_string().unwrap_or_default();
            let reply = respond(&request);
            let _ = reply_scope.post_message(&JsValue::from_str(&reply.encode()));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent while the wasm was loading were dropped: say when to send.
    let _ = scope.post_message(&JsValue::from_str(&ready().encode()));
}
