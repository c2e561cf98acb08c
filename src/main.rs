//! The `adieu` binary: everything happens in the library's [`adieu::run`].

fn main() -> std::process::ExitCode {
    adieu::run(std::env::args_os())
}
