//! The web worker that runs the heavy pure core for the app: rule
//! evaluation and the recommendation panel, and the decision record's
//! writer, reader and preview. Its messages are in `core::protocol`.

#[cfg(target_arch = "wasm32")]
fn main() {
    pushpull::worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pushpull-worker runs in the browser only.");
    std::process::exit(2);
}
