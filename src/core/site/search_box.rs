//! The search box's behaviour as plain state: typing, arrow keys, Enter,
//! Escape, focus and blur. The browser shell feeds it events and draws
//! [`SearchBox::view`].

use crate::core::content::search::{search, Hit, IndexEntry};
use crate::core::site::search_results_view::{option_id, results};

pub const MAX_RESULTS: usize = 8;

/// The search index, fetched on first focus.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum IndexState {
    #[default]
    NotLoaded,
    Loading,
    Ready(Vec<IndexEntry>),
    Failed(String),
}

#[derive(Debug, Clone, Default)]
pub struct SearchBox {
    pub index: IndexState,
    pub query: String,
    pub active: Option<usize>,
    pub open: bool,
    hits: Vec<Hit>,
}

/// What the shell draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchView {
    pub expanded: bool,
    pub active_id: Option<String>,
    pub results_html: String,
    pub status: String,
}

/// What a key press asks of the shell.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeyOutcome {
    /// Stop the browser's default for this key.
    pub prevent_default: bool,
    /// Follow the result link with this id.
    pub follow: Option<String>,
    /// The query was cleared: empty the input.
    pub cleared: bool,
}

impl SearchBox {
    fn refresh(&mut self) {
        self.hits = match &self.index {
            IndexState::Ready(entries) => search(entries, &self.query, MAX_RESULTS),
            _ => Vec::new(),
        };
        if self.active.is_some_and(|a| a >= self.hits.len()) {
            self.active = None;
        }
    }

    /// Focus: returns true when the index must be fetched now.
    pub fn focus(&mut self) -> bool {
        self.open = true;
        if matches!(self.index, IndexState::NotLoaded | IndexState::Failed(_)) {
            self.index = IndexState::Loading;
            return true;
        }
        false
    }

    pub fn blur(&mut self) {
        self.open = false;
    }

    pub fn index_loaded(&mut self, result: Result<Vec<IndexEntry>, String>) {
        self.index = match result {
            Ok(entries) => IndexState::Ready(entries),
            Err(error) => IndexState::Failed(error),
        };
        self.refresh();
    }

    pub fn set_query(&mut self, query: &str) {
        self.query = query.to_string();
        self.active = None;
        self.open = true;
        self.refresh();
    }

    /// After a result was followed.
    pub fn reset(&mut self) {
        self.query.clear();
        self.active = None;
        self.open = false;
        self.refresh();
    }

    pub fn on_key(&mut self, key: &str) -> KeyOutcome {
        let count = self.hits.len();
        let mut outcome = KeyOutcome::default();
        match key {
            "ArrowDown" if count > 0 => {
                self.open = true;
                self.active = Some(self.active.map_or(0, |i| (i + 1) % count));
                outcome.prevent_default = true;
            }
            "ArrowUp" if count > 0 => {
                self.active = Some(self.active.map_or(count - 1, |i| (i + count - 1) % count));
                outcome.prevent_default = true;
            }
            "Enter" if count > 0 => {
                outcome.follow = Some(option_id(self.active.unwrap_or(0)));
                outcome.prevent_default = true;
            }
            "Escape" => {
                self.reset();
                outcome.cleared = true;
            }
            _ => {}
        }
        outcome
    }

    fn status(&self) -> String {
        match &self.index {
            IndexState::Loading => "Loading the search index…".to_string(),
            IndexState::Failed(error) => format!("Search is unavailable: {error}"),
            _ if self.query.trim().is_empty() => String::new(),
            _ => match self.hits.len() {
                0 => "No matches".to_string(),
                1 => "1 match".to_string(),
                n => format!("{n} matches"),
            },
        }
    }

    pub fn view(&self, base: &str) -> SearchView {
        let expanded = self.open && !self.query.trim().is_empty();
        let status = self.status();
        let empty_text = if expanded { status.as_str() } else { "" };
        SearchView {
            expanded,
            active_id: self.active.filter(|_| expanded).map(option_id),
            results_html: if expanded {
                results(&self.hits, self.active, base, empty_text).into_string()
            } else {
                String::new()
            },
            status,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ready() -> SearchBox {
        let mut search_box = SearchBox::default();
        assert!(search_box.focus(), "the first focus fetches the index");
        search_box.index_loaded(Ok(vec![
            IndexEntry::new(
                "glossary",
                "Glossary",
                "drift",
                "Drift",
                "Live state differs from git.",
            ),
            IndexEntry::new(
                "gitops-wins",
                "When GitOps wins",
                "argo-drift",
                "Argo CD drift",
                "Self-heal reverts drift.",
            ),
        ]));
        search_box
    }

    #[test]
    fn arrows_wrap_and_enter_follows_the_active_result() {
        let mut search_box = ready();
        search_box.set_query("drift");
        assert!(search_box.on_key("ArrowDown").prevent_default);
        assert_eq!(search_box.active, Some(0));
        search_box.on_key("ArrowDown");
        search_box.on_key("ArrowDown");
        assert_eq!(search_box.active, Some(0), "wraps around");
        search_box.on_key("ArrowUp");
        assert_eq!(search_box.active, Some(1));
        assert_eq!(
            search_box.on_key("Enter").follow.as_deref(),
            Some("site-search-result-1")
        );
        let view = search_box.view("/b");
        assert!(view.expanded);
        assert_eq!(view.status, "2 matches");
        assert!(view.results_html.contains(r#"href="/b/docs/"#));
    }

    #[test]
    fn escape_clears_and_an_unknown_word_says_no_matches() {
        let mut search_box = ready();
        search_box.set_query("zzqq");
        assert_eq!(search_box.view("").status, "No matches");
        assert!(search_box.view("").results_html.contains("No matches"));
        assert!(search_box.on_key("Escape").cleared);
        assert!(!search_box.view("").expanded);
        assert_eq!(search_box.on_key("Enter"), KeyOutcome::default());
    }

    #[test]
    fn a_failed_index_is_reported_and_retried_on_the_next_focus() {
        let mut search_box = SearchBox::default();
        search_box.focus();
        search_box.index_loaded(Err("the server answered 404".into()));
        search_box.set_query("drift");
        assert!(search_box.view("").status.contains("unavailable"));
        assert!(search_box.focus());
    }
}
