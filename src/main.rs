//! Entry point: parse, run, and one exit-code policy — 0 ok, 1 error, 2 usage (clap),
//! 3 "no" from a question command. A closed pipe ends the run quietly. Only this file
//! prints errors and picks the exit code.

use clap::Parser;
use iae::cli::Cli;
use iae::commands::{self, Ctx};
use iae::error::{Status, UserError};
use iae::t;
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    clap_complete::CompleteEnv::with_factory(iae::cli::completion_command)
        .var(iae::commands::completions::COMPLETE_VAR)
        .complete();
    let cli = Cli::parse();
    let lang = iae::i18n::choose(cli.lang, |name| std::env::var(name).ok());
    iae::i18n::set_lang(lang);
    let ctx = Ctx {
        dir: cli.dir.clone(),
        format: cli.format,
        today: cli
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        lang,
        interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
    };
    match commands::run(&ctx, cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => report(&err),
    }
}

fn report(err: &anyhow::Error) -> ExitCode {
    let broken_pipe = err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    });
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    let user = err.chain().find_map(|c| c.downcast_ref::<UserError>());
    let status = user.map_or(Status::Error, |u| u.status);
    if user.is_none_or(|u| !u.message.is_empty()) {
        eprintln!("{}: {err}", t!("error-prefix"));
        for cause in err.chain().skip(1) {
            if !cause.is::<UserError>() {
                eprintln!("  {}: {cause}", t!("caused-by"));
            }
        }
    }
    for hint in user.map(|u| u.hints.as_slice()).unwrap_or_default() {
        eprintln!("{}: {hint}", t!("hint-prefix"));
    }
    ExitCode::from(status as u8)
}
