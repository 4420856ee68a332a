//! The `one-bundle` measurement build: the rules answer in the page's own
//! wasm instead of a worker, through the same messages (issue 17 compares
//! the two arrangements; see the README's "One wasm or two"). Other builds
//! never take this path, so the optimiser leaves it out of their wasm.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::set_timeout;

use crate::core::protocol::{ready, Request, Responder};
use crate::web::glue;
use crate::web::session::Session;

thread_local! {
    static RESPONDER: RefCell<Responder> = RefCell::default();
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
                let reply = RESPONDER.with(|r| r.borrow_mut().respond_to(&message, &glue::now_ms));
                if let Some(reply) = reply {
                    session.receive(&reply.encode());
                }
            },
            Duration::ZERO,
        );
    }
}
