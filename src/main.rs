//! Entry point: parse, run, and one exit-code policy — 0 ok, 1 error, 2 usage (clap),
//! 3 "no" from a question command. A closed pipe ends the run quietly. Only this file
//! prints errors and picks the exit code.

use clap::ArgMatches;
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
    // The language is known before parsing, so `--help` and usage errors speak it too.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = iae::i18n::help::lang_from_args(&args, |name| std::env::var(name).ok());
    iae::i18n::set_lang(lang);
    let (cli, matches): (Cli, ArgMatches) = iae::i18n::help::parse(args, lang);
    let (words, date) = command_words(&matches);
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
    let before = commands::autocommit(&ctx, &words);
    let result = commands::run(&ctx, cli.command)
        .and_then(|()| before.map_or(Ok(()), |b| b.commit(&words.join(" "), date)));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => report(&err),
    }
}

/// The subcommand's words (`interview add`) and the date it was given, if any: what a
/// commit of `[git] commit = true` says, with no name in it.
fn command_words(matches: &ArgMatches) -> (Vec<String>, Option<String>) {
    let mut words = Vec::new();
    let mut leaf = matches;
    while let Some((name, sub)) = leaf.subcommand() {
        words.push(name.to_string());
        leaf = sub;
    }
    let date = ["date", "on", "hired_on", "start", "from", "month"]
        .iter()
        .find_map(|id| match leaf.try_get_one::<chrono::NaiveDate>(id) {
            Ok(Some(d)) => Some(d.to_string()),
            _ => leaf.try_get_one::<String>(id).ok().flatten().cloned(),
        });
    (words, date)
}

/// What the system said, in the chosen language, for the failures people meet (the
/// system's own words are in English).
fn io_words(e: &std::io::Error) -> Option<String> {
    use std::io::ErrorKind::*;
    let id = match e.kind() {
        NotFound => "io-kind-not-found",
        PermissionDenied => "io-kind-permission-denied",
        AlreadyExists => "io-kind-already-exists",
        StorageFull => "io-kind-storage-full",
        ReadOnlyFilesystem => "io-kind-read-only",
        _ => return None,
    };
    Some(t!(id))
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
        eprintln!("{} {err}", t!("error-prefix"));
        for cause in err.chain().skip(1) {
            if !cause.is::<UserError>() {
                let words = cause
                    .downcast_ref::<std::io::Error>()
                    .and_then(io_words)
                    .unwrap_or_else(|| cause.to_string());
                eprintln!("  {} {words}", t!("caused-by"));
            }
        }
    }
    for detail in user.map(|u| u.details.as_slice()).unwrap_or_default() {
        eprintln!("  {detail}");
    }
    for hint in user.map(|u| u.hints.as_slice()).unwrap_or_default() {
        eprintln!("{} {hint}", t!("hint-prefix"));
    }
    ExitCode::from(status as u8)
}

/// Reading a structure allocates millions of small strings (names, codes, dates' words)
/// and frees them batch after batch on both cores: mimalloc's per-thread pages halve
/// the time glibc's allocator spends there (`docs/performance.md`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
