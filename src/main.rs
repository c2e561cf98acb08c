//! The `adieu` binary: everything happens in the library's [`adieu::run`].

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    adieu::run(std::env::args_os())
}
