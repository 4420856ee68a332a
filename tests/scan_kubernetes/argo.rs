//! The Argo CD fixtures: an app-of-apps and a hub-and-spoke.

use super::*;

#[test]
fn argo_app_of_apps_finds_waves_hooks_migrations_and_canaries() {
    let f = scan("argo-app-of-apps");
    assert!(f.objects.iter().all(|o| o.tool == GitOpsTool::ArgoCd));
    let root = object(&f, "Application", "root");
    assert_eq!(
        (root.cluster.as_deref(), root.evidence.line),
        (Some("in-cluster"), 3)
    );
    assert_eq!(root.target_namespace.as_deref(), Some("argocd"));
    assert_eq!(
        object(&f, "Application", "cert-manager")
            .target_namespace
            .as_deref(),
        Some("cert-manager")
    );
    object(&f, "AppProject", "shop");
    assert_eq!(object(&f, "image-updater", "shop").evidence.line, 8);
    assert_eq!(
        object(&f, "image-updater", "argocd-image-updater-config")
            .evidence
            .line,
        2
    );

    let set = object(&f, "ApplicationSet", "guestbook");
    assert_eq!(
        set.cluster.as_deref(),
        Some("engineering-dev, engineering-prod, finance-preprod")
    );
    assert_eq!(set.target_namespace.as_deref(), Some("guestbook"));
    let names: Vec<&str> = f.clusters.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "in-cluster",
            "engineering-dev",
            "engineering-prod",
            "finance-preprod"
        ]
    );
    assert_eq!(
        places(&cluster(&f, "finance-preprod").evidence),
        [at("apps/guestbook-appset.yaml", 15)]
    );
    let in_cluster = cluster(&f, "in-cluster");
    assert_eq!(in_cluster.source, "argo-destination");
    assert_eq!(
        places(&in_cluster.evidence),
        [
            at("apps/cert-manager.yaml", 18),
            at("apps/shop.yaml", 17),
            at("bootstrap/root-app.yaml", 16)
        ]
    );

    assert_eq!(
        steps(&f, ImperativeKind::SyncWaves),
        [at("apps/cert-manager.yaml", 7), at("apps/shop.yaml", 7)]
    );
    assert_eq!(
        steps(&f, ImperativeKind::SyncHooks),
        [at("shop/migrate-job.yaml", 6)]
    );
    assert_eq!(
        steps(&f, ImperativeKind::Migrations),
        [at("shop/migrate-job.yaml", 16)]
    );
    assert_eq!(
        steps(&f, ImperativeKind::TrafficShifts),
        [at("shop/rollout.yaml", 22)]
    );
    let shift = f
        .imperative
        .iter()
        .find(|i| i.kind == ImperativeKind::TrafficShifts)
        .unwrap();
    assert_eq!(shift.evidence.excerpt, "canary:");

    assert_eq!(
        places(f.targets.iter().map(|t| &t.evidence)),
        [
            at("shop/migrate-job.yaml", 2),
            at("shop/rollout.yaml", 2),
            at("shop/service.yaml", 2)
        ]
    );
}

#[test]
fn argo_hub_and_spoke_reads_cluster_secrets_and_cluster_generators() {
    let f = scan("argo-hub-spoke");
    let mut names: Vec<&str> = f.clusters.iter().map(|c| c.name.as_str()).collect();
    names.sort();
    assert_eq!(
        names,
        ["spoke-dev", "spoke-eu", "spoke-us"],
        "the repository Secret is no cluster"
    );
    assert!(f.clusters.iter().all(|c| c.source == "argo-cluster-secret"));
    // The Application (read first) named spoke-eu by its server URL; the
    // Secret gave the URL its name, and the evidence merged.
    assert_eq!(
        places(&cluster(&f, "spoke-eu").evidence),
        [
            at("hub/apps/eu-monitoring.yaml", 13),
            at("hub/argocd/clusters/spoke-eu.yaml", 12),
            at("hub/argocd/clusters/spoke-eu.yaml", 13)
        ]
    );
    assert_eq!(
        object(&f, "Application", "eu-monitoring")
            .cluster
            .as_deref(),
        Some("spoke-eu")
    );
    // Base64 `data` is decoded.
    let dev = object(&f, "cluster-secret", "spoke-dev");
    assert_eq!(
        at(&dev.evidence.file, dev.evidence.line),
        at("hub/argocd/clusters/spoke-dev.yaml", 8)
    );
    object(&f, "cluster-secret", "spoke-us");

    let addons = object(&f, "ApplicationSet", "platform-addons");
    assert_eq!(
        addons.cluster.as_deref(),
        Some("registered clusters where env=prod")
    );
    assert_eq!(addons.target_namespace.as_deref(), Some("kube-system"));
    let teams = object(&f, "ApplicationSet", "team-apps");
    assert_eq!(
        teams.cluster.as_deref(),
        Some("registered clusters"),
        "a clusters generator inside a matrix"
    );
    assert_eq!(
        teams.target_namespace, None,
        "templated namespaces are unknown"
    );
    let mut projects: Vec<&str> = f
        .objects
        .iter()
        .filter(|o| o.kind == "AppProject")
        .map(|o| o.name.as_str())
        .collect();
    projects.sort();
    assert_eq!(projects, ["platform", "team-a", "team-b"]);
    assert!(
        f.targets.is_empty(),
        "Argo CD configuration is not a deploy target"
    );
    assert!(
        f.imperative.is_empty(),
        "a wave in an ApplicationSet template is the generated app's"
    );
}
