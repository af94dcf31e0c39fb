use std::process::ExitCode;

fn main() -> ExitCode {
    match evaldesk::cli::run() {
        Ok(code) => code,
        Err(error) => {
            eprintln!("evaldesk: {error:#}");
            ExitCode::FAILURE
        }
    }
}
