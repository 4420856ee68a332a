//! A compact, URL-safe text form of the answers (and optionally the record
//! details), used by share links, saved state and the decision record.
//!
//! `v=2&c=3&nc=2&t=25&co=soc2.iso&tg=k~EKS%20prod,s~Lambda…`: short keys,
//! short codes, text percent-encoded. Only `A–Z a–z 0–9 _ . ~ % = & ,` appear, so
//! it fits a URL fragment and an HTML comment (no `--`). Decoding is total:
//! any input gives answers or an error that names what is wrong.

use std::fmt;

use crate::core::engine::answers::{Answers, Target, TargetKind};
use crate::core::engine::choices::{
    Concern, DisasterRecovery, GitOpsTooling, ImperativeSteps, OwnerCoverage, Regime, Regimes,
    SplitWritten,
};
use crate::core::engine::questions::QuestionId;
use crate::core::record::details::{NamedTool, Note, Owner, Participant, RecordDetails, Status};
use crate::core::record::supersede::RecordRef;

/// Version 2 goes with answers schema v2. Version 1 text still decodes:
/// `c` was every cluster (now the production count), `cc=l` was a low
/// concern (now "accepted"), and notes were numbered in the v1 question
/// order, which had no non-production question.
pub const CODEC_VERSION: u32 = 2;
/// Longest encoded text accepted: room for ten long notes in any script
/// and a roomful of participants, far below the browser's storage quota.
pub const MAX_ENCODED: usize = 512 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    Empty,
    TooLong(usize),
    UnknownVersion(String),
    Malformed(String),
    UnknownField(String),
    Duplicate(String),
    BadValue { field: &'static str, value: String },
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodecError::Empty => write!(f, "it is empty"),
            CodecError::TooLong(n) => {
                write!(f, "it is too long ({n} characters; at most {MAX_ENCODED})")
            }
            CodecError::UnknownVersion(v) => write!(f, "it was made by an unknown version ({v})"),
            CodecError::Malformed(part) => write!(
                f,
                "the part `{}` is not of the form key=value",
                shorten(part)
            ),
            CodecError::UnknownField(key) => {
                write!(f, "it has an unknown field `{}`", shorten(key))
            }
            CodecError::Duplicate(key) => write!(f, "the field `{}` appears twice", shorten(key)),
            CodecError::BadValue { field, value } => write!(
                f,
                "the field `{field}` has an invalid value `{}`",
                shorten(value)
            ),
        }
    }
}

impl std::error::Error for CodecError {}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// Percent-encodes everything but `A–Z a–z 0–9 _ . ~`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            // Only what `percent_encode` leaves raw may appear raw, so
            // that encoding what was decoded never grows past the limit.
            byte if byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'.' | b'~') => {
                out.push(byte);
                i += 1;
            }
            _ => return None,
        }
    }
    String::from_utf8(out).ok()
}

fn code<T: Copy + PartialEq>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, c)| c)
}

fn parse_code<T: Copy>(
    table: &[(T, &'static str)],
    field: &'static str,
    text: &str,
) -> Result<T, CodecError> {
    table
        .iter()
        .find(|(_, c)| *c == text)
        .map(|(v, _)| *v)
        .ok_or_else(|| CodecError::BadValue {
            field,
            value: text.to_string(),
        })
}

/// No regime; otherwise `Regime::key`s joined by `.`.
const NO_REGIME: &str = "n";
const RECOVERY: &[(DisasterRecovery, &str)] = &[
    (DisasterRecovery::BestEffort, "b"),
    (DisasterRecovery::Hours, "h"),
    (DisasterRecovery::Minutes, "m"),
];
const CONCERN: &[(Concern, &str)] = &[
    (Concern::Accepted, "a"),
    (Concern::Isolated, "i"),
    (Concern::ShortLived, "s"),
    (Concern::Moderate, "m"),
    (Concern::High, "h"),
];
/// Version 1's one low concern.
const CONCERN_V1_LOW: &str = "l";
const TOOLING: &[(GitOpsTooling, &str)] = &[
    (GitOpsTooling::None_, "n"),
    (GitOpsTooling::ArgoCd, "argo"),
    (GitOpsTooling::Flux, "flux"),
    (GitOpsTooling::BothSplit, "split"),
    (GitOpsTooling::BothOverlapping, "both"),
];
const SPLIT: &[(SplitWritten, &str)] = &[
    (SplitWritten::Yes, "y"),
    (SplitWritten::Partly, "p"),
    (SplitWritten::No, "n"),
];
/// The questions in version 1's order, for its note numbers.
const V1_QUESTIONS: [QuestionId; 10] = [
    QuestionId::Clusters,
    QuestionId::TeamSize,
    QuestionId::Compliance,
    QuestionId::DisasterRecovery,
    QuestionId::Targets,
    QuestionId::ImperativeSteps,
    QuestionId::CiCredentialConcern,
    QuestionId::GitopsTooling,
    QuestionId::PipelineOwners,
    QuestionId::SplitDocumented,
];
const OWNERS: &[(OwnerCoverage, &str)] = &[
    (OwnerCoverage::All, "all"),
    (OwnerCoverage::Some, "some"),
    (OwnerCoverage::None_, "n"),
];
const KINDS: &[(TargetKind, &str)] = &[
    (TargetKind::Kubernetes, "k"),
    (TargetKind::Serverless, "s"),
    (TargetKind::Vm, "v"),
    (TargetKind::OnPrem, "p"),
    (TargetKind::Other, "o"),
];
const STATUS: &[(Status, &str)] = &[
    (Status::Proposed, "p"),
    (Status::Accepted, "a"),
    (Status::Rejected, "r"),
    (Status::Deprecated, "d"),
    (Status::Superseded, "s"),
];
const TOOL: &[(NamedTool, &str)] = &[(NamedTool::ArgoCd, "argo"), (NamedTool::Flux, "flux")];

fn encode_list(items: &[String]) -> String {
    items
        .iter()
        .map(|item| percent_encode(item))
        .collect::<Vec<_>>()
        .join(",")
}

/// Encodes the answers, and the record details when given.
pub fn encode(a: &Answers, details: Option<&RecordDetails>) -> String {
    let mut parts = vec![format!("v={CODEC_VERSION}")];
    let mut push = |key: &str, value: String| parts.push(format!("{key}={value}"));
    if let Some(n) = a.production_clusters {
        push("c", n.to_string());
    }
    if let Some(n) = a.non_production_clusters {
        push("nc", n.to_string());
    }
    if let Some(n) = a.team_size {
        push("t", n.to_string());
    }
    if let Some(v) = a.compliance {
        let keys: Vec<&str> = v.list().into_iter().map(Regime::key).collect();
        push(
            "co",
            if keys.is_empty() {
                NO_REGIME.into()
            } else {
                keys.join(".")
            },
        );
    }
    if let Some(v) = a.disaster_recovery {
        push("dr", code(RECOVERY, v).into());
    }
    if let Some(targets) = &a.targets {
        let list: Vec<String> = targets
            .iter()
            .map(|t| format!("{}~{}", code(KINDS, t.kind), percent_encode(&t.name)))
            .collect();
        push("tg", list.join(","));
    }
    if let Some(s) = a.imperative_steps {
        let mut flags = String::new();
        for (on, letter) in [
            (s.migrations, 'm'),
            (s.traffic_shifts, 't'),
            (s.other_orchestration, 'o'),
        ] {
            if on {
                flags.push(letter);
            }
        }
        push("is", if flags.is_empty() { "0".into() } else { flags });
    }
    if let Some(v) = a.ci_credential_concern {
        push("cc", code(CONCERN, v).into());
    }
    if let Some(v) = a.gitops_tooling {
        push("go", code(TOOLING, v).into());
    }
    if let Some(v) = a.pipeline_owners {
        push("po", code(OWNERS, v).into());
    }
    if let Some(v) = a.split_documented {
        push("sd", code(SPLIT, v).into());
    }
    if let Some(w) = details {
        push("w", "1".into());
        for (key, text) in [("wo", &w.organisation), ("wt", &w.title), ("wd", &w.date)] {
            if !text.is_empty() {
                push(key, percent_encode(text));
            }
        }
        push("ws", code(STATUS, w.status).into());
        for (key, list) in [
            ("wm", &w.decision_makers),
            ("wc", &w.consulted),
            ("wi", &w.informed),
        ] {
            if !list.is_empty() {
                push(key, encode_list(list));
            }
        }
        if w.number > 0 {
            push("wn", w.number.to_string());
        }
        if let Some(tool) = w.gitops_tool {
            push("wg", code(TOOL, tool).into());
        }
        if let Some(old) = &w.supersedes {
            let parts = [old.number.to_string(), old.title.clone(), old.file.clone()];
            push("wx", encode_list(&parts));
        }
        if let Some(by) = w.superseded_by {
            push("wb", by.to_string());
        }
        let pairs = |items: Vec<(String, String)>| {
            let pairs: Vec<String> = items
                .iter()
                // A key's own `~` would end it early.
                .map(|(key, text)| {
                    let key = percent_encode(key).replace('~', "%7E");
                    format!("{key}~{}", percent_encode(text))
                })
                .collect();
            pairs.join(",")
        };
        let notes = w
            .notes
            .iter()
            .map(|n| (question_index(n.question).to_string(), n.text.clone()));
        let owners = w.owners.iter().map(|o| (o.what.clone(), o.name.clone()));
        let participants = w
            .participants
            .iter()
            .map(|p| (p.name.clone(), encode(&p.answers, None)));
        for (key, items) in [
            ("wq", notes.collect::<Vec<_>>()),
            ("wr", owners.collect()),
            ("wp", participants.collect()),
        ] {
            if !items.is_empty() {
                push(key, pairs(items));
            }
        }
    }
    parts.join("&")
}

fn question_index(question: QuestionId) -> usize {
    QuestionId::all()
        .iter()
        .position(|q| *q == question)
        .unwrap_or(0)
}

/// `number,title,file` of the record a record supersedes.
fn record_ref(value: &str) -> Result<RecordRef, CodecError> {
    let bad = || CodecError::BadValue {
        field: "wx",
        value: value.to_string(),
    };
    let parts: Vec<&str> = value.split(',').collect();
    let [number, title, file] = parts.as_slice() else {
        return Err(bad());
    };
    let text = |part: &str| percent_decode(part).ok_or_else(bad);
    Ok(RecordRef {
        number: number.parse().map_err(|_| bad())?,
        title: text(title)?,
        file: text(file)?,
    })
}

/// Splits `a~b,c~d` into decoded pairs.
fn decode_pairs(field: &'static str, value: &str) -> Result<Vec<(String, String)>, CodecError> {
    value
        .split(',')
        .map(|item| {
            let (key, text_part) = item.split_once('~').ok_or_else(|| CodecError::BadValue {
                field,
                value: item.to_string(),
            })?;
            Ok((text(field, key)?, text(field, text_part)?))
        })
        .collect()
}

fn number(field: &'static str, text: &str) -> Result<u32, CodecError> {
    text.parse::<u32>()
        .ok()
        .filter(|n| *n <= 100_000 || field == "wn")
        .ok_or_else(|| CodecError::BadValue {
            field,
            value: text.to_string(),
        })
}

fn text(field: &'static str, value: &str) -> Result<String, CodecError> {
    percent_decode(value).ok_or_else(|| CodecError::BadValue {
        field,
        value: value.to_string(),
    })
}

/// `n`, or regime keys joined by `.`, each once.
fn regimes(value: &str) -> Result<Regimes, CodecError> {
    let bad = || CodecError::BadValue {
        field: "co",
        value: value.to_string(),
    };
    if value == NO_REGIME {
        return Ok(Regimes::NONE);
    }
    let mut set = Regimes::NONE;
    for key in value.split('.') {
        let regime = Regime::from_key(key).ok_or_else(bad)?;
        if set.contains(regime) {
            return Err(bad());
        }
        set = set.with(regime, true);
    }
    Ok(set)
}

fn list(field: &'static str, value: &str) -> Result<Vec<String>, CodecError> {
    value.split(',').map(|item| text(field, item)).collect()
}

/// What to tell someone whose answers came from codec version 1.
pub const EARLIER_VERSION_NOTE: &str = "These answers come from an earlier version of PushPull, which counted every Kubernetes cluster in one number; that number now reads as production clusters. Check it, and add your non-production clusters.";

/// Whether `text` is codec version 1 (which [`decode`] migrates).
pub fn is_version_1(text: &str) -> bool {
    let text = text.trim();
    text == "v=1" || text.starts_with("v=1&")
}

/// Decodes what [`encode`] wrote. Any other input gives an error.
pub fn decode(input: &str) -> Result<(Answers, Option<RecordDetails>), CodecError> {
    let input = input.trim();
    if input.is_empty() {
        return Err(CodecError::Empty);
    }
    if input.len() > MAX_ENCODED {
        return Err(CodecError::TooLong(input.len()));
    }
    let mut parts = input.split('&');
    let version = match parts.next() {
        Some("v=1") => 1,
        Some("v=2") => 2,
        Some(first) => {
            return Err(CodecError::UnknownVersion(
                first.strip_prefix("v=").unwrap_or(first).to_string(),
            ))
        }
        None => return Err(CodecError::Empty),
    };
    let questions: &[QuestionId] = if version == 1 {
        &V1_QUESTIONS
    } else {
        QuestionId::all()
    };
    let mut a = Answers::default();
    let mut w = RecordDetails::default();
    let mut has_workshop = false;
    let mut seen: Vec<&str> = Vec::new();
    for part in parts {
        let (key, value) = part
            .split_once('=')
            .ok_or_else(|| CodecError::Malformed(part.to_string()))?;
        if seen.contains(&key) {
            return Err(CodecError::Duplicate(key.to_string()));
        }
        seen.push(key);
        match key {
            "c" => a.production_clusters = Some(number("c", value)?),
            "nc" if version > 1 => a.non_production_clusters = Some(number("nc", value)?),
            "t" => a.team_size = Some(number("t", value)?),
            "co" => a.compliance = Some(regimes(value)?),
            "dr" => a.disaster_recovery = Some(parse_code(RECOVERY, "dr", value)?),
            "tg" => {
                let mut targets = Vec::new();
                for item in value.split(',').filter(|item| !item.is_empty()) {
                    let (kind, name) =
                        item.split_once('~').ok_or_else(|| CodecError::BadValue {
                            field: "tg",
                            value: item.to_string(),
                        })?;
                    targets.push(Target::new(
                        text("tg", name)?,
                        parse_code(KINDS, "tg", kind)?,
                    ));
                }
                a.targets = Some(targets);
            }
            "is" => {
                let mut steps = ImperativeSteps::NONE;
                if value != "0" {
                    for letter in value.chars() {
                        match letter {
                            'm' if !steps.migrations => steps.migrations = true,
                            't' if !steps.traffic_shifts => steps.traffic_shifts = true,
                            'o' if !steps.other_orchestration => steps.other_orchestration = true,
                            _ => {
                                return Err(CodecError::BadValue {
                                    field: "is",
                                    value: value.to_string(),
                                })
                            }
                        }
                    }
                    if !steps.any() {
                        return Err(CodecError::BadValue {
                            field: "is",
                            value: value.to_string(),
                        });
                    }
                }
                a.imperative_steps = Some(steps);
            }
            "cc" if version == 1 && value == CONCERN_V1_LOW => {
                a.ci_credential_concern = Some(Concern::Accepted)
            }
            "cc" if version == 1 && !["m", "h"].contains(&value) => {
                return Err(CodecError::BadValue {
                    field: "cc",
                    value: value.to_string(),
                })
            }
            "cc" => a.ci_credential_concern = Some(parse_code(CONCERN, "cc", value)?),
            "go" if version == 1 && value == "split" => {
                return Err(CodecError::BadValue {
                    field: "go",
                    value: value.to_string(),
                })
            }
            "go" => a.gitops_tooling = Some(parse_code(TOOLING, "go", value)?),
            "po" => a.pipeline_owners = Some(parse_code(OWNERS, "po", value)?),
            "sd" if version == 1 && value == "p" => {
                return Err(CodecError::BadValue {
                    field: "sd",
                    value: value.to_string(),
                })
            }
            "sd" => a.split_documented = Some(parse_code(SPLIT, "sd", value)?),
            "w" if value == "1" => has_workshop = true,
            "wo" => w.organisation = text("wo", value)?,
            "wt" => w.title = text("wt", value)?,
            "wd" => w.date = text("wd", value)?,
            "ws" => w.status = parse_code(STATUS, "ws", value)?,
            "wm" => w.decision_makers = list("wm", value)?,
            "wc" => w.consulted = list("wc", value)?,
            "wi" => w.informed = list("wi", value)?,
            "wn" => w.number = number("wn", value)?,
            "wg" => w.gitops_tool = Some(parse_code(TOOL, "wg", value)?),
            "wx" => w.supersedes = Some(record_ref(value)?),
            "wb" => w.superseded_by = Some(number("wb", value)?),
            "wq" => {
                for (index, note) in decode_pairs("wq", value)? {
                    let question = index
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| questions.get(i).copied())
                        .filter(|q| w.notes.iter().all(|n| n.question != *q))
                        .ok_or_else(|| CodecError::BadValue {
                            field: "wq",
                            value: index.clone(),
                        })?;
                    w.notes.push(Note {
                        question,
                        text: note,
                    });
                }
            }
            "wr" => {
                for (what, name) in decode_pairs("wr", value)? {
                    w.owners.push(Owner { what, name });
                }
            }
            "wp" => {
                for (name, encoded) in decode_pairs("wp", value)? {
                    let answers = match decode(&encoded) {
                        Ok((answers, None)) => answers,
                        _ => {
                            return Err(CodecError::BadValue {
                                field: "wp",
                                value: name,
                            })
                        }
                    };
                    w.participants.push(Participant { name, answers });
                }
            }
            _ => return Err(CodecError::UnknownField(key.to_string())),
        }
    }
    let details_given = seen.iter().any(|key| key.starts_with('w') && *key != "w");
    if details_given && !has_workshop {
        return Err(CodecError::Malformed(
            "record details without w=1".to_string(),
        ));
    }
    Ok((a, has_workshop.then_some(w)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::samples;

    #[test]
    fn samples_round_trip_and_stay_short() {
        for sample in samples::all() {
            let encoded = encode(&sample.answers, None);
            assert!(
                encoded.len() <= 256,
                "{} is {} long: {encoded}",
                sample.name,
                encoded.len()
            );
            assert_eq!(decode(&encoded).unwrap(), (sample.answers, None));
        }
    }

    #[test]
    fn only_safe_characters_appear() {
        let mut a = samples::mixed();
        a.targets.as_mut().unwrap()[0].name = "--> <script> & ünïcode, 100%".into();
        let w = RecordDetails {
            organisation: "A&B -- \"Co\"".into(),
            decision_makers: vec!["Ana, Bo".into()],
            ..RecordDetails::default()
        };
        let encoded = encode(&a, Some(&w));
        assert!(
            encoded
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.~%=&,".contains(c)),
            "{encoded}"
        );
        assert!(!encoded.contains("--"));
        assert_eq!(decode(&encoded).unwrap(), (a, Some(w)));
    }

    #[test]
    fn damage_is_named() {
        assert_eq!(decode(""), Err(CodecError::Empty));
        assert!(matches!(decode("v=3&c=1"), Err(CodecError::UnknownVersion(v)) if v == "3"));
        assert!(matches!(
            decode("v=1&c=lots"),
            Err(CodecError::BadValue { field: "c", .. })
        ));
        assert!(matches!(
            decode("v=1&zz=1"),
            Err(CodecError::UnknownField(_))
        ));
        assert!(matches!(
            decode("v=1&c=1&c=2"),
            Err(CodecError::Duplicate(_))
        ));
        assert!(matches!(
            decode("v=1&tg=x~a"),
            Err(CodecError::BadValue { field: "tg", .. })
        ));
        assert!(matches!(
            decode("v=1&tg=k~%ZZ"),
            Err(CodecError::BadValue { field: "tg", .. })
        ));
        assert!(matches!(
            decode("v=1&is=mm"),
            Err(CodecError::BadValue { field: "is", .. })
        ));
        assert!(matches!(decode("v=1&wo=x"), Err(CodecError::Malformed(_))));
        assert!(matches!(
            decode(&"v=1&".repeat(200_000)),
            Err(CodecError::TooLong(_))
        ));
        assert!(decode("v=1&c=1").unwrap().0.production_clusters == Some(1));
        for v1_only_bad in ["v=1&nc=2", "v=1&cc=a", "v=1&go=split", "v=1&sd=p"] {
            assert!(decode(v1_only_bad).is_err(), "{v1_only_bad}");
        }
        for v2_bad in [
            "v=2&cc=l",
            "v=2&co=soc2.soc2",
            "v=2&co=soc2.",
            "v=2&co=n.soc2",
        ] {
            assert!(decode(v2_bad).is_err(), "{v2_bad}");
        }
        for bad in [
            "v=1&w=1&wo=a b",
            "v=1&tg=k~a-b",
            "v=1&w=1&wq=10~x",
            "v=1&w=1&wq=1~x,1~y",
            "v=1&w=1&wr=nope",
            "v=1&w=1&wp=Ana~v%3D1%26w%3D1",
            "v=1&w=1&wp=Ana~garbage",
        ] {
            assert!(
                matches!(decode(bad), Err(CodecError::BadValue { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn version_1_text_migrates() {
        // A v1 share link with a note on "CI credential concern", which was
        // question 6 in v1's order (7 in v2's).
        let (a, w) = decode("v=1&c=3&co=pci&cc=l&go=both&sd=y&w=1&wq=6~rotate%20keys,0~EU%20soon&wp=Ana~v%3D1%26c%3D2%26cc%3Dh").unwrap();
        assert_eq!(a.production_clusters, Some(3));
        assert_eq!(a.compliance, Some(Regimes::of(&[Regime::PciDss])));
        assert_eq!(a.ci_credential_concern, Some(Concern::Accepted));
        assert_eq!(a.gitops_tooling, Some(GitOpsTooling::BothOverlapping));
        assert_eq!(a.split_documented, Some(SplitWritten::Yes));
        let w = w.unwrap();
        assert_eq!(w.note(QuestionId::CiCredentialConcern), "rotate keys");
        assert_eq!(w.note(QuestionId::Clusters), "EU soon");
        assert_eq!(
            w.participants[0].answers.ci_credential_concern,
            Some(Concern::High)
        );
        // Written again, it is version 2 and reads back the same.
        let again = encode(&a, Some(&w));
        assert!(again.starts_with("v=2&"));
        assert_eq!(decode(&again).unwrap(), (a, Some(w)));
    }

    #[test]
    fn several_regimes_and_the_new_answers_round_trip() {
        let a = Answers {
            production_clusters: Some(2),
            non_production_clusters: Some(3),
            compliance: Some(Regimes::of(&[Regime::Soc2, Regime::Iso27001])),
            ci_credential_concern: Some(Concern::ShortLived),
            gitops_tooling: Some(GitOpsTooling::BothSplit),
            split_documented: Some(SplitWritten::Partly),
            ..Answers::default()
        };
        let text = encode(&a, None);
        assert_eq!(text, "v=2&c=2&nc=3&co=soc2.iso&cc=s&go=split&sd=p");
        assert_eq!(decode(&text).unwrap(), (a, None));
        let none = Answers {
            compliance: Some(Regimes::NONE),
            ..Answers::default()
        };
        assert_eq!(encode(&none, None), "v=2&co=n");
    }

    #[test]
    fn workshop_notes_owners_and_participants_round_trip() {
        let mut w = RecordDetails::default();
        w.set_note(QuestionId::Targets, "Lambda stays on CI, ~ for now, 100%");
        w.set_owner("EKS prod~1", "Platform, team");
        w.participants.push(Participant {
            name: "Ana~Bo".into(),
            answers: samples::platform(),
        });
        let encoded = encode(&samples::mixed(), Some(&w));
        assert!(encoded.contains("&wq=5~") && encoded.contains("&wp=Ana%7EBo~v%3D2"));
        assert_eq!(decode(&encoded).unwrap(), (samples::mixed(), Some(w)));
    }
}
