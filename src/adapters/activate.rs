//! "Show yourself": a second start of blockwatch (the launcher, the Start
//! menu, the app menu, a double click on Blockwatch.app) asks the copy that
//! holds the single-instance lock to show itself, and exits 0. The holder
//! listens beside its lock: a Unix socket in the same folder
//! (`blockwatch.sock`), a named pipe on Windows whose name is made from
//! that folder. One line each way: `activate`, then `ok <pid>`.
//!
//! Only the lock holder binds (it may remove a stale socket: nobody else can
//! be listening), and it binds right after taking the lock, so a second
//! copy that finds the lock taken finds the listener within moments.

use super::files::Paths;
use std::io;
use std::time::{Duration, Instant};
use tokio::sync::mpsc::UnboundedSender;

const REQUEST: &str = "activate";

/// How long the second copy keeps trying: the holder may have taken the
/// lock and not yet bound its listener.
pub const CONNECT_FOR: Duration = Duration::from_secs(3);

#[cfg(unix)]
pub use unix::{activate, Listener};
#[cfg(windows)]
pub use windows::{activate, Listener};

/// The answer of a holder: its pid.
fn parse_answer(line: &str) -> io::Result<u32> {
    line.trim()
        .strip_prefix("ok ")
        .and_then(|p| p.parse().ok())
        .ok_or_else(|| io::Error::other(format!("unexpected answer {:?}", line.trim())))
}

/// The second start's half: `activate` out, `ok <pid>` back.
fn ask(mut stream: impl std::io::Read + std::io::Write) -> io::Result<u32> {
    use std::io::BufRead;
    stream.write_all(format!("{REQUEST}\n").as_bytes())?;
    let mut line = String::new();
    std::io::BufReader::new(stream.take(256)).read_line(&mut line)?;
    parse_answer(&line)
}

/// Keep trying `connect` until it works or `limit` passes.
fn retry<T>(limit: Duration, mut connect: impl FnMut() -> io::Result<T>) -> io::Result<T> {
    let deadline = Instant::now() + limit;
    loop {
        match connect() {
            Ok(c) => return Ok(c),
            Err(e) if Instant::now() >= deadline => return Err(e),
            Err(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

/// One request: `activate` in, `ok <pid>` out, and a `()` for the driver.
async fn answer<S>(mut stream: S, tx: UnboundedSender<()>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
    let mut line = String::new();
    let asked = {
        let mut read = tokio::io::BufReader::new(&mut stream).take(256);
        tokio::time::timeout(Duration::from_secs(2), read.read_line(&mut line)).await
    };
    if matches!(asked, Ok(Ok(_))) && line.trim() == REQUEST {
        let _ = stream
            .write_all(format!("ok {}\n", std::process::id()).as_bytes())
            .await;
        let _ = stream.flush().await;
        let _ = tx.send(());
    }
}

#[cfg(unix)]
mod unix {
    use super::*;
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::path::PathBuf;

    fn socket_path(paths: &Paths) -> PathBuf {
        paths.runtime.join("blockwatch.sock")
    }

    /// The holder's listening socket, bound before the runtime starts.
    pub struct Listener {
        inner: UnixListener,
        path: PathBuf,
    }

    impl Listener {
        /// Bind beside the lock. The caller holds the lock: a socket file
        /// left there is a crashed holder's.
        pub fn bind(paths: &Paths) -> io::Result<Listener> {
            let path = socket_path(paths);
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
            let inner = UnixListener::bind(&path)?;
            inner.set_nonblocking(true)?;
            Ok(Listener { inner, path })
        }

        /// Answer requests until the runtime ends; each one becomes a `()`
        /// on `tx`. Must run inside the tokio runtime.
        pub async fn serve(self, tx: UnboundedSender<()>) {
            let listener = match self
                .inner
                .try_clone()
                .and_then(tokio::net::UnixListener::from_std)
            {
                Ok(l) => l,
                Err(e) => {
                    tracing::warn!("cannot listen for a second start: {e}");
                    return;
                }
            };
            loop {
                let stream = match listener.accept().await {
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        // Out of descriptors, say: try again in a while, not in a spin.
                        tracing::debug!("second start not accepted: {e}");
                        tokio::time::sleep(Duration::from_millis(500)).await;
                        continue;
                    }
                };
                tokio::spawn(answer(stream, tx.clone()));
            }
        }
    }

    impl Drop for Listener {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.path);
        }
    }

    /// Ask the holder to show itself; its pid.
    pub fn activate(paths: &Paths, limit: Duration) -> io::Result<u32> {
        let path = socket_path(paths);
        let stream = retry(limit, || UnixStream::connect(&path))?;
        stream.set_read_timeout(Some(limit))?;
        stream.set_write_timeout(Some(limit))?;
        ask(stream)
    }
}

#[cfg(windows)]
mod windows {
    use super::*;
    use tokio::net::windows::named_pipe::ServerOptions;

    /// One pipe name per lock folder (so per user and profile): FNV-1a of
    /// the folder's path.
    fn pipe_name(paths: &Paths) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in paths.runtime.to_string_lossy().to_lowercase().bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        format!(r"\\.\pipe\{}-{h:016x}", crate::version::APP_ID)
    }

    /// The pipe's name; its instances are made inside the runtime.
    pub struct Listener {
        name: String,
    }

    impl Listener {
        pub fn bind(paths: &Paths) -> io::Result<Listener> {
            Ok(Listener {
                name: pipe_name(paths),
            })
        }

        pub async fn serve(self, tx: UnboundedSender<()>) {
            let mut first = true;
            loop {
                let server = match ServerOptions::new()
                    .first_pipe_instance(first)
                    .reject_remote_clients(true)
                    .create(&self.name)
                {
                    Ok(s) => s,
                    Err(e) => {
                        tracing::warn!("cannot listen for a second start: {e}");
                        return;
                    }
                };
                first = false;
                if server.connect().await.is_err() {
                    continue;
                }
                tokio::spawn(answer(server, tx.clone()));
            }
        }
    }

    pub fn activate(paths: &Paths, limit: Duration) -> io::Result<u32> {
        let name = pipe_name(paths);
        let pipe = retry(limit, || {
            std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(&name)
        })?;
        ask(pipe)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers() {
        assert_eq!(parse_answer("ok 4242\n").unwrap(), 4242);
        assert!(parse_answer("no").is_err());
        assert!(parse_answer("").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_second_start_reaches_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            state: dir.path().join("state"),
            runtime: dir.path().join("run"),
        };
        paths.ensure().unwrap();
        // Nobody listens: the second copy gives up after the limit.
        assert!(activate(&paths, Duration::from_millis(200)).is_err());
        // A stale socket file from a crash is replaced.
        std::fs::write(paths.runtime.join("blockwatch.sock"), b"").unwrap();
        let listener = Listener::bind(&paths).unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let got = rt.block_on(async {
            tokio::spawn(listener.serve(tx));
            let p = paths.clone();
            let asked = tokio::task::spawn_blocking(move || activate(&p, CONNECT_FOR));
            let pid = asked.await.unwrap().unwrap();
            (pid, rx.recv().await)
        });
        assert_eq!(got, (std::process::id(), Some(())));
    }
}
