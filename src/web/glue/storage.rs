//! The browser's localStorage, and what other tabs write to it.

fn local_storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or_else(|| "this browser does not allow saving (storage is disabled)".to_string())
}

/// Reads a saved value; `Ok(None)` when nothing is saved.
pub fn storage_get(key: &str) -> Result<Option<String>, String> {
    local_storage()?
        .get_item(key)
        .map_err(|_| "saved work could not be read".to_string())
}

/// Saves a value; fails when storage is full or disabled.
pub fn storage_set(key: &str, value: &str) -> Result<(), String> {
    local_storage()?
        .set_item(key, value)
        .map_err(|_| "this browser's storage is full or refuses to save".to_string())
}

/// Calls `on_change` with the new value (`None` when removed) whenever
/// another tab changes `key` in localStorage, or clears it, for as long as
/// the page lives.
pub fn on_storage_change(key: &'static str, on_change: impl Fn(Option<String>) + 'static) {
    // Leptos's window listener is in the app already; the page never
    // removes this one.
    let _listener = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        if event.key().is_none_or(|changed| changed == key) {
            on_change(event.new_value());
        }
    });
}

/// A random number, to tell this tab's changes from other tabs'.
pub fn random_u32() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}
