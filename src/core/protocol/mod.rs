//! The messages between the app and its web worker, which runs the heavy
//! pure core (rules, recommendation panel, record writer and reader,
//! timings) so that none of it weighs on the first load.
//!
//! The worker says `Reply::Ready` with its protocol version and build id;
//! the app checks both (`status::check_ready`), then sends `Request::Hello`
//! once with the site's base, then its requests. Each request and reply
//! has one encoder and one decoder, side by side in `request` and `reply`.
//! The scanner is a second worker that speaks the same messages (`scan`).

mod reply;
mod request;
mod respond;
pub mod scan;
pub mod status;
pub mod wire;

pub use reply::{Panel, Reply};
pub use request::Request;
pub use respond::{ready, Responder};

/// Changes whenever a message's shape does.
pub const PROTOCOL_VERSION: u32 = 5;

/// Names the sources this build was compiled from (see `build.rs`), so an
/// app only works with a worker of its own build.
pub const BUILD_ID: &str = env!("PUSHPULL_BUILD_ID");
