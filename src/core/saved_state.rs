//! The answers and record details as saved in the browser's storage: a
//! versioned header line, the compact codec, then the change stamps that
//! let several tabs merge their work (see `session_merge`). Reading is
//! total, and reads version 1 (no stamps) too.

use crate::core::codec::{self, CodecError};
use crate::core::session_merge::{Replica, Stamps, Work};

/// The storage key, and the header that names the format's version.
pub const STORAGE_KEY: &str = "pushpull.session";
const HEADER: &str = "pushpull-session/2";
const HEADER_WITHOUT_STAMPS: &str = "pushpull-session/1";

pub fn encode(replica: &Replica) -> String {
    format!("{HEADER}\n{}\n{}", replica.text(), replica.stamps.encode())
}

/// Saved work, with its stamps unless an older version saved it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub work: Work,
    pub stamps: Option<Stamps>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedError {
    /// Written by a newer version of PushPull.
    UnknownVersion(String),
    Damaged(CodecError),
    BadStamps(String),
}

impl std::fmt::Display for SavedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SavedError::UnknownVersion(header) => write!(
                f,
                "it was saved in an unknown format ({})",
                header.chars().take(40).collect::<String>()
            ),
            SavedError::Damaged(error) => write!(f, "it is damaged: {error}"),
            SavedError::BadStamps(part) => {
                write!(f, "it is damaged: its change stamps break at `{part}`")
            }
        }
    }
}

pub fn decode(saved: &str) -> Result<Saved, SavedError> {
    let (header, body) = saved.split_once('\n').unwrap_or((saved, ""));
    let (body, stamps) = match header {
        HEADER => {
            let (body, stamps) = body.split_once('\n').unwrap_or((body, ""));
            let stamps = Stamps::decode(stamps).map_err(SavedError::BadStamps)?;
            (body, Some(stamps))
        }
        HEADER_WITHOUT_STAMPS => (body, None),
        _ => return Err(SavedError::UnknownVersion(header.to_string())),
    };
    let (answers, details) = codec::decode(body).map_err(SavedError::Damaged)?;
    // Stamps name codec units; those of a codec v1 body name v1's units
    // (its note numbers differ), so they are dropped, as if no tab had
    // stamped anything yet.
    let stamps = stamps.filter(|_| !codec::is_version_1(body));
    Ok(Saved {
        work: Work::new(answers, details.unwrap_or_default()),
        stamps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::samples;

    #[test]
    fn round_trips_and_names_damage() {
        let mut replica = Replica::default();
        let mut work = Work::new(samples::mixed(), Default::default());
        work.details.organisation = "Acme".into();
        replica.absorb(&work, 3);
        assert_eq!(replica.work(), Some(work.clone()));
        let saved = decode(&encode(&replica)).unwrap();
        assert_eq!(saved.work, work);
        assert_eq!(saved.stamps.as_ref(), Some(&replica.stamps));
        let old = decode("pushpull-session/1\nv=1&c=4").unwrap();
        assert_eq!(
            (old.work.answers.production_clusters, old.stamps),
            (Some(4), None)
        );
        let stamped_v1 = decode("pushpull-session/2\nv=1&c=4\n").unwrap();
        assert_eq!(stamped_v1.stamps, None);
        assert!(matches!(
            decode("pushpull-session/9\nv=1"),
            Err(SavedError::UnknownVersion(_))
        ));
        assert!(matches!(
            decode("{\"json\": true}"),
            Err(SavedError::UnknownVersion(_))
        ));
        assert!(matches!(
            decode("pushpull-session/1\nv=1&c=x"),
            Err(SavedError::Damaged(_))
        ));
        assert!(matches!(
            decode("pushpull-session/2\nv=1\nc=1"),
            Err(SavedError::BadStamps(_))
        ));
        assert!(decode("").is_err());
    }

    /// Saved work exactly as the previous release wrote it (version 1:
    /// header, then the codec with answers and record details).
    #[test]
    fn work_saved_by_the_previous_release_still_loads() {
        let v1 = "pushpull-session/1\nv=1&c=40&t=120&co=soc2&dr=m&tg=k~Regional%20GKE%20fleet&is=mt&cc=h&go=argo&po=some&sd=y&w=1&wo=Orbital%20Freight&wt=Run%20the%20regional%20fleet%20with%20Argo%20CD%20ApplicationSets&wd=2026%2D11%2D27&ws=a&wm=Platform%20engineering%20leads&wc=Security,SRE%20on%2Dcall%20rotation&wi=Product%20engineering&wn=12";
        let saved = decode(v1).unwrap();
        assert_eq!(saved.work.answers.production_clusters, Some(40));
        assert_eq!(saved.work.details.organisation, "Orbital Freight");
        assert_eq!(
            saved.work.details.consulted,
            ["Security", "SRE on-call rotation"]
        );
        assert_eq!(saved.stamps, None);
    }
}
