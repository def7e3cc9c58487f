//! Entry point: parse, run, and one exit-code policy — 0 ok, 1 error, 2 usage (clap),
//! 3 "no" from a question command. A closed pipe ends the run quietly.

use clap::Parser;
use iae::cli::Cli;
use iae::commands::{self, Ctx};
use iae::error::{Exit, Hinted};
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
    let ctx = Ctx {
        dir: cli.dir.clone(),
        format: cli.format,
        today: cli
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        lang: cli
            .lang
            .unwrap_or_else(|| iae::reference::Lang::from_locale(locale.as_deref())),
        interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
    };
    match commands::run(&ctx, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => report(&err),
    }
}

fn report(err: &anyhow::Error) -> ExitCode {
    if let Some(Exit(code)) = err.downcast_ref::<Exit>() {
        return ExitCode::from(*code as u8);
    }
    let broken_pipe = err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("error: {err}");
    for cause in err.chain().skip(1) {
        eprintln!("  caused by: {cause}");
    }
    if let Some(h) = err.chain().find_map(|c| c.downcast_ref::<Hinted>()) {
        eprintln!("hint: {}", h.hint);
    }
    ExitCode::from(1)
}
