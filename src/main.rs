//! The browser entry point: built by Trunk for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    pushpull::browser::mount_main(pushpull::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pushpull-web is the browser app: build it with `trunk build` (see README.md).");
    std::process::exit(2);
}
