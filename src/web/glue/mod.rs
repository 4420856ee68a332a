//! The only module that touches browser APIs (document, location, storage,
//! clipboard, downloads). Everything else stays testable natively.

mod clipboard;
mod dom;
mod dropped;
mod events;
mod fetch;
mod files;
mod folder;
mod location;
mod mount;
mod storage;
mod worker;

pub use clipboard::*;
pub use dom::*;
pub use dropped::*;
pub use events::*;
pub use fetch::*;
pub use files::*;
pub use folder::*;
pub use location::*;
pub use mount::*;
pub use storage::*;
pub use worker::*;
