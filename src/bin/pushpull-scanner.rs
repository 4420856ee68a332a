//! The web worker that scans a folder the user picked on Decide: started
//! only then, so the YAML parser and the scanner stay out of every page's
//! first load. Its messages are in `core::protocol::scan`.

#[cfg(target_arch = "wasm32")]
fn main() {
    pushpull::worker::start_scanner();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pushpull-scanner runs in the browser only.");
    std::process::exit(2);
}
