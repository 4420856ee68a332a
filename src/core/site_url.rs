//! The site's public address, the one setting every link in a record comes
//! from. The CLI takes it from `--site-url` or `PUSHPULL_SITE_URL`; the
//! browser from the same variable at build time, else from where it is
//! served. Without one, a record carries no link rather than a dead one.

use std::fmt;

/// The environment variable that names the site's public address.
pub const SITE_URL_VAR: &str = "PUSHPULL_SITE_URL";

/// An `http(s)://host[/path]` address, without a trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteUrl(String);

/// Why a text is not a site address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotASiteUrl(pub String);

impl fmt::Display for NotASiteUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a site address: give one like https://pushpull.example.org or https://example.org/pushpull",
            self.0
        )
    }
}

impl std::error::Error for NotASiteUrl {}

impl SiteUrl {
    /// Accepts `http://` and `https://` addresses with a host and no query,
    /// fragment, spaces or quotes (they end up inside Markdown links).
    pub fn parse(text: &str) -> Result<SiteUrl, NotASiteUrl> {
        let trimmed = text.trim().trim_end_matches('/');
        let bad = || NotASiteUrl(text.to_string());
        let rest = trimmed
            .strip_prefix("https://")
            .or_else(|| trimmed.strip_prefix("http://"))
            .ok_or_else(bad)?;
        let host = rest.split('/').next().unwrap_or("");
        let clean = trimmed.bytes().all(|b| {
            b.is_ascii_graphic()
                && !matches!(
                    b,
                    b'"' | b'\''
                        | b'<'
                        | b'>'
                        | b'('
                        | b')'
                        | b'?'
                        | b'#'
                        | b'\\'
                        | b'['
                        | b']'
                        | b'`'
                )
        });
        if host.is_empty() || !clean {
            return Err(bad());
        }
        Ok(SiteUrl(trimmed.to_string()))
    }

    /// Where a browser page is served, when others can reach it too: not a
    /// loopback or unspecified host, and not a file.
    pub fn public(text: &str) -> Option<SiteUrl> {
        let url = SiteUrl::parse(text).ok()?;
        let host = url.host();
        let host = host.rsplit_once(':').map_or(host, |(name, port)| {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                name
            } else {
                host
            }
        });
        let local = host == "localhost"
            || host.ends_with(".localhost")
            || host.starts_with("127.")
            || host == "0.0.0.0"
            || host == "[::1]";
        (!local).then_some(url)
    }

    /// The address records in the browser link to: the one the build was
    /// given (`PUSHPULL_SITE_URL`, read where the record writer runs), else
    /// where the page is served if others can reach it there.
    pub fn for_records(served_at: &str) -> Option<SiteUrl> {
        option_env!("PUSHPULL_SITE_URL")
            .and_then(|url| SiteUrl::parse(url).ok())
            .or_else(|| SiteUrl::public(served_at))
    }

    fn host(&self) -> &str {
        let rest = self.0.split_once("://").map_or("", |(_, rest)| rest);
        rest.split('/').next().unwrap_or("")
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert_eq!(
            SiteUrl::parse("https://example.org/pushpull/")
                .unwrap()
                .as_str(),
            "https://example.org/pushpull"
        );
        for bad in [
            "",
            "example.org",
            "ftp://x.org",
            "https://",
            "https://x.org/a b",
            "https://x.org/)",
            "https://x.org/?q",
            "javascript:alert(1)",
        ] {
            assert!(SiteUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn local_addresses_are_not_public() {
        for local in [
            "http://127.0.0.1:8080",
            "http://localhost:8080/",
            "http://[::1]:3000",
            "http://0.0.0.0",
            "http://app.localhost",
        ] {
            assert_eq!(SiteUrl::public(local), None, "{local}");
        }
        assert!(SiteUrl::public("https://decide.example.org:8443/pp").is_some());
        assert_eq!(SiteUrl::public("null"), None);
    }
}
