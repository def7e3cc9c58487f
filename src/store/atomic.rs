//! Writes that either happen whole or not at all: a temporary file, fsync, rename over the
//! target, fsync of the directory.
//!
//! Inside a structure the temporary file lives in `.iae/tmp/` (same filesystem, ignored by
//! git), never beside the case files; its name carries the writer's process id so that a
//! later writer, holding the lock, can remove what a crashed one left (`clean_stale`).
//! New files are private (0600, or 0660 for a structure that shares with a group), never
//! looser than the umask asks; a rewrite keeps the existing file's mode and owner.

use anyhow::{Context, Result};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The directory of temporary files, under `.iae/`.
pub const TMP: &str = "tmp";
/// Every temporary file the tool writes starts with this.
pub const TMP_PREFIX: &str = ".iae-";
pub const TMP_SUFFIX: &str = ".tmp";

/// Who may read the files the tool creates (`[files] mode` in `iae.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Access {
    /// 0600 files, 0700 directories: the owner alone.
    #[default]
    Private,
    /// 0660 files, 0770 directories: the owner and the group.
    Group,
}

impl Access {
    pub fn file_mode(self) -> u32 {
        match self {
            Access::Private => 0o600,
            Access::Group => 0o660,
        }
    }

    pub fn dir_mode(self) -> u32 {
        match self {
            Access::Private => 0o700,
            Access::Group => 0o770,
        }
    }
}

/// Replace (or create) `path` with `bytes`, private if it is new.
pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    write_with(path, bytes, Access::Private)
}

/// Replace (or create) `path` with `bytes`. An existing file keeps its mode and owner; a
/// new one gets `access`'s mode, narrowed by the umask.
pub fn write_with(path: &Path, bytes: &[u8], access: Access) -> Result<()> {
    let tmp = staged(path, bytes, access)?;
    if let Ok(meta) = std::fs::metadata(path) {
        keep_mode_and_owner(tmp.as_file(), &meta);
    }
    tmp.persist(path)
        .with_context(|| crate::t!("io-cannot-write", path = path.display().to_string()))?;
    sync_dir(path)
}

/// Create `path` with `bytes`, private; fails if it already exists.
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<()> {
    create_new_with(path, bytes, Access::Private)
}

/// Create `path` with `bytes` and `access`'s mode; fails if it already exists.
pub fn create_new_with(path: &Path, bytes: &[u8], access: Access) -> Result<()> {
    let tmp = staged(path, bytes, access)?;
    tmp.persist_noclobber(path)
        .with_context(|| crate::t!("io-cannot-create", path = path.display().to_string()))?;
    sync_dir(path)
}

/// Create a directory (and its missing parents) with `access`'s mode, narrowed by the umask.
pub fn create_dir(path: &Path, access: Access) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(access.dir_mode());
    }
    #[cfg(not(unix))]
    let _ = access;
    builder
        .create(path)
        .with_context(|| crate::t!("io-cannot-create", path = path.display().to_string()))
}

/// Remove the temporary files that writers which are no longer running left behind: in
/// `.iae/tmp/`, and the `salaries/.iae-*.tmp` of older versions (until `.iae/tmp/` exists).
/// Call it holding the lock.
/// Returns how many were removed.
pub fn clean_stale(root: &Path) -> usize {
    let mut removed = 0;
    let tmp_dir = root.join(super::LOCAL).join(TMP);
    // Older versions wrote theirs in `salaries/`: looked for there until this version has
    // written once (it makes `.iae/tmp/`), so that a write never lists 100,000 files.
    let legacy = (!tmp_dir.is_dir()).then(|| (root.join(super::SALARIES), true));
    for (dir, any_pid_is_stale) in std::iter::once((tmp_dir, false)).chain(legacy) {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            if !is_temp_name(name) {
                continue;
            }
            let stale = any_pid_is_stale || writer_gone(name, &entry.path());
            if stale && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
    }
    removed
}

/// A name the tool gives its temporary files (`.iae-1234-AbCdEf.tmp`).
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(TMP_PREFIX) && name.ends_with(TMP_SUFFIX)
}

/// Whether the process that wrote this temporary file is gone. With no way to tell (no
/// process id in the name, no `/proc`), a file older than an hour is taken as abandoned.
fn writer_gone(name: &str, path: &Path) -> bool {
    let pid = name[TMP_PREFIX.len()..]
        .split('-')
        .next()
        .and_then(|p| p.parse::<u32>().ok());
    let proc_dir = Path::new("/proc");
    match pid {
        Some(pid) if proc_dir.join("self").exists() => {
            pid != std::process::id() && !proc_dir.join(pid.to_string()).exists()
        }
        _ => std::fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 3600),
    }
}

/// Where the temporary file of `path` goes: the structure's `.iae/tmp/` when `path` is in a
/// structure (its root or `salaries/`), else the target's own directory.
fn temp_dir_for(path: &Path) -> PathBuf {
    let dir = parent(path);
    let is_root =
        |d: &Path| d.join(super::discover::CONFIG).is_file() || d.join(super::LOCAL).is_dir();
    let root = if is_root(dir) {
        Some(dir.to_path_buf())
    } else if dir.file_name().is_some_and(|n| n == super::SALARIES) {
        dir.parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .filter(|p| is_root(p))
            .map(Path::to_path_buf)
    } else {
        None
    };
    match root {
        Some(root) => {
            let tmp = root.join(super::LOCAL).join(TMP);
            if create_dir(&tmp, Access::Private).is_ok() {
                tmp
            } else {
                dir.to_path_buf()
            }
        }
        None => dir.to_path_buf(),
    }
}

fn staged(path: &Path, bytes: &[u8], access: Access) -> Result<tempfile::NamedTempFile> {
    let dir = temp_dir_for(path);
    let prefix = format!("{TMP_PREFIX}{}-", std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(access.file_mode()));
    }
    #[cfg(not(unix))]
    let _ = access;
    let mut tmp = builder
        .tempfile_in(&dir)
        .with_context(|| crate::t!("io-cannot-create-temp", dir = dir.display().to_string()))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| crate::t!("io-cannot-write-temp", dir = dir.display().to_string()))?;
    Ok(tmp)
}

/// Give the new version the old one's mode, and its owner when allowed (as root).
fn keep_mode_and_owner(file: &File, meta: &std::fs::Metadata) {
    let _ = file.set_permissions(meta.permissions());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(now) = file.metadata()
            && (now.uid() != meta.uid() || now.gid() != meta.gid())
        {
            let _ = std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid()));
            // chown may clear set-id bits: put the mode back.
            let _ = file.set_permissions(meta.permissions());
        }
    }
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn sync_dir(path: &Path) -> Result<()> {
    // Directories can be fsynced on Unix; elsewhere the rename is what we have.
    if cfg!(unix) {
        File::open(parent(path))
            .and_then(|d| d.sync_all())
            .with_context(|| {
                crate::t!("io-cannot-sync", path = parent(path).display().to_string())
            })?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replaces_and_refuses_to_clobber() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("A.toml");
        create_new(&path, b"one").unwrap();
        assert!(create_new(&path, b"two").is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write(&path, b"three").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn in_a_structure_the_temporary_file_goes_to_iae_tmp() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("iae.toml"), "").unwrap();
        std::fs::create_dir(dir.path().join("salaries")).unwrap();
        let path = dir.path().join("salaries/7K3M9Q.toml");
        assert_eq!(temp_dir_for(&path), dir.path().join(".iae/tmp"));
        assert_eq!(
            temp_dir_for(&dir.path().join("iae.toml")),
            dir.path().join(".iae/tmp")
        );
        let elsewhere = tempfile::tempdir().unwrap();
        assert_eq!(
            temp_dir_for(&elsewhere.path().join("out.csv")),
            elsewhere.path()
        );
        write(&path, b"x").unwrap();
        assert_eq!(
            std::fs::read_dir(dir.path().join("salaries"))
                .unwrap()
                .count(),
            1
        );
    }

    #[test]
    fn stale_temporary_files_of_dead_writers_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let tmp = dir.path().join(".iae/tmp");
        std::fs::create_dir_all(&tmp).unwrap();
        std::fs::create_dir(dir.path().join("salaries")).unwrap();
        // A process id above the kernel's maximum (4194304) is never running.
        std::fs::write(tmp.join(".iae-4999999-abc.tmp"), "old").unwrap();
        let mine = format!(".iae-{}-abc.tmp", std::process::id());
        std::fs::write(tmp.join(&mine), "in flight").unwrap();
        std::fs::write(dir.path().join("salaries/7K3M9Q.toml"), "kept").unwrap();
        if Path::new("/proc/self").exists() {
            assert_eq!(clean_stale(dir.path()), 1);
            assert!(tmp.join(&mine).exists(), "a running writer's file stays");
        } else {
            assert_eq!(clean_stale(dir.path()), 0);
        }
        assert!(dir.path().join("salaries/7K3M9Q.toml").exists());
    }

    #[test]
    fn an_older_version_s_temporary_files_go_until_this_version_has_written() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("salaries")).unwrap();
        std::fs::write(dir.path().join("salaries/.iae-xyz.tmp"), "old").unwrap();
        std::fs::write(dir.path().join("salaries/7K3M9Q.toml"), "kept").unwrap();
        assert_eq!(clean_stale(dir.path()), 1);
        assert!(!dir.path().join("salaries/.iae-xyz.tmp").exists());
        assert!(dir.path().join("salaries/7K3M9Q.toml").exists());
        // Once `.iae/tmp/` exists, `salaries/` is no longer listed on each write.
        std::fs::create_dir_all(dir.path().join(".iae/tmp")).unwrap();
        std::fs::write(dir.path().join("salaries/.iae-abc.tmp"), "old").unwrap();
        assert_eq!(clean_stale(dir.path()), 0);
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_private_and_rewrites_keep_the_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("A.toml");
        create_new(&path, b"one").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path) & 0o077, 0, "nobody else reads a new file");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write(&path, b"two").unwrap();
        assert_eq!(mode(&path), 0o640);
    }
}
