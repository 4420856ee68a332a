//! Links into the site's docs for every rule, obligation and warning.
//!
//! Each is a `/docs/<page>#<heading id>` of the guide; a test checks that
//! every one of them exists.

/// "How to pick": single cluster plus small team goes pipeline.
pub const RULE_SINGLE_CLUSTER_SMALL_TEAM: &str = "/docs/how-to-pick#rule-single-cluster-small-team";
/// "How to pick": multi-cluster or compliance goes GitOps.
pub const RULE_MULTI_CLUSTER_OR_COMPLIANCE: &str =
    "/docs/how-to-pick#rule-multi-cluster-or-compliance";
/// "How to pick": mixed workloads end up hybrid.
pub const RULE_MIXED_WORKLOADS: &str = "/docs/how-to-pick#rule-mixed-workloads";
/// "How to pick": no Kubernetes at all goes pipeline.
pub const RULE_NO_KUBERNETES: &str = "/docs/how-to-pick#rule-no-kubernetes";
/// "How to pick": imperative steps weigh toward pipelines for that part.
pub const WEIGH_IMPERATIVE_STEPS: &str = "/docs/how-to-pick#weigh-imperative-steps";
/// "How to pick": disaster recovery and CI credentials weigh toward GitOps.
pub const WEIGH_DR_AND_CREDENTIALS: &str = "/docs/how-to-pick#weigh-dr-and-credentials";
/// "How to pick": a named "why this pattern" per decision.
pub const DOCUMENTED_DRIVER: &str = "/docs/how-to-pick#rule-documented-driver";

/// "When GitOps wins": pulling scales past ten or so clusters.
pub const GITOPS_MULTI_CLUSTER: &str = "/docs/gitops-wins#multi-cluster";
/// "When GitOps wins": auditable declarative state.
pub const GITOPS_COMPLIANCE: &str = "/docs/gitops-wins#compliance";
/// "When GitOps wins": the cluster rebuilds itself from git.
pub const GITOPS_DISASTER_RECOVERY: &str = "/docs/gitops-wins#disaster-recovery";
/// "When GitOps wins": one named controller per cluster, never two overlapping.
pub const GITOPS_NAMED_TOOL: &str = "/docs/gitops-wins#one-tool-per-cluster";

/// "When pipeline deploy wins": a single cluster with simple operations.
pub const PIPELINE_SINGLE_CLUSTER: &str = "/docs/pipeline-wins#single-cluster";
/// "When pipeline deploy wins": a named owning team per pipeline.
pub const PIPELINE_NAMED_OWNER: &str = "/docs/pipeline-wins#pipeline-owner";

/// "Hybrid": GitOps is the standard shape for Kubernetes manifests.
pub const HYBRID_GITOPS_FOR_KUBERNETES: &str = "/docs/hybrid#gitops-for-kubernetes";
/// "Hybrid": CI builds the image and updates the manifest repo.
pub const HYBRID_IMAGE_BUILD: &str = "/docs/hybrid#image-bridge";
/// "Hybrid": a written "GitOps does X, pipelines do Y" per org.
pub const HYBRID_DOCUMENTED_SPLIT: &str = "/docs/hybrid#documented-split";

/// "When pipeline deploy wins": short-lived, scoped CI credentials.
pub const PIPELINE_CI_CREDENTIALS: &str = "/docs/pipeline-wins#ci-credentials";
/// "Secrets under GitOps": what each approach puts in git, who holds the key.
pub const SECRETS_COMPARE: &str = "/docs/secrets#compare";
/// "Supply chain": GitOps alone does not stop a poisoned image.
pub const SUPPLY_CHAIN_POISONED_IMAGE: &str = "/docs/supply-chain#poisoned-image";
/// "Promotion": one digest promoted by a pull request per environment.
pub const PROMOTION_DIGESTS: &str = "/docs/promotion#promote-digests";
/// "Controller topology": a hub stores every spoke's credentials.
pub const TOPOLOGY_HUB_CREDENTIALS: &str = "/docs/topology#hub-credentials";
/// "Progressive delivery": canaries and analysis declared in git.
pub const PROGRESSIVE_TRAFFIC_SHIFTS: &str = "/docs/progressive-delivery#traffic-shifts-in-git";
/// "Progressive delivery": rollback and break-glass under GitOps.
pub const PROGRESSIVE_ROLLBACK: &str = "/docs/progressive-delivery#rollback";
/// "Cloud resources": in-cluster controllers versus pipelines.
pub const CLOUD_RESOURCES_COMPARE: &str = "/docs/cloud-resources#compare";
/// "Migrating from push to pull": the staged cutover.
pub const MIGRATION_CUTOVER: &str = "/docs/migration#staged-cutover";

/// The answers model's versioning: a record must say which rules it used.
pub const ANSWERS_SCHEMA: &str = "/docs/how-to-pick#rule-documented-driver";

/// Every anchor above, for tests and for the docs build to check coverage.
pub const ALL: &[&str] = &[
    RULE_SINGLE_CLUSTER_SMALL_TEAM,
    RULE_MULTI_CLUSTER_OR_COMPLIANCE,
    RULE_MIXED_WORKLOADS,
    RULE_NO_KUBERNETES,
    WEIGH_IMPERATIVE_STEPS,
    WEIGH_DR_AND_CREDENTIALS,
    DOCUMENTED_DRIVER,
    GITOPS_MULTI_CLUSTER,
    GITOPS_COMPLIANCE,
    GITOPS_DISASTER_RECOVERY,
    GITOPS_NAMED_TOOL,
    PIPELINE_SINGLE_CLUSTER,
    PIPELINE_NAMED_OWNER,
    HYBRID_GITOPS_FOR_KUBERNETES,
    HYBRID_IMAGE_BUILD,
    HYBRID_DOCUMENTED_SPLIT,
    ANSWERS_SCHEMA,
    PIPELINE_CI_CREDENTIALS,
    SECRETS_COMPARE,
    SUPPLY_CHAIN_POISONED_IMAGE,
    PROMOTION_DIGESTS,
    TOPOLOGY_HUB_CREDENTIALS,
    PROGRESSIVE_TRAFFIC_SHIFTS,
    PROGRESSIVE_ROLLBACK,
    CLOUD_RESOURCES_COMPARE,
    MIGRATION_CUTOVER,
];
