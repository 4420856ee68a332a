//! Keeping the session's work in this browser's storage: restored at start,
//! saved on every change, merged with what other tabs save (see
//! `core::tab_sync`), and set aside (never deleted) when unreadable.

use leptos::prelude::*;

use super::glue;
use super::session::Session;
use crate::core::codec;
use crate::core::engine::Answers;
use crate::core::saved_state::STORAGE_KEY;
use crate::core::session_merge::Work;
use crate::core::tab_sync::{Restored, TabSync};
use crate::core::ui::notices::storage_notice;

const ASIDE_KEY: &str = "pushpull.session.unreadable";

impl Session {
    /// A session with the work saved in this browser, kept saved from now on
    /// and in step with other tabs. Saved work that cannot be read is set
    /// aside (never deleted) and named.
    pub fn restore_and_autosave() -> Self {
        let session = Session::new(Answers::default());
        let stored = glue::storage_get(STORAGE_KEY);
        let saved = stored.as_ref().ok().cloned().flatten();
        let (sync, restored) = TabSync::restore(glue::random_u32(), saved.as_deref());
        match (restored, stored) {
            (Restored::Work(work), _) => {
                let Work { answers, details } = *work;
                session.answers.set(answers);
                session.details.set(details);
            }
            (Restored::Unreadable(error), _) => {
                let kept = saved.is_some_and(|text| glue::storage_set(ASIDE_KEY, &text).is_ok());
                session.storage_notice.set(Some(format!(
                    "Your saved work could not be restored: {error}. {} You are starting with empty answers.",
                    if kept { format!("The saved data was kept aside in this browser's storage under \"{ASIDE_KEY}\".") } else { String::new() }
                )));
            }
            (Restored::Nothing, Err(error)) => session.storage_notice.set(Some(format!(
                "Your work will not be saved: {error}. Everything else works."
            ))),
            (Restored::Nothing, Ok(_)) => {}
        }
        let sync = StoredValue::new(sync);
        Effect::new(move |_| {
            session.answers.track();
            session.details.track();
            session.sync_storage(sync, None);
        });
        glue::on_storage_change(STORAGE_KEY, move |heard| {
            session.sync_storage(sync, heard.as_deref())
        });
        session
    }

    /// Merges this tab's work with the stored work (and with `heard`, what
    /// another tab just wrote), shows the result and stores it if needed.
    fn sync_storage(&self, sync: StoredValue<TabSync>, heard: Option<&str>) {
        let stored = match glue::storage_get(STORAGE_KEY) {
            Ok(stored) => stored,
            Err(error) => return self.storage_notice.set(Some(format!("Your latest answers could not be saved: {error}. They are still used on this page."))),
        };
        let local = Work::new(self.answers.get_untracked(), self.details.get_untracked());
        let Some(plan) = sync.try_update_value(|sync| sync.sync(&local, stored.as_deref(), heard))
        else {
            return;
        };
        if let Some((text, error)) = plan.unreadable {
            let kept = glue::storage_set(ASIDE_KEY, &text).is_ok();
            self.storage_notice.set(Some(format!(
                "Work saved in this browser (perhaps by another tab) could not be read: {error}. {}This tab's answers are unchanged and saved again.",
                if kept { format!("It was kept aside under \"{ASIDE_KEY}\". ") } else { String::new() }
            )));
        }
        if let Some(work) = plan.show {
            self.details.set(work.details);
            self.replace_answers(work.answers);
        }
        let Some(text) = plan.write else { return };
        let stored = if text.len() > codec::MAX_ENCODED {
            Err(format!(
                "the work is larger than {} KB",
                codec::MAX_ENCODED / 1024
            ))
        } else {
            glue::storage_set(STORAGE_KEY, &text)
        };
        if let Err(error) = stored {
            self.storage_notice.set(Some(format!("Your latest answers could not be saved: {error}. They are still used on this page.")));
        }
    }

    /// Keeps the storage notice, if any, in the element `slot`.
    pub fn show_storage_notice(&self, slot: &'static str) {
        let notice = self.storage_notice;
        Effect::new(move |_| {
            let html = notice.with(|text| {
                text.as_deref()
                    .map_or(String::new(), |text| storage_notice(text).into_string())
            });
            glue::set_inner_html(slot, &html);
        });
    }
}
