//! Reading a JSON answers file, with errors that name the field at fault.

use std::path::Path;

use super::Failure;
use crate::core::engine::answers::ANSWERS_SCHEMA_VERSION;
use crate::core::engine::answers_v1::{self, AnswersV1};
use crate::core::engine::Answers;
use crate::core::record::details::RecordDetails;

/// Reads a JSON file of record details (`RecordDetails`).
pub fn read_details(path: &Path) -> Result<RecordDetails, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::bad_input(format!("{}: cannot read: {e}", path.display())))?;
    let mut deserializer = serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        Failure::bad_input(format!(
            "{}: invalid details at field `{}`: {}",
            path.display(),
            error.path(),
            error.inner()
        ))
    })
}

pub fn read_answers(path: &Path) -> Result<Answers, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::bad_input(format!("{}: cannot read: {e}", path.display())))?;
    parse_answers(&text)
        .map_err(|message| Failure::bad_input(format!("{}: {message}", path.display())))
}

/// Parses answers JSON of the current version or of version 1 (migrated,
/// see `answers_v1`); an error names the field (`targets[1].kind`).
pub fn parse_answers(text: &str) -> Result<Answers, String> {
    let version = serde_json::from_str::<serde_json::Value>(text)
        .map(|value| answers_v1::json_version(&value))
        .unwrap_or(ANSWERS_SCHEMA_VERSION);
    let answers = if version == answers_v1::V1 {
        parse_as::<AnswersV1>(text)?.into()
    } else {
        parse_as::<Answers>(text)?
    };
    answers
        .validate()
        .map_err(|e| format!("invalid answers: {e}"))?;
    Ok(answers)
}

fn parse_as<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let answers: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let field = error.path().to_string();
        let inner = error.into_inner();
        if field == "." || field.is_empty() {
            format!("invalid answers: {inner}")
        } else {
            format!("invalid answers at field `{field}`: {inner}")
        }
    })?;
    deserializer
        .end()
        .map_err(|e| format!("invalid answers: trailing data: {e}"))?;
    Ok(answers)
}

#[cfg(test)]
mod tests {
    use super::parse_answers;

    #[test]
    fn names_the_field_at_fault() {
        let error = parse_answers(r#"{"production_clusters": 3, "targets": [{"name": "a", "kind": "kubernetes"}, {"name": "b", "kind": "mainframe"}]}"#).unwrap_err();
        assert!(error.contains("`targets[1].kind`"), "{error}");
        let error = parse_answers(r#"{"production_clusters": "three"}"#).unwrap_err();
        assert!(error.contains("`production_clusters`"), "{error}");
        let error = parse_answers(r#"{"schema_version": 1, "clusters": "three"}"#).unwrap_err();
        assert!(error.contains("`clusters`"), "{error}");
        let error = parse_answers(r#"{"colour": "blue"}"#).unwrap_err();
        assert!(error.contains("colour"), "{error}");
        let error = parse_answers(r#"{"schema_version": 7}"#).unwrap_err();
        assert!(error.contains("schema_version"), "{error}");
    }

    #[test]
    fn accepts_partial_answers() {
        let answers =
            parse_answers(r#"{"schema_version": 1, "clusters": 1, "team_size": 4}"#).unwrap();
        assert_eq!(answers.production_clusters, Some(1));
        assert_eq!(answers.compliance, None);
        let answers = parse_answers(r#"{"clusters": 2, "compliance": "hipaa"}"#).unwrap();
        assert_eq!(answers.production_clusters, Some(2));
        assert!(answers.regimes().is_some());
        let answers = parse_answers(
            r#"{"production_clusters": 1, "non_production_clusters": 2, "compliance": []}"#,
        )
        .unwrap();
        assert_eq!(answers.all_clusters(), Some(3));
    }
}
