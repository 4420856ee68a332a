//! `pushpull`: the native command line tool. See `pushpull --help`.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match pushpull::cli::run(&args) {
        Ok(output) => {
            let _ = std::io::stdout().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("pushpull: {}", failure.message);
            if failure.show_usage {
                eprintln!("{}", pushpull::cli::USAGE);
            }
            ExitCode::from(failure.code)
        }
    }
}
