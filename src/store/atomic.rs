//! Writes that either happen whole or not at all: a temporary file in the same directory,
//! fsync, rename over the target, fsync of the directory.

use anyhow::{Context, Result};
use std::fs::File;
use std::io::Write;
use std::path::Path;

/// Replace (or create) `path` with `bytes`. An existing file keeps its permissions.
pub fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = staged(path, bytes)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644));
    }
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    sync_dir(path)
}

/// Create `path` with `bytes`; fails if it already exists.
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = staged(path, bytes)?;
    // As a plain write would with the usual umask; the directory protects the data.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o644));
    }
    tmp.persist_noclobber(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    sync_dir(path)
}

fn staged(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
    let dir = parent(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(".iae-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write a temporary file in {}", dir.display()))?;
    Ok(tmp)
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
            .with_context(|| format!("cannot sync {}", parent(path).display()))?;
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
}
