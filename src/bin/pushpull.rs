//! `pushpull`: the native command line tool. See `pushpull --help`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use clap::Parser;
    use std::io::Write;
    // Usage errors exit 2 and `--help`/`--version` exit 0, from clap.
    let cli = pushpull::cli::Cli::parse();
    let outcome = pushpull::cli::run(cli);
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    std::process::ExitCode::from(outcome.code)
}

// The command line tool is native only; the wasm build has nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}
