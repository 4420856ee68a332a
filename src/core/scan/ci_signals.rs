//! What else a CI line shows besides its mechanism: the cluster it talks
//! to, the namespace, credentials it holds, an ephemeral cluster it makes,
//! a migration it runs.

use super::ci_text::{flag_value, key_value, operands, program, words};

/// Where a cluster name came from, as [`super::model::Cluster::source`].
pub type ClusterSource = &'static str;

/// A cluster a credentials or context step names: (name, source).
pub fn cluster_ref(code: &str) -> Option<(String, ClusterSource)> {
    let w = words(code);
    let at = |a: &str, b: &str| w.windows(2).position(|p| p[0] == a && p[1] == b);
    let found = if let Some(i) = at("clusters", "get-credentials") {
        let gcloud = w[..i].iter().any(|x| program(x) == "gcloud");
        let name = operands(
            &w,
            i + 1,
            &["--zone", "--region", "--project", "--location"],
        );
        gcloud
            .then(|| name.first().map(|n| (n.to_string(), "gke-credentials")))
            .flatten()
    } else if let Some(i) = at("eks", "update-kubeconfig") {
        flag_value(&w[i..], &["--name"]).map(|n| (n.to_string(), "eks-kubeconfig"))
    } else if let Some(i) = at("aks", "get-credentials") {
        flag_value(&w[i..], &["--name", "-n"]).map(|n| (n.to_string(), "aks-credentials"))
    } else if let Some(i) = at("config", "use-context") {
        w.get(i + 2).map(|n| (n.to_string(), "kube-context"))
    } else {
        let kube = w
            .iter()
            .any(|x| matches!(program(x), "kubectl" | "helm" | "helmfile"));
        let ctx = flag_value(&w, &["--context", "--kube-context"]);
        kube.then(|| ctx.map(|n| (n.to_string(), "kube-context")))
            .flatten()
    };
    found.filter(|(name, _)| is_literal(name))
}

/// A name that is neither empty nor an unresolved variable or template.
pub fn is_literal(name: &str) -> bool {
    !name.is_empty() && !name.contains(['$', '{', '}', '<', '>', '%']) && !name.starts_with('-')
}

/// Contexts that belong to throwaway local clusters (kind, k3d, minikube).
pub fn is_ephemeral_context(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("kind-") || n.starts_with("k3d-") || n == "minikube" || n == "kind"
}

/// The namespace a Kubernetes deploy line names (`-n X`, `--namespace X`).
pub fn namespace(code: &str) -> Option<String> {
    let w = words(code);
    flag_value(&w, &["--namespace", "-n"])
        .filter(|n| is_literal(n))
        .map(str::to_string)
}

/// The line fetches or holds cluster credentials: a get-credentials or
/// update-kubeconfig step, a kubeconfig secret or Jenkins credential.
pub fn holds_credentials(code: &str) -> bool {
    let lower = code.to_ascii_lowercase();
    if lower.contains("get-credentials")
        || lower.contains("update-kubeconfig")
        || lower.contains("withkubeconfig")
        || lower.contains("get-gke-credentials")
        || lower.contains("azure/aks-set-context")
        || lower.contains("azure/k8s-set-context")
    {
        return true;
    }
    if lower.contains("kubernetesserviceconnection") || lower.contains("kubernetesserviceendpoint")
    {
        return true;
    }
    if let Some((key, value)) = key_value(&lower) {
        let kube_key = matches!(key, "kubeconfig" | "kube_config" | "kubeconfig_data");
        if kube_key && value.starts_with('$') && !value.starts_with("$(") {
            return true;
        }
    }
    let names_kubeconfig = lower.contains("kubeconfig") || lower.contains("kube_config");
    names_kubeconfig
        && (lower.contains("secrets.")
            || lower.contains("credentials")
            || lower.contains("kubeconfigid"))
}

/// Actions that create a throwaway cluster for the job.
const EPHEMERAL_ACTIONS: [&str; 5] = [
    "helm/kind-action",
    "absaoss/k3d-action",
    "medyagh/setup-minikube",
    "nolar/setup-k3d-k3s",
    "engineerd/setup-kind",
];

/// The line creates an ephemeral cluster (kind, k3d, minikube).
pub fn creates_ephemeral_cluster(code: &str) -> bool {
    let lower = code.to_ascii_lowercase();
    if EPHEMERAL_ACTIONS.iter().any(|a| lower.contains(a)) {
        return true;
    }
    let w = words(&lower);
    w.windows(3).any(|p| {
        let prog = program(p[0]);
        (prog == "kind" && p[1] == "create" && p[2] == "cluster")
            || (prog == "k3d" && p[1] == "cluster" && p[2] == "create")
            || (prog == "ctlptl" && p[1] == "create" && p[2] == "cluster")
    }) || w
        .windows(2)
        .any(|p| program(p[0]) == "minikube" && p[1] == "start")
}

/// The line runs a database migration.
pub fn is_migration(code: &str) -> bool {
    let lower = code.to_ascii_lowercase();
    let t = lower.trim_start().trim_start_matches("- ");
    if [
        "name:",
        "stage(",
        "id:",
        "image:",
        "description:",
        "displayname:",
        "echo ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
    {
        return false;
    }
    let w = words(&lower);
    let word_migrate = lower
        .match_indices("migrate")
        .any(|(at, _)| at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphabetic());
    word_migrate
        || w.iter()
            .any(|x| matches!(program(x), "flyway" | "liquibase"))
        || w.windows(2)
            .any(|p| program(p[0]) == "alembic" && p[1] == "upgrade")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_clusters() {
        let cases = [
            (
                "gcloud container clusters get-credentials prod-eu --zone europe-west1-b",
                Some(("prod-eu", "gke-credentials")),
            ),
            (
                "aws eks update-kubeconfig --region eu-west-1 --name shop-prod",
                Some(("shop-prod", "eks-kubeconfig")),
            ),
            (
                "az aks get-credentials --resource-group rg --name aks-prod",
                Some(("aks-prod", "aks-credentials")),
            ),
            (
                "kubectl config use-context staging",
                Some(("staging", "kube-context")),
            ),
            (
                "kubectl --context=prod apply -f x",
                Some(("prod", "kube-context")),
            ),
            (
                "helm upgrade --install web . --kube-context prod",
                Some(("prod", "kube-context")),
            ),
            (
                "gcloud container clusters get-credentials ${{ secrets.CLUSTER }}",
                None,
            ),
            ("kubectl apply -f x", None),
        ];
        for (line, want) in cases {
            let got = cluster_ref(line);
            assert_eq!(got.as_ref().map(|(n, s)| (n.as_str(), *s)), want, "{line}");
        }
    }

    #[test]
    fn reads_other_signals() {
        assert_eq!(
            namespace("kubectl apply -n prod -f k8s/").as_deref(),
            Some("prod")
        );
        assert_eq!(
            namespace("helm upgrade --install web . --namespace=shop").as_deref(),
            Some("shop")
        );
        assert!(holds_credentials("KUBECONFIG: ${{ secrets.KUBE_CONFIG }}"));
        assert!(holds_credentials("withKubeConfig([credentialsId: 'kc']) {"));
        assert!(!holds_credentials(
            "export KUBECONFIG=$(kind get kubeconfig)"
        ));
        assert!(creates_ephemeral_cluster("kind create cluster --name e2e"));
        assert!(creates_ephemeral_cluster("- uses: helm/kind-action@v1"));
        assert!(creates_ephemeral_cluster("k3d cluster create ci"));
        assert!(!creates_ephemeral_cluster("kind get clusters"));
        assert!(is_migration("sh 'python manage.py migrate --noinput'"));
        assert!(is_migration("run: bundle exec rails db:migrate"));
        assert!(is_migration("npx prisma migrate deploy"));
        assert!(is_migration("flyway -url=jdbc:x migrate"));
        assert!(is_migration("alembic upgrade head"));
        assert!(!is_migration("name: Migrate database"));
        assert!(!is_migration("immigrate"));
        assert!(is_ephemeral_context("kind-e2e"));
    }
}
