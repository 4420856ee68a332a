//! `pushpull`: the native command line tool. See `pushpull --help`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::io::Write;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match pushpull::cli::run(&args) {
        Ok(output) => {
            let _ = std::io::stdout().write_all(output.as_bytes());
            std::process::ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("pushpull: {}", failure.message);
            if failure.show_usage {
                eprintln!("{}", pushpull::cli::USAGE);
            }
            std::process::ExitCode::from(failure.code)
        }
    }
}

// The command line tool is native only; the wasm build has nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}
