//! HTML in the pure core. Views are written with `maud::html!`, which
//! escapes every value; [`TrustedHtml`] is the one way to put HTML that was
//! not escaped into a view.

mod text;

pub use text::{ascii_slug, escape};

use maud::Render;

/// HTML that the build rendered from the guide's own Markdown (a page body
/// and its table of contents, fetched or embedded as text). It is the only
/// markup a view includes unescaped; nothing typed by a user reaches it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedHtml(String);

impl TrustedHtml {
    /// Wraps HTML rendered at build time from `content/*.md`.
    pub fn from_guide(html: String) -> Self {
        TrustedHtml(html)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The parts before and after the first `marker` (the whole and an
    /// empty part when there is none).
    pub fn split_once(&self, marker: &str) -> (TrustedHtml, TrustedHtml) {
        let (before, after) = self.0.split_once(marker).unwrap_or((&self.0, ""));
        (
            TrustedHtml(before.to_string()),
            TrustedHtml(after.to_string()),
        )
    }

    /// The same HTML with its root-relative links under the site `base`.
    pub fn with_base(&self, base: &str) -> TrustedHtml {
        TrustedHtml(crate::core::content::with_base(&self.0, base))
    }
}

impl Render for TrustedHtml {
    fn render_to(&self, buffer: &mut String) {
        buffer.push_str(&self.0);
    }
}
