//! Record importer: any text (a Markdown file dropped on the Record page)
//! imports or errors without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pushpull::core::record::import::import;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(imported) = import(text) {
        let _ = imported.drifted();
    }
});
