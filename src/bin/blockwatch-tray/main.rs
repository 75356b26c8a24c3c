//! blockwatch with its tray icon. `blockwatch run` starts this executable
//! when there is a display; it is separate so that the headless daemon never
//! maps GTK (about 70 libraries, 10 MB of memory).

mod icons;
mod tray;

fn main() -> std::process::ExitCode {
    blockwatch::cli::main(Some(tray::run))
}
