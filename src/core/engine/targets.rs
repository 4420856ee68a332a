//! Deploy targets: what the org ships to, and representative target mixes.

use serde::{Deserialize, Serialize};

/// What kind of surface a target is. Only `Kubernetes` can be run by a
/// GitOps controller; everything else is a pipeline deploy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetKind {
    Kubernetes,
    Serverless,
    /// Virtual machines (EC2 and the like).
    Vm,
    OnPrem,
    Other,
}

impl TargetKind {
    pub const ALL: [TargetKind; 5] = [
        TargetKind::Kubernetes,
        TargetKind::Serverless,
        TargetKind::Vm,
        TargetKind::OnPrem,
        TargetKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TargetKind::Kubernetes => "Kubernetes",
            TargetKind::Serverless => "serverless",
            TargetKind::Vm => "VMs",
            TargetKind::OnPrem => "on-prem",
            TargetKind::Other => "other",
        }
    }

    pub fn is_kubernetes(self) -> bool {
        self == TargetKind::Kubernetes
    }
}

/// One named deploy target, e.g. `{ name: "EKS prod", kind: Kubernetes }`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub name: String,
    pub kind: TargetKind,
}

impl Target {
    pub fn new(name: impl Into<String>, kind: TargetKind) -> Self {
        Target {
            name: name.into(),
            kind,
        }
    }

    /// "EKS prod (Kubernetes)"; just the name when it is the generic name
    /// of its kind ("Serverless functions").
    pub fn describe(&self) -> String {
        if self.name == generic_name(self.kind) {
            self.name.clone()
        } else if self.name.ends_with(')') {
            // "EKS (prod, staging) (Kubernetes)" would stack brackets.
            let kind = match self.kind {
                TargetKind::Kubernetes => "on Kubernetes",
                TargetKind::Serverless => "serverless",
                TargetKind::Vm => "on VMs",
                TargetKind::OnPrem => "on-prem",
                TargetKind::Other => "of another kind",
            };
            format!("{}, {kind}", self.name)
        } else {
            format!("{} ({})", self.name, self.kind.label())
        }
    }
}

/// Representative target mixes used for "what would change it".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TargetMix {
    KubernetesOnly,
    KubernetesAndServerless,
    ServerlessAndVms,
}

impl TargetMix {
    pub const ALL: [TargetMix; 3] = [
        TargetMix::KubernetesOnly,
        TargetMix::KubernetesAndServerless,
        TargetMix::ServerlessAndVms,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TargetMix::KubernetesOnly => "Kubernetes only",
            TargetMix::KubernetesAndServerless => "Kubernetes + serverless",
            TargetMix::ServerlessAndVms => "serverless + VMs only",
        }
    }

    /// The kinds in this mix, sorted and without repeats.
    pub fn kinds(self) -> &'static [TargetKind] {
        match self {
            TargetMix::KubernetesOnly => &[TargetKind::Kubernetes],
            TargetMix::KubernetesAndServerless => &[TargetKind::Kubernetes, TargetKind::Serverless],
            TargetMix::ServerlessAndVms => &[TargetKind::Serverless, TargetKind::Vm],
        }
    }

    /// A concrete target list for this mix, with generic names.
    pub fn targets(self) -> Vec<Target> {
        self.kinds()
            .iter()
            .map(|&kind| Target::new(generic_name(kind), kind))
            .collect()
    }

    /// True when `targets` has exactly this mix's set of kinds.
    pub fn matches(self, targets: &[Target]) -> bool {
        let kinds = self.kinds();
        targets.iter().all(|t| kinds.contains(&t.kind))
            && kinds.iter().all(|k| targets.iter().any(|t| t.kind == *k))
    }
}

/// A name for a target of `kind` the user has not named yet.
pub fn generic_name(kind: TargetKind) -> &'static str {
    match kind {
        TargetKind::Kubernetes => "Kubernetes cluster",
        TargetKind::Serverless => "Serverless functions",
        TargetKind::Vm => "Virtual machines",
        TargetKind::OnPrem => "On-prem servers",
        TargetKind::Other => "Other target",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixes_match_their_own_targets_only() {
        for mix in TargetMix::ALL {
            for other in TargetMix::ALL {
                assert_eq!(other.matches(&mix.targets()), mix == other);
            }
        }
    }

    #[test]
    fn describe_names_kind() {
        let t = Target::new("EKS prod", TargetKind::Kubernetes);
        assert_eq!(t.describe(), "EKS prod (Kubernetes)");
    }
}
