//! Bench builds only (`scripts/build --bench`): the browser tests time the
//! core's work in the page through `window.wasmBindings.pushpull_bench`,
//! with a request as the app would encode it (`core::protocol::wire`).

use wasm_bindgen::prelude::wasm_bindgen;

use crate::core::protocol::{Reply, Responder};
use crate::web::glue;

/// The encoded reply to an encoded request (a `Request::Bench`).
#[wasm_bindgen]
pub fn pushpull_bench(request: &str) -> String {
    Responder::default()
        .respond_to(request, &glue::now_ms)
        .unwrap_or_else(|| Reply::Error("That request has no reply.".into()))
        .encode()
}
