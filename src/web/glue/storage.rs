//! The browser's localStorage.

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
