//! Writes the metrics file for node_exporter's textfile collector. The
//! collector may read at any moment, so the file is replaced whole: a
//! temporary file in the same folder (never named `*.prom`, which the
//! collector would read), then a rename. Mode 0644 whatever the umask, so
//! the collector's user can read it.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// Replace `path` with `text`, atomically.
pub fn write(path: &Path, text: &str) -> io::Result<()> {
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Whether the daemon will be able to write `path`: its folder exists and
/// takes a new file (tried for real: permission bits do not tell for root,
/// ACLs or read-only mounts).
pub fn check_writable(path: &Path) -> io::Result<()> {
    let tmp = temp_path(path);
    std::fs::File::create(&tmp)?;
    std::fs::remove_file(&tmp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_with_mode_0644_and_no_temp_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("blockwatch.prom");
        write(&path, "a 1\n").unwrap();
        write(&path, "a 2\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a 2\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o644);
        }
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["blockwatch.prom"]);
        check_writable(&path).unwrap();
    }

    #[test]
    fn a_missing_folder_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope").join("blockwatch.prom");
        assert!(write(&path, "a 1\n").is_err());
        assert!(check_writable(&path).is_err());
        assert!(!temp_path(&path).exists());
    }

    #[test]
    fn the_temporary_file_is_not_read_by_the_collector() {
        let t = temp_path(Path::new(
            "/var/lib/prometheus/node-exporter/blockwatch.prom",
        ));
        assert_eq!(
            t.parent().unwrap(),
            Path::new("/var/lib/prometheus/node-exporter")
        );
        assert!(!t.to_string_lossy().ends_with(".prom"));
    }
}
