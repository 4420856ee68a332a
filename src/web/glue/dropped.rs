//! Reading a folder dropped on the page for the repository scan, through
//! the entries API (`webkitGetAsEntry`, in every current browser). Like a
//! picked folder, it stays in this browser.

use js_sys::{Array, Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry};

use super::folder::{read_into, PickedFolder};
use crate::core::scan::picked::{inside_folder, SKIPPED_DIRS};

/// The entries of a drop. They must be taken while the drop event is
/// handled: afterwards the browser empties its data transfer.
pub fn dropped_entries(event: &web_sys::DragEvent) -> Vec<FileSystemEntry> {
    let Some(items) = event.data_transfer().map(|transfer| transfer.items()) else {
        return Vec::new();
    };
    (0..items.length())
        .filter_map(|index| items.get(index))
        .filter_map(|item| item.webkit_get_as_entry().ok().flatten())
        .collect()
}

/// Calls an entries-API method that reports by callbacks, as a future.
async fn called_back(call: impl Fn(&Function, &Function)) -> Result<JsValue, JsValue> {
    let mut call = Some(call);
    let promise = Promise::new(&mut |resolve, reject| {
        if let Some(call) = call.take() {
            call(&resolve, &reject);
        }
    });
    JsFuture::from(promise).await
}

/// The path the scanner sees: inside the dropped folder, `/`-separated.
fn dropped_path(entry: &FileSystemEntry) -> String {
    inside_folder(entry.full_path().trim_start_matches('/')).to_string()
}

/// Reads the dropped folder (or files), skipping `.git`, dependencies,
/// vendored code and large files, as the picker and the CLI do.
pub async fn read_dropped(entries: Vec<FileSystemEntry>) -> PickedFolder {
    let mut picked = PickedFolder::default();
    let mut pending = entries;
    while let Some(entry) = pending.pop() {
        if entry.is_directory() {
            if SKIPPED_DIRS.contains(&entry.name().as_str()) {
                continue;
            }
            let dir_path = dropped_path(&entry);
            let reader = entry
                .unchecked_into::<FileSystemDirectoryEntry>()
                .create_reader();
            // Each call gives the next batch of entries; an empty one ends.
            loop {
                let batch = called_back(|resolve, reject| {
                    if let Err(error) =
                        reader.read_entries_with_callback_and_callback(resolve, reject)
                    {
                        let _ = reject.call1(&JsValue::NULL, &error);
                    }
                })
                .await;
                let Ok(batch) = batch else {
                    picked.not_read.push((
                        dir_path.clone(),
                        "the browser could not list this folder".into(),
                    ));
                    break;
                };
                let batch: Array = batch.unchecked_into();
                if batch.length() == 0 {
                    break;
                }
                pending.extend(batch.iter().map(|e| e.unchecked_into::<FileSystemEntry>()));
            }
        } else if entry.is_file() {
            let path = dropped_path(&entry);
            let file_entry: FileSystemFileEntry = entry.unchecked_into();
            match called_back(|resolve, reject| {
                file_entry.file_with_callback_and_callback(resolve, reject)
            })
            .await
            {
                Ok(file) => read_into(&mut picked, path, &file.unchecked_into()).await,
                Err(_) => picked
                    .not_read
                    .push((path, "the browser could not read it".into())),
            }
        }
    }
    picked
}
