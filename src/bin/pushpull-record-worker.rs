//! The decision record's writer, reader and preview, in a web worker that
//! the Record page starts on demand, so none of it weighs on the first load.
//!
//! Messages are text: `write\n<site url>\n<encoded answers and details>`
//! answers `written\n<file name>\n<markdown>\u{1}<preview html>`;
//! `import\n<file text>` answers `imported\n<encoded answers and
//! details>\n<recorded choice>\n<current choice>` or `error\n<message>`.

#[cfg(target_arch = "wasm32")]
fn main() {
    pushpull::record_worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("pushpull-record-worker runs in the browser only.");
    std::process::exit(2);
}
