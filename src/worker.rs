//! The web workers' entry: the rules worker answers each message with
//! `core::protocol::Responder`, the scanner with `core::protocol::scan`.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::protocol::scan::respond_to_scan;
use crate::core::protocol::{ready, Reply, Responder};

/// The rules worker.
pub fn start() {
    let responder = RefCell::new(Responder::default());
    serve(move |request, now| responder.borrow_mut().respond_to(request, now));
}

/// The scanner worker.
pub fn start_scanner() {
    serve(|request, _| Some(respond_to_scan(request)));
}

/// Answers each text message with `respond` (given a clock in milliseconds).
fn serve(respond: impl Fn(&str, &dyn Fn() -> f64) -> Option<Reply> + 'static) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let request = event.data().as_string().unwrap_or_default();
            let now = || reply_scope.performance().map_or(0.0, |p| p.now());
            if let Some(reply) = respond(&request, &now) {
                let _ = reply_scope.post_message(&JsValue::from_str(&reply.encode()));
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent while the wasm was loading were dropped: say when to send.
    let _ = scope.post_message(&JsValue::from_str(&ready().encode()));
}
