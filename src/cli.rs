//! The command line: parsing, logging set-up, and dispatch to the commands.
//! Exit status: 0 healthy, 1 a problem found, 2 usage or configuration error.

use crate::config::{self, Config};
use crate::wording;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "blockwatch",
    version,
    about = "Tells you why ChatGPT says \"Access denied\" and what fixes it"
)]
pub struct Cli {
    /// Read the configuration from FILE instead of the default location.
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,
    /// More log output on stderr (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check once: is ChatGPT blocked, why, and what fixes it.
    Check {
        /// Print one JSON object instead of the report.
        #[arg(long)]
        json: bool,
        /// Your browser still shows the block: diagnose the browser side too.
        #[arg(long)]
        browser_blocked: bool,
    },
    /// Print the effective configuration and where it came from.
    Config,
}

pub const EXIT_OK: u8 = 0;
pub const EXIT_PROBLEM: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

fn init_logging(verbose: u8) {
    use tracing_subscriber::EnvFilter;
    let default = match verbose {
        0 => "blockwatch=warn",
        1 => "blockwatch=info",
        2 => "blockwatch=debug",
        _ => "blockwatch=trace,info",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

fn load_config(cli: &Cli) -> Result<(Config, config::Source), ExitCode> {
    config::load(cli.config.as_deref()).map_err(|e| {
        eprintln!("{}: configuration error: {e}", wording::APP_NAME);
        ExitCode::from(EXIT_USAGE)
    })
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .max_blocking_threads(4)
        .build()
        .expect("tokio runtime")
}

pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    let (cfg, source) = match load_config(&cli) {
        Ok(c) => c,
        Err(code) => return code,
    };
    match cli.command {
        Some(Command::Config) => {
            println!("# {} configuration, from {source}", wording::APP_NAME);
            print!("{}", cfg.to_toml());
            ExitCode::from(EXIT_OK)
        }
        Some(Command::Check {
            json,
            browser_blocked,
        }) => check(&cfg, json, browser_blocked),
        None => check(&cfg, false, false),
    }
}

fn check(cfg: &Config, json: bool, browser_blocked: bool) -> ExitCode {
    let http = match crate::adapters::http::Http::new(cfg) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("{}: cannot set up HTTP: {e}", wording::APP_NAME);
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let rt = runtime();
    let outcome = rt.block_on(crate::check::run(cfg, &http, browser_blocked));
    // A name lookup stuck in the system resolver must not hold the exit.
    rt.shutdown_background();
    let report = outcome.report(cfg, now_rfc3339());
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else {
        print!("{}", wording::text_report(&report));
    }
    ExitCode::from(if report.is_healthy() {
        EXIT_OK
    } else {
        EXIT_PROBLEM
    })
}
