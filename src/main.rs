//! The browser entry point: built by Trunk for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Mounting in a task of its own keeps it apart from the wasm's
    // instantiation: two shorter tasks block the page less than one long one.
    leptos::prelude::set_timeout(
        || pushpull::web::glue::mount_main(pushpull::web::app::App),
        std::time::Duration::ZERO,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pushpull-web is the browser app: build it with `trunk build` (see README.md).");
    std::process::exit(2);
}
