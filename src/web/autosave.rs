//! Keeping the session's work in this browser's storage: restored at start,
//! saved on every change, and set aside (never deleted) when unreadable.

use leptos::prelude::*;

use super::glue;
use super::session::Session;
use crate::core::codec;
use crate::core::engine::Answers;
use crate::core::html::escape;
use crate::core::saved_state::{self, STORAGE_KEY};

impl Session {
    /// A session with the work saved in this browser, kept saved from now on.
    /// Saved work that cannot be read is set aside (never deleted) and named.
    pub fn restore_and_autosave() -> Self {
        let session = Session::new(Answers::default());
        match glue::storage_get(STORAGE_KEY) {
            Ok(Some(saved)) => match saved_state::decode(&saved) {
                Ok((answers, details)) => {
                    session.answers.set(answers);
                    session.details.set(details);
                }
                Err(error) => {
                    let aside = format!("{STORAGE_KEY}.unreadable");
                    let kept = glue::storage_set(&aside, &saved).is_ok();
                    session.storage_notice.set(Some(format!(
                        "Your saved work could not be restored: {error}. {} You are starting with empty answers.",
                        if kept { format!("The saved data was kept aside in this browser's storage under \"{aside}\".") } else { String::new() }
                    )));
                }
            },
            Ok(None) => {}
            Err(error) => session.storage_notice.set(Some(format!(
                "Your work will not be saved: {error}. Everything else works."
            ))),
        }
        Effect::new(move |_| {
            let saved = session
                .answers
                .with(|a| session.details.with(|w| saved_state::encode(a, w)));
            let stored = if saved.len() > codec::MAX_ENCODED {
                Err(format!(
                    "the work is larger than {} KB",
                    codec::MAX_ENCODED / 1024
                ))
            } else {
                glue::storage_set(STORAGE_KEY, &saved)
            };
            if let Err(error) = stored {
                session.storage_notice.set(Some(format!("Your latest answers could not be saved: {error}. They are still used on this page.")));
            }
        });
        session
    }

    /// Keeps the storage notice, if any, in the element `slot`.
    pub fn show_storage_notice(&self, slot: &'static str) {
        let notice = self.storage_notice;
        Effect::new(move |_| {
            let html = notice.with(|text| {
                text.as_deref().map_or(String::new(), |text| {
                    format!(
                        r#"<p class="notice notice--warn" role="status" data-testid="storage-notice">{}</p>"#,
                        escape(text)
                    )
                })
            });
            glue::set_inner_html(slot, &html);
        });
    }
}
