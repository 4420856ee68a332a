//! The scanner worker's side of the conversation: it answers `Scan` and
//! nothing else. It is a worker of its own, started when someone picks a
//! folder, so the YAML parser and the scanner never load with the rules.

use super::reply::Reply;
use super::request::Request;
use crate::core::codec;
use crate::core::scan::report_view::{scan_report, source_id};
use crate::core::scan::{scan, RepoFile, Unreadable};

/// The scanner's reply to anything but a scan.
pub const ONLY_SCANS: &str = "The scanner only reads folders.";

/// The reply to a message as the app sent it.
pub fn respond_to_scan(message: &str) -> Reply {
    match Request::decode(message) {
        Ok(Request::Scan { files, not_read }) => scanned(files, not_read),
        Ok(_) => Reply::Error(ONLY_SCANS.into()),
        Err(error) => Reply::Error(format!("The scanner could not read a request: {error}.")),
    }
}

/// Scans the files the browser read and draws the evidence report.
fn scanned(files: Vec<(String, String)>, not_read: Vec<(String, String)>) -> Reply {
    let mut files: Vec<RepoFile> = files
        .into_iter()
        .map(|(path, text)| RepoFile { path, text })
        .collect();
    // In path order, as the CLI's walker reads them.
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut not_read: Vec<Unreadable> = not_read
        .into_iter()
        .map(|(file, reason)| Unreadable { file, reason })
        .collect();
    not_read.sort_by(|a, b| a.file.cmp(&b.file));
    let report = scan(&files, not_read);
    Reply::Scanned {
        report: scan_report(&report).into_string(),
        answers: codec::encode(&report.answers, None),
        sources: report
            .answer_sources
            .iter()
            .map(|s| (s.question.key().to_string(), source_id(s.question)))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ask(request: Request) -> Reply {
        Reply::decode(&respond_to_scan(&request.encode()).encode()).unwrap()
    }

    #[test]
    fn scan_reports_and_prefills_with_links_to_its_evidence() {
        let files = vec![(
            ".github/workflows/deploy.yml".to_string(),
            "on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gcloud container clusters get-credentials prod-eu\n      - run: kubectl apply -f k8s/\n".to_string(),
        )];
        let Reply::Scanned {
            report,
            answers,
            sources,
        } = ask(Request::Scan {
            files,
            not_read: vec![(
                "big.json".into(),
                "2000000 bytes, more than the 1 MiB read per file".into(),
            )],
        })
        else {
            panic!("scanned");
        };
        let (answers, _) = codec::decode(&answers).unwrap();
        assert_eq!(answers.production_clusters, Some(1));
        assert!(!sources.is_empty());
        for (key, id) in &sources {
            assert!(
                crate::core::questionnaire::form::question(key).is_some(),
                "{key}"
            );
            assert!(report.contains(&format!("id=\"{id}\"")), "{id}: {report}");
        }
        assert!(
            report.contains(
                "<code title=\"run: kubectl apply -f k8s/\">.github/workflows/deploy.yml:7</code>"
            ) || report.contains(".github/workflows/deploy.yml:7"),
            "{report}"
        );
        assert!(report.contains("Not read"), "{report}");
        assert!(report.contains("big.json"), "{report}");
    }

    #[test]
    fn answers_nothing_but_scans() {
        let hello = Request::Hello {
            base: String::new(),
            site_url: String::new(),
        };
        assert_eq!(ask(hello), Reply::Error(ONLY_SCANS.into()));
        assert!(
            matches!(respond_to_scan("garbage"), Reply::Error(e) if e.starts_with("The scanner could not read"))
        );
    }
}
