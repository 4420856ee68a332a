//! Tests of `yaml_docs`: splitting, parsing, the line fallback, accessors.

use super::*;

fn file(path: &str, text: &str) -> RepoFile {
    RepoFile {
        path: path.to_string(),
        text: text.to_string(),
    }
}

#[test]
fn splits_documents_and_keeps_first_lines() {
    let text = "# head\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n---\n# only a comment\n--- # c\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\n";
    let docs = split_documents(text);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].first_line(), 1);
    assert_eq!(docs[0].kind().as_deref(), Some("Service"));
    assert_eq!(docs[0].kind_line(), Some(3));
    assert_eq!(docs[1].first_line(), 10);
    assert_eq!(
        docs[1].lookup("metadata.namespace"),
        Some(("shop".into(), 14))
    );
    assert_eq!(docs[1].api_group(), "apps");
    assert!(docs[1].is_parsed());
}

#[test]
fn helm_template_falls_back_to_lines() {
    let text = "{{- if .Values.enabled }}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include \"x.name\" . }}\n  annotations:\n    argocd.argoproj.io/sync-wave: \"2\"\n  labels:\n    {{- include \"x.labels\" . | nindent 4 }}\nspec:\n  replicas: {{ .Values.replicas }}\n{{- end }}\n";
    let docs = split_documents(text);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert!(!d.is_parsed());
    assert_eq!(d.kind().as_deref(), Some("Deployment"));
    assert_eq!(d.api_version().as_deref(), Some("apps/v1"));
    assert!(is_templated(&d.name().unwrap()));
    assert_eq!(
        d.annotation("argocd.argoproj.io/sync-wave"),
        Some(("2".into(), 7))
    );
}

#[test]
fn json_manifest_counts_as_one_document() {
    let text = "{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"ConfigMap\",\n  \"metadata\": {\"name\": \"cfg\"}\n}\n";
    let docs = documents_of(&file("k8s/cfg.json", text));
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].name().as_deref(), Some("cfg"));
    assert_eq!(docs[0].kind_line(), Some(3));
    assert_eq!(docs[0].line_of(&["metadata", "name"]), Some(4));
}

#[test]
fn cloudformation_tags_and_junk_never_panic() {
    let cfn = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: !Ref Cidr\n      Tags: !GetAtt [A, B]\n      Name: !Sub '${AWS::StackName}-vpc'\n";
    let docs = split_documents(cfn);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].kind(), None);
    for junk in [
        "",
        "\n\n",
        "---",
        "\u{0}\u{1}\u{fffd}: [",
        "a: [[[[",
        "- - -",
        "key: \"open",
        "{",
        "\u{feff}kind: X",
    ] {
        for d in documents_of(&file("x.yaml", junk)) {
            let _ = (
                d.kind(),
                d.name(),
                d.annotation("a"),
                d.kind_line(),
                d.lookup("a.b.0"),
            );
        }
    }
}

#[test]
fn flow_lists_find_their_lines_by_key() {
    let text = "spec:\n  generators:\n  - list:\n      elements:\n      - {cluster: dev, url: https://1.2.3.4}\n      - cluster: prod\n        url: https://5.6.7.8\n";
    let d = &split_documents(text)[0];
    let el = ["spec", "generators", "0", "list", "elements"];
    let mut p1 = el.to_vec();
    p1.extend(["1", "url"]);
    assert_eq!(d.get(&p1).as_deref(), Some("https://5.6.7.8"));
    assert_eq!(d.line_of(&p1), Some(7));
    let mut p0 = el.to_vec();
    p0.extend(["0", "cluster"]);
    assert_eq!(d.get(&p0).as_deref(), Some("dev"));
    assert_eq!(d.line_of(&p0), Some(5));
}
