//! What the app asks of the pure core (rules, recommendation panel, record
//! writer and reader, the repository scan, timings) and its answers. The
//! `Responder` answers in the page, one task per request; the scanner is a
//! web worker, started when a folder is picked, so the messages also cross
//! to it as text.
//!
//! The scanner says `Reply::Ready` with its protocol version and build id;
//! the app checks both (`same_build`) before it sends the files. Each
//! request and reply has one encoder and one decoder, side by side in
//! `request` and `reply`.

mod reply;
mod request;
mod respond;
pub mod scan;
pub mod wire;

pub use reply::{Panel, Reply};
pub use request::Request;
pub use respond::{ready, Responder};

/// Changes whenever a message's shape does.
pub const PROTOCOL_VERSION: u32 = 5;

/// Names the sources this build was compiled from (see `build.rs`), so an
/// app only works with a worker of its own build.
pub const BUILD_ID: &str = env!("PUSHPULL_BUILD_ID");

/// Whether a worker's `Ready` comes from this app's build: a page open
/// during a deploy may find the scanner of another one.
pub fn same_build(version: u32, build: &str) -> bool {
    version == PROTOCOL_VERSION && build == BUILD_ID
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_worker_of_the_same_build_is_accepted() {
        assert!(same_build(PROTOCOL_VERSION, BUILD_ID));
        assert!(!same_build(PROTOCOL_VERSION + 1, BUILD_ID));
        assert!(!same_build(PROTOCOL_VERSION, "another"));
    }
}
