use std::process::ExitCode;

/// mimalloc instead of the C library's allocator: loading a thousand sessions allocates and
/// frees millions of small strings, and glibc's malloc and free were a third of the time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match evaldesk::cli::run() {
        Ok(code) => code,
        Err(error) => {
            eprintln!("evaldesk: {error:#}");
            ExitCode::FAILURE
        }
    }
}
