//! Where and when the page is: the site base, its address, the URL fragment, the clock, today's date.

use crate::core::content::normalise_base;

/// The site's base path from `<base href>` (set by Trunk's public URL), e.g.
/// `/tools/pushpull`, or `""` at the root.
pub fn site_base() -> String {
    let base_uri = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default();
    normalise_base(&base_uri)
}

/// The page's clock in milliseconds (`performance.now()`).
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Today's date in the browser's time zone as `YYYY-MM-DD`.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// Where this page is served (origin and base): share links open here.
pub fn served_at() -> String {
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", site_base())
}

/// The URL fragment without its `#` (never sent to the server).
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .map(|hash| hash.trim_start_matches('#').to_string())
        .unwrap_or_default()
}
