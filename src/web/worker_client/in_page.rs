//! The `one-bundle` measurement build: the rules answer in the page's own
//! wasm instead of a worker, through the same messages (issue 17 compares
//! the two arrangements; see the README's "One wasm or two").

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::set_timeout;

use crate::core::protocol::{ready, Request, Responder};
use crate::web::session::Session;

thread_local! {
    static RESPONDER: RefCell<Responder> = RefCell::default();
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

impl Session {
    /// Says the rules are ready, in a task of its own as a worker would.
    pub(super) fn start_in_page(&self) {
        let session = *self;
        set_timeout(move || session.receive(&ready().encode()), Duration::ZERO);
    }

    pub(super) fn post_in_page(&self, request: &Request) {
        let message = request.encode();
        let session = *self;
        set_timeout(
            move || {
                let reply = RESPONDER.with(|r| r.borrow_mut().respond_to(&message, &now));
                if let Some(reply) = reply {
                    session.receive(&reply.encode());
                }
            },
            Duration::ZERO,
        );
    }
}
