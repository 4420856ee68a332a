//! The web worker's entry: answers each message with
//! `core::protocol::Responder`.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::protocol::{ready, Responder};

pub fn start() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let responder = RefCell::new(Responder::default());
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let request = event.data().as_string().unwrap_or_default();
            let now = || reply_scope.performance().map_or(0.0, |p| p.now());
            if let Some(reply) = responder.borrow_mut().respond_to(&request, &now) {
                let _ = reply_scope.post_message(&JsValue::from_str(&reply.encode()));
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent while the wasm was loading were dropped: say when to send.
    let _ = scope.post_message(&JsValue::from_str(&ready().encode()));
}
