//! The web worker's entry: answers each message with
//! `core::protocol::respond`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::protocol::{respond, READY};

pub fn start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let request = event.data().as_string().unwrap_or_default();
            let now = || reply_scope.performance().map_or(0.0, |p| p.now());
            let _ = reply_scope.post_message(&JsValue::from_str(&respond(&request, &now)));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent while the wasm was loading were dropped: say when to send.
    let _ = scope.post_message(&JsValue::from_str(READY));
}
