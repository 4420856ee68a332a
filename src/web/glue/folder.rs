//! Reading a picked folder (`<input type=file webkitdirectory>`) for the
//! repository scan. Everything stays in this browser: the files' text goes
//! to the worker, never to the network.

use crate::core::scan::picked::{in_skipped_dir, inside_folder, too_large, MAX_FILE_BYTES};

/// What was read from a folder, and what was not.
#[derive(Debug, Default)]
pub struct PickedFolder {
    /// Path inside the folder, text.
    pub files: Vec<(String, String)>,
    /// Files not read (too large, or not readable as text): path, why.
    pub not_read: Vec<(String, String)>,
}

/// The path the browser gives a picked file (`webkitRelativePath`, which
/// web-sys does not expose), inside the picked folder.
fn picked_path(file: &web_sys::File) -> String {
    let relative =
        js_sys::Reflect::get(file, &wasm_bindgen::JsValue::from_str("webkitRelativePath"))
            .ok()
            .and_then(|v| v.as_string())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| file.name());
    inside_folder(&relative).to_string()
}

/// The files of the folder picked in the file input whose change `event`
/// reports, skipping `.git`, dependencies, vendored code and large files.
pub async fn read_picked_folder(event: &web_sys::Event) -> PickedFolder {
    use wasm_bindgen::JsCast;
    let mut picked = PickedFolder::default();
    let Some(list) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
    else {
        return picked;
    };
    for index in 0..list.length() {
        let Some(file) = list.get(index) else {
            continue;
        };
        let path = picked_path(&file);
        if !in_skipped_dir(&path) {
            read_into(&mut picked, path, &file).await;
        }
    }
    // The scanner puts them in path order (a sort here would weigh on the
    // app's wasm).
    picked
}

/// Reads one file into `picked`, or says why it was not read.
pub(super) async fn read_into(picked: &mut PickedFolder, path: String, file: &web_sys::File) {
    if file.size() > MAX_FILE_BYTES as f64 {
        picked.not_read.push((path, too_large(file.size() as u64)));
        return;
    }
    match wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|text| text.as_string())
    {
        // A NUL byte: a binary file, which holds nothing to scan.
        Some(text) if text.contains('\0') => {}
        Some(text) => picked.files.push((path, text)),
        None => picked
            .not_read
            .push((path, "the browser could not read it as text".into())),
    }
}

/// Whether `event` happened on the element with this id.
pub fn event_on(event: &web_sys::Event, id: &str) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| element.id() == id)
}

/// Whether `event` happened on the element with this id or inside it.
pub fn event_within(event: &web_sys::Event, id: &str) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|element| element.closest(&format!("#{id}")).ok().flatten())
        .is_some()
}
