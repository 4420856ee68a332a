//! Same-origin text files (page bodies, the search index).

use super::location::site_base;

/// Fetches a same-origin text file (a site path such as `/content/x.html`,
/// resolved under the site base).
pub async fn fetch_text(site_path: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let url = format!("{}{}", site_base(), site_path);
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| "the network request failed".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "unreadable response")?)
        .await
        .map_err(|_| "the response could not be read".to_string())?;
    text.as_string()
        .ok_or_else(|| "the response is not text".to_string())
}
