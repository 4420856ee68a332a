//! Which files are CI definitions, and of which system.

use super::model::CiSystem;

/// The CI system a file (path relative to the scanned folder, with `/`)
/// belongs to, or `None` when it is not a CI definition.
pub fn ci_system(path: &str) -> Option<CiSystem> {
    let path = path.trim_start_matches("./");
    let (dir, name) = match path.rsplit_once('/') {
        Some((dir, name)) => (dir, name),
        None => ("", path),
    };
    let lower = name.to_ascii_lowercase();
    let yaml = lower.ends_with(".yml") || lower.ends_with(".yaml");
    let parent = dir.rsplit('/').next().unwrap_or(dir);
    if yaml && (dir == ".github/workflows" || dir.ends_with("/.github/workflows")) {
        return Some(CiSystem::GithubActions);
    }
    if lower == ".gitlab-ci.yml" || lower == ".gitlab-ci.yaml" || lower.ends_with(".gitlab-ci.yml")
    {
        return Some(CiSystem::GitlabCi);
    }
    let prose = [".md", ".txt", ".html"].iter().any(|e| lower.ends_with(e));
    if (name.starts_with("Jenkinsfile") || lower.ends_with(".jenkinsfile")) && !prose {
        return Some(CiSystem::Jenkins);
    }
    if parent == ".circleci" && (lower == "config.yml" || lower == "config.yaml") {
        return Some(CiSystem::Circleci);
    }
    if lower == "azure-pipelines.yml" || lower == "azure-pipelines.yaml" {
        return Some(CiSystem::AzurePipelines);
    }
    if yaml && parent == ".azure-pipelines" {
        return Some(CiSystem::AzurePipelines);
    }
    if lower == "bitbucket-pipelines.yml" || lower == "bitbucket-pipelines.yaml" {
        return Some(CiSystem::BitbucketPipelines);
    }
    if lower == "cloudbuild.yml" || lower == "cloudbuild.yaml" {
        return Some(CiSystem::CloudBuild);
    }
    None
}

/// How a report names the system.
pub fn ci_label(ci: CiSystem) -> &'static str {
    match ci {
        CiSystem::GithubActions => "GitHub Actions workflow",
        CiSystem::GitlabCi => "GitLab CI pipeline",
        CiSystem::Jenkins => "Jenkins pipeline",
        CiSystem::Circleci => "CircleCI config",
        CiSystem::AzurePipelines => "Azure Pipelines definition",
        CiSystem::BitbucketPipelines => "Bitbucket Pipelines definition",
        CiSystem::CloudBuild => "Cloud Build config",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CiSystem::*;

    #[test]
    fn recognises_each_system() {
        let cases = [
            (".github/workflows/deploy.yml", Some(GithubActions)),
            (".github/workflows/e2e.yaml", Some(GithubActions)),
            (".github/workflows/README.md", None),
            (".github/dependabot.yml", None),
            (".gitlab-ci.yml", Some(GitlabCi)),
            ("ci/deploy.gitlab-ci.yml", Some(GitlabCi)),
            ("Jenkinsfile", Some(Jenkins)),
            ("jenkins/Jenkinsfile.deploy", Some(Jenkins)),
            ("docs/Jenkinsfile.md", None),
            (".circleci/config.yml", Some(Circleci)),
            ("azure-pipelines.yml", Some(AzurePipelines)),
            (".azure-pipelines/release.yml", Some(AzurePipelines)),
            ("bitbucket-pipelines.yml", Some(BitbucketPipelines)),
            ("cloudbuild.yaml", Some(CloudBuild)),
            ("deploy/cloudbuild.yml", Some(CloudBuild)),
            ("k8s/deployment.yaml", None),
            ("", None),
        ];
        for (path, want) in cases {
            assert_eq!(ci_system(path), want, "{path}");
        }
    }
}
