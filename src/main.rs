//! The `gazegraph` command line: a thin layer over the library that parses arguments, shows progress and maps
//! errors to exit codes. See `gazegraph --help`.

mod cmd;

fn main() -> std::process::ExitCode {
    cmd::run()
}
