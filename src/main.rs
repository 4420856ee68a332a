//! The browser entry point: built by Trunk for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::set_timeout;
    use std::time::Duration;
    // Apart from the wasm's instantiation, the saved work is read (the
    // storage's first use) in one task and the page is drawn in the next:
    // shorter tasks block the page less than one long one.
    set_timeout(
        || {
            let session = pushpull::web::app::restore_session();
            set_timeout(
                move || pushpull::web::glue::mount_main(move || pushpull::web::app::app(session)),
                Duration::ZERO,
            );
        },
        Duration::ZERO,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pushpull-web is the browser app: build it with `trunk build` (see README.md).");
    std::process::exit(2);
}
