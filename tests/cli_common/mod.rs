//! Running the built `pushpull` binary from the tests, with no
//! `PUSHPULL_*` variables from the caller's environment.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// What a run printed and its exit code.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn pushpull(args: &[&str]) -> Run {
    pushpull_with(args, &[])
}

/// Runs `pushpull args…` in the repository root with `env` set.
pub fn pushpull_with(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pushpull"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("PUSHPULL_SITE_URL")
        .env_remove("PUSHPULL_TODAY");
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command.output().expect("run pushpull");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A fresh, empty directory under the system's temporary directory.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pushpull-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
