//! One build at a time: an exclusive operating-system lock on the knowledge-base file itself.
//!
//! A build takes an exclusive `flock` on the knowledge base's own file before SQLite opens
//! it, and holds it until its connection is closed. The operating system releases it when
//! the process ends, however it ends, so a killed build never leaves a stale lock, and no
//! lock file is left beside the knowledge base. On Linux a `flock` and the POSIX byte-range
//! locks SQLite takes on the same file are independent: queries, which take no `flock`, are
//! never held up by a build's lock, and SQLite still serialises every transaction itself
//! (on NFS, where Linux emulates `flock` with byte-range locks, use a local file system, as
//! SQLite itself advises).
//!
//! Two rules keep this sound:
//! - POSIX locks belong to the process, and closing any descriptor of a file drops all of
//!   them, SQLite's included. So the descriptor that holds the `flock` is opened before the
//!   SQLite connection and closed after it: [`super::KnowledgeBase`] keeps it in a field
//!   declared after the connection (fields are dropped in declaration order).
//! - A builder that waited holds a descriptor of the file it found when it started waiting.
//!   If that file was deleted or replaced meanwhile, its lock guards a file nobody else will
//!   open, so after taking the lock it checks that the path still names the file it locked,
//!   and starts over if not.
//!
//! On systems other than Unix, the whole-file locks the standard library takes are
//! mandatory and would stop SQLite's own reads, so no lock is taken there: builds then
//! serialise per transaction only (SQLite's `BEGIN IMMEDIATE`), which keeps the knowledge
//! base sound but lets two builds interleave their batches.

use super::{KbError, KbResult};
use std::fs::{File, OpenOptions};
use std::path::Path;

/// What a build does when another build holds the lock.
pub enum Wait<'a> {
    /// Fail at once with [`KbError::Busy`].
    No,
    /// Call the function once (to say that it waits), then wait for the other build to end.
    Yes(&'a mut dyn FnMut()),
}

fn io_error(path: &Path, what: &str, e: std::io::Error) -> KbError {
    KbError::Io(format!("{}: {what}: {e}", path.display()))
}

/// Opens the file at `path`, creating an empty one when there is none (SQLite takes an
/// empty file for a new database), and takes its exclusive build lock.
pub(super) fn lock_for_build(path: &Path, mut wait: Wait<'_>) -> KbResult<File> {
    let mut said = false;
    loop {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(|e| io_error(path, "cannot open the knowledge base", e))?;
        if !cfg!(unix) {
            return Ok(file);
        }
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => match &mut wait {
                Wait::No => return Err(KbError::Busy(path.to_path_buf())),
                Wait::Yes(say) => {
                    if !said {
                        say();
                        said = true;
                    }
                    file.lock()
                        .map_err(|e| io_error(path, "cannot take the build lock", e))?;
                }
            },
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(io_error(path, "cannot take the build lock", e))
            }
        }
        if names_file(path, &file) {
            return Ok(file);
        }
        // The file was deleted or replaced while this build waited: lock what the path
        // names now.
    }
}

/// Whether `path` still names the open `file` (the same device and inode).
#[cfg(unix)]
fn names_file(path: &Path, file: &File) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(path), file.metadata()) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn names_file(_path: &Path, _file: &File) -> bool {
    true
}

/// Whether another process holds the build lock of the open `file`. Only for a descriptor
/// that holds no lock itself: asking takes a shared lock for an instant.
pub(super) fn held_elsewhere(file: &File) -> bool {
    if !cfg!(unix) {
        return false;
    }
    match file.try_lock_shared() {
        Ok(()) => {
            let _ = file.unlock();
            false
        }
        Err(std::fs::TryLockError::WouldBlock) => true,
        Err(std::fs::TryLockError::Error(_)) => false,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_fails_or_waits_and_no_file_is_left_beside() {
        let dir = tempfile::tempdir().unwrap();
        let kb = dir.path().join("x.kb");
        let first = lock_for_build(&kb, Wait::No).unwrap();
        assert!(held_elsewhere(&File::open(&kb).unwrap()));
        assert!(matches!(
            lock_for_build(&kb, Wait::No),
            Err(KbError::Busy(_))
        ));
        let waiter = std::thread::spawn({
            let kb = kb.clone();
            move || {
                let mut waited = false;
                let f = lock_for_build(&kb, Wait::Yes(&mut || waited = true)).unwrap();
                drop(f);
                waited
            }
        });
        std::thread::sleep(std::time::Duration::from_millis(100));
        drop(first);
        assert!(
            waiter.join().unwrap(),
            "the second build said that it waits"
        );
        assert!(!held_elsewhere(&File::open(&kb).unwrap()));
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["x.kb"]);
    }

    #[test]
    fn a_waiting_build_does_not_keep_the_lock_of_a_deleted_file() {
        let dir = tempfile::tempdir().unwrap();
        let kb = dir.path().join("x.kb");
        let first = lock_for_build(&kb, Wait::No).unwrap();
        let waiter = std::thread::spawn({
            let kb = kb.clone();
            move || lock_for_build(&kb, Wait::Yes(&mut || {})).unwrap()
        });
        std::thread::sleep(std::time::Duration::from_millis(100));
        // The first build's file is removed and a new one takes its place before it ends.
        std::fs::remove_file(&kb).unwrap();
        std::fs::write(&kb, b"").unwrap();
        drop(first);
        let second = waiter.join().unwrap();
        // The waiter holds the lock of the file the path names now.
        assert!(names_file(&kb, &second));
        assert!(held_elsewhere(&File::open(&kb).unwrap()));
        assert!(matches!(
            lock_for_build(&kb, Wait::No),
            Err(KbError::Busy(_))
        ));
    }
}
