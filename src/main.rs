fn main() -> std::process::ExitCode {
    blockwatch::cli::main(None)
}
