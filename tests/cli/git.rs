//! A team on one directory: two clones of a structure and a bare remote, with real git.

use crate::{iae, stderr, stdout};
use assert_cmd::Command;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// Nothing from the machine's git configuration.
fn isolated(cmd: &mut Command) -> &mut Command {
    cmd.env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_DATE", "2025-06-01T10:00:00+02:00")
        .env("GIT_COMMITTER_DATE", "2025-06-01T10:00:00+02:00")
}

pub fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = Command::new("git");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", dir)
        .arg("-C")
        .arg(dir)
        .args(args);
    isolated(&mut cmd).output().unwrap()
}

pub fn git_ok(dir: &Path, args: &[&str]) -> String {
    let out = git(dir, args);
    assert!(out.status.success(), "git {args:?}: {}", stderr(&out));
    stdout(&out)
}

/// A structure shared by two counsellors: clone `a` (where it was created) and clone
/// `b`, both pushing to a bare remote.
pub struct Team {
    pub tmp: TempDir,
    pub id: String,
}

impl Team {
    pub fn new() -> Team {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("a");
        let out = isolated(iae().arg("init").arg(&a))
            .args(["--name", "Chantier d'essai", "--kind", "ACI"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        configure(&a, "Alice Exemple");
        let team = Team {
            tmp,
            id: String::new(),
        };
        let out = team
            .iae("a")
            .args(["recruit", "--last-name", "Martin", "--first-name", "Sofia"])
            .args([
                "--birth-date",
                "1998-05-14",
                "--sex",
                "F",
                "--hired-on",
                "2025-03-03",
            ])
            .args(["--contract", "cddi", "--contract-end", "2025-09-02"])
            .args(["--weekly-hours", "26", "--position", "Agent d'entretien"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let id = stdout(&out).trim().to_string();
        git_ok(team.tmp.path(), &["init", "-q", "--bare", "remote.git"]);
        git_ok(&a, &["remote", "add", "origin", "../remote.git"]);
        team.ok("a", &["sync"]);
        git_ok(team.tmp.path(), &["clone", "-q", "remote.git", "b"]);
        configure(&team.dir("b"), "Bruno Exemple");
        team.ok("b", &["git", "setup"]);
        Team { id, ..team }
    }

    pub fn dir(&self, clone: &str) -> PathBuf {
        self.tmp.path().join(clone)
    }

    pub fn iae(&self, clone: &str) -> Command {
        let mut cmd = iae();
        cmd.current_dir(self.dir(clone));
        isolated(&mut cmd);
        cmd
    }

    /// Run `iae args…` in a clone; it must succeed. Its stderr.
    pub fn ok(&self, clone: &str, args: &[&str]) -> String {
        let out = self.iae(clone).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "iae {args:?} in {clone}: {}{}",
            stdout(&out),
            stderr(&out)
        );
        stderr(&out) + &stdout(&out)
    }

    pub fn case(&self, clone: &str) -> String {
        std::fs::read_to_string(self.dir(clone).join(format!("salaries/{}.toml", self.id))).unwrap()
    }

    fn interview(&self, clone: &str, date: &str, by: &str) {
        self.ok(
            clone,
            &[
                "interview",
                "add",
                &self.id,
                "--date",
                date,
                "--kind",
                "suivi",
                "--by",
                by,
            ],
        );
    }
}

fn configure(dir: &Path, name: &str) {
    git_ok(dir, &["config", "user.name", name]);
    git_ok(dir, &["config", "user.email", "conseil@example.org"]);
}

#[test]
fn init_registers_the_driver_and_check_notes_a_clone_without_it() {
    let team = Team::new();
    let attributes = std::fs::read_to_string(team.dir("a").join(".gitattributes")).unwrap();
    assert!(
        attributes.contains("salaries/*.toml merge=iae"),
        "{attributes}"
    );
    let driver = git_ok(&team.dir("a"), &["config", "--get", "merge.iae.driver"]);
    assert!(driver.contains("merge-file %O %A %B --path %P"), "{driver}");
    assert!(git_ok(&team.dir("a"), &["ls-files"]).contains(".gitattributes"));

    git_ok(team.tmp.path(), &["clone", "-q", "remote.git", "c"]);
    let out = team.iae("c").arg("check").output().unwrap();
    assert!(out.status.success(), "a warning does not fail check");
    let err = stderr(&out);
    assert_eq!(err.matches("W010").count(), 1, "once per run: {err}");
    assert!(err.contains("iae git setup"), "{err}");
    let said = team.ok("c", &["git", "setup"]);
    assert!(
        said.contains("pilote de fusion « iae » enregistré"),
        "{said}"
    );
    let out = team.iae("c").arg("check").output().unwrap();
    assert!(!stderr(&out).contains("W010"), "{}", stderr(&out));
}

#[test]
fn interviews_added_in_two_clones_merge_with_no_conflict() {
    let team = Team::new();
    team.interview("a", "2025-04-02", "C. Durand");
    team.ok("a", &["sync"]);
    team.interview("b", "2025-04-10", "D. Petit");
    git_ok(&team.dir("b"), &["commit", "-qam", "entretien"]);
    // Plain git, as someone who uses it by hand would.
    let out = git(&team.dir("b"), &["pull", "--no-rebase", "--no-edit", "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = team.case("b");
    let dates: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("date = 2025-04"))
        .collect();
    assert_eq!(dates, ["date = 2025-04-02", "date = 2025-04-10"], "{text}");
    assert!(!text.contains("<<<<<<<"));
    team.ok("b", &["check"]);
}

#[test]
fn the_same_field_changed_differently_stops_with_markers_around_that_key() {
    let team = Team::new();
    team.ok("a", &["contract", "end", &team.id, "--on", "2025-05-30"]);
    team.ok("a", &["sync"]);
    team.ok("b", &["contract", "end", &team.id, "--on", "2025-05-16"]);
    let out = team.iae("b").arg("sync").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = stderr(&out);
    assert!(said.contains("conflit réel dans salaries/"), "{said}");
    let text = team.case("b");
    assert!(
        text.contains(
            "<<<<<<< ours\nend = 2025-05-16\n=======\nend = 2025-05-30\n>>>>>>> theirs\n"
        ),
        "{text}"
    );
    assert_eq!(text.matches("<<<<<<<").count(), 1, "only that key: {text}");

    let out = team.iae("b").arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("E006"), "{err}");
    assert!(
        err.contains("conflit de fusion non résolu sur « contracts.end »"),
        "{err}"
    );
    assert!(!err.contains("E001"), "{err}");
    // Every loader says the same, not a TOML syntax error.
    let out = team.iae("b").args(["show", &team.id]).output().unwrap();
    assert!(stderr(&out).contains("E006"), "{}", stderr(&out));

    // Still markers: sync says what to do and does nothing.
    let out = team.iae("b").arg("sync").output().unwrap();
    assert!(
        stderr(&out).contains("marques de conflit"),
        "{}",
        stderr(&out)
    );

    let fixed = text
        .replace("<<<<<<< ours\nend = 2025-05-16\n=======\n", "")
        .replace(">>>>>>> theirs\n", "");
    std::fs::write(
        team.dir("b").join(format!("salaries/{}.toml", team.id)),
        fixed,
    )
    .unwrap();
    team.ok("b", &["check"]);
    team.ok("b", &["sync"]);
    team.ok("a", &["sync"]);
    assert!(team.case("a").contains("end = 2025-05-30"));
}

#[test]
fn barriers_added_in_two_clones_keep_unique_numbers() {
    let team = Team::new();
    team.ok(
        "a",
        &[
            "barrier",
            "add",
            &team.id,
            "--category",
            "logement",
            "--detail",
            "Hébergée chez un tiers",
        ],
    );
    team.ok("a", &["sync"]);
    team.ok(
        "b",
        &[
            "barrier",
            "add",
            &team.id,
            "--category",
            "mobilite",
            "--detail",
            "Pas de permis",
        ],
    );
    team.ok("b", &["sync"]);
    let text = team.case("b");
    let numbers: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("number = "))
        .collect();
    assert_eq!(numbers, ["number = 1", "number = 2"], "{text}");
    assert!(
        text.contains("# frein n° 1 de l'autre copie, renuméroté 2 à la fusion"),
        "{text}"
    );
    team.ok("b", &["check"]);
}

#[test]
fn log_names_each_change_and_commits_name_no_one() {
    let team = Team::new();
    team.interview("a", "2025-04-02", "C. Durand");
    team.ok("a", &["sync"]);
    team.ok("a", &["contract", "renew", &team.id, "--end", "2026-03-02"]);
    team.ok(
        "a",
        &[
            "barrier",
            "add",
            &team.id,
            "--category",
            "logement",
            "--detail",
            "Hébergée",
        ],
    );
    team.ok("a", &["sync"]);
    team.ok(
        "a",
        &["barrier", "resolve", &team.id, "1", "--on", "2025-06-01"],
    );
    team.ok("a", &["sync"]);

    let out = team.iae("a").args(["log", "Sofia"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let log = stdout(&out);
    let newest = log.find("frein n° 1 levé le 01/06/2025").expect(&log);
    let interview = log
        .find("entretien de suivi du 02/04/2025 ajouté")
        .expect(&log);
    let opened = log
        .find("dossier ouvert (embauche le 03/03/2025)")
        .expect(&log);
    assert!(
        newest < interview && interview < opened,
        "newest first: {log}"
    );
    assert!(
        log.contains("contrat CDD d'insertion (CDDI) du 03/09/2025 ajouté"),
        "{log}"
    );
    assert!(log.contains("frein n° 1 noté (logement"), "{log}");
    assert!(log.contains("01/06/2025  Alice Exemple"), "{log}");

    let out = team
        .iae("a")
        .args(["log", &team.id, "--format", "json", "--patch"])
        .output()
        .unwrap();
    let commits = crate::json(&out);
    let commits = commits.as_array().unwrap();
    assert_eq!(commits.len(), 4);
    assert_eq!(commits[0]["author"], "Alice Exemple");
    assert_eq!(commits[0]["changes"][0]["section"], "barriers");
    assert_eq!(commits[0]["changes"][0]["after"], "resolved");
    assert!(
        commits[0]["patch"]
            .as_str()
            .unwrap()
            .contains("+status = \"resolved\"")
    );

    let messages = git_ok(&team.dir("a"), &["log", "--format=%B"]);
    assert!(
        !messages.contains("Martin") && !messages.contains("Sofia"),
        "{messages}"
    );
    assert!(
        messages.contains(&format!("iae: interview add {} 2025-04-02", team.id)),
        "{messages}"
    );
}

#[test]
fn sync_round_trips_between_clones() {
    let team = Team::new();
    team.interview("a", "2025-04-02", "C. Durand");
    let said = team.ok("a", &["sync"]);
    assert!(said.contains("1 commit envoyé, rien reçu"), "{said}");
    let said = team.ok("b", &["sync"]);
    assert!(
        said.contains("rien envoyé, 1 commit reçu (1 dossier modifié par les autres)"),
        "{said}"
    );
    assert!(team.case("b").contains("date = 2025-04-02"));
    team.ok(
        "b",
        &[
            "hours", "add", &team.id, "--month", "2025-04", "--hours", "100",
        ],
    );
    team.ok("b", &["sync"]);
    team.interview("a", "2025-05-02", "C. Durand");
    let said = team.ok("a", &["sync"]);
    assert!(said.contains("1 commit reçu"), "{said}");
    team.ok("b", &["sync"]);
    assert_eq!(team.case("a"), team.case("b"));
    let said = team.ok("b", &["sync"]);
    assert!(said.contains("rien envoyé, rien reçu"), "{said}");
}

#[test]
fn a_broken_toml_on_one_side_loses_nothing() {
    let team = Team::new();
    team.interview("a", "2025-04-02", "C. Durand");
    team.ok("a", &["sync"]);
    let path = team.dir("b").join(format!("salaries/{}.toml", team.id));
    let broken =
        team.case("b") + "\n[[interviews]]\ndate = 2025-04-10\nnotes = \"guillemet oublié\n";
    std::fs::write(&path, &broken).unwrap();
    git_ok(&team.dir("b"), &["commit", "-qam", "à la main"]);
    let out = git(&team.dir("b"), &["pull", "--no-rebase", "--no-edit", "-q"]);
    assert!(
        stderr(&out).contains("n'est pas un fichier TOML valide"),
        "{}",
        stderr(&out)
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("date = 2025-04-02"), "theirs kept: {text}");
    assert!(text.contains("guillemet oublié"), "ours kept: {text}");
}

#[test]
fn log_works_in_a_shallow_clone_with_what_it_has() {
    let team = Team::new();
    team.interview("a", "2025-04-02", "C. Durand");
    team.ok("a", &["sync"]);
    let url = format!("file://{}", team.dir("remote.git").display());
    git_ok(team.tmp.path(), &["clone", "-q", "--depth", "1", &url, "s"]);
    let out = team.iae("s").args(["log", &team.id]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("première version disponible"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn with_commit_on_each_write_command_commits_its_change() {
    let team = Team::new();
    let config = team.dir("a").join("iae.toml");
    let text = std::fs::read_to_string(&config).unwrap() + "\n[git]\ncommit = true\n";
    std::fs::write(&config, text).unwrap();
    team.ok("a", &["sync"]);
    team.interview("a", "2025-04-02", "C. Durand");
    let last = git_ok(&team.dir("a"), &["log", "-1", "--format=%s"]);
    assert_eq!(
        last.trim(),
        format!("iae: interview add {} 2025-04-02", team.id)
    );
    assert!(git_ok(&team.dir("a"), &["status", "--porcelain"]).is_empty());
    // A read-only command commits nothing.
    team.ok("a", &["show", &team.id]);
    assert_eq!(
        git_ok(&team.dir("a"), &["rev-list", "--count", "HEAD"]).trim(),
        "3"
    );
}

#[test]
fn without_the_driver_the_line_conflict_is_named_and_setup_then_merging_again_solves_it() {
    let team = Team::new();
    git_ok(team.tmp.path(), &["clone", "-q", "remote.git", "c"]);
    configure(&team.dir("c"), "Chloé Exemple");
    team.interview("a", "2025-04-02", "C. Durand");
    team.ok("a", &["sync"]);
    team.interview("c", "2025-04-10", "D. Petit");
    git_ok(&team.dir("c"), &["commit", "-qam", "entretien"]);
    let out = git(&team.dir("c"), &["pull", "--no-rebase", "--no-edit", "-q"]);
    assert!(!out.status.success(), "git's line merge stops");

    let out = team.iae("c").arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("salaries/{}.toml:", team.id))
            && err.contains("E006 conflit de fusion non résolu — gardez les deux blocs [[interviews]], ou lancez `iae git setup` puis refaites la fusion"),
        "{err}"
    );
    assert!(!err.contains("E001"), "{err}");
    assert_eq!(err.matches("W010").count(), 1, "{err}");

    team.ok("c", &["git", "setup"]);
    git_ok(&team.dir("c"), &["merge", "--abort"]);
    git_ok(&team.dir("c"), &["pull", "--no-rebase", "--no-edit", "-q"]);
    let text =
        std::fs::read_to_string(team.dir("c").join(format!("salaries/{}.toml", team.id))).unwrap();
    assert!(
        text.contains("date = 2025-04-02") && text.contains("date = 2025-04-10"),
        "{text}"
    );
    team.ok("c", &["check"]);
}

#[test]
fn a_clone_with_no_git_identity_syncs_as_iae() {
    let team = Team::new();
    git_ok(team.tmp.path(), &["clone", "-q", "remote.git", "d"]);
    team.interview("a", "2025-04-02", "C. Durand");
    team.ok("a", &["sync"]);
    team.interview("d", "2025-04-10", "D. Petit");
    let said = team.ok("d", &["sync"]);
    assert!(said.contains("1 commit reçu"), "{said}");
    let authors = git_ok(&team.dir("d"), &["log", "-2", "--format=%an %s"]);
    assert!(
        authors.starts_with("iae iae: sync, merge of origin/")
            && authors.contains(&format!("iae iae: interview add {} 2025-04-10", team.id)),
        "{authors}"
    );
}

#[test]
fn a_remote_out_of_reach_is_said_in_french_with_git_s_own_words_quoted_after() {
    let team = Team::new();
    git_ok(
        &team.dir("a"),
        &["remote", "set-url", "origin", "../nowhere.git"],
    );
    team.interview("a", "2025-04-02", "C. Durand");
    let out = team.iae("a").arg("sync").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines[0].starts_with(
            "erreur : origin est injoignable : vos modifications sont enregistrées ici"
        ),
        "{err}"
    );
    // Git's words come after the French sentence, quoted, then what to do.
    assert!(lines[1].starts_with("  git a répondu : "), "{err}");
    assert!(err.contains("nowhere.git"), "{err}");
    assert!(
        lines
            .last()
            .unwrap()
            .starts_with("conseil : vérifiez le réseau"),
        "{err}"
    );
    let out = team
        .iae("a")
        .args(["--lang", "en", "sync"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(err.starts_with("error: origin cannot be reached"), "{err}");
    assert!(err.contains("\n  git answered: "), "{err}");
}

#[test]
fn a_git_command_that_fails_names_itself_and_quotes_git() {
    let team = Team::new();
    // A detached HEAD has no branch to sync.
    git_ok(&team.dir("a"), &["checkout", "-q", "--detach"]);
    let out = team.iae("a").arg("sync").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines[0], "erreur : la commande git « symbolic-ref » a échoué",
        "{err}"
    );
    assert!(
        lines[1].starts_with("  git a répondu : fatal: ") && lines[1].contains("HEAD"),
        "{err}"
    );
    assert!(
        lines[2].starts_with("conseil : réglez ce que git signale"),
        "{err}"
    );
}
