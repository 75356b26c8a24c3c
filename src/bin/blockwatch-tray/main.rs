//! blockwatch with its tray icon. `blockwatch run` starts this executable
//! when there is a display; it is separate so that the headless daemon never
//! maps GTK (about 70 libraries, 10 MB of memory). On Windows it is a GUI
//! program, so that starting it at login opens no console window.
#![cfg_attr(windows, windows_subsystem = "windows")]

mod icons;
mod intro;
mod tray;

fn main() -> std::process::ExitCode {
    blockwatch::cli::main(Some(tray::run))
}
