//! The Docker Engine API on demand (`skiff system service`): a front end
//! beside `commands/` that turns HTTP requests into engine calls and their
//! results into Docker's JSON. It never prints and never runs the skiff
//! CLI: every container it starts is started by the engine exactly as the
//! CLI starts one (its own monitor, its own record), so the service can end
//! at any time and leave every container running.
//!
//! The service is the only part of skiff with an async runtime: a
//! current-thread tokio runtime, started here, that runs blocking engine
//! calls on its blocking pool.

pub mod bodies;
mod build;
mod commit;
mod archive;
mod containers;
mod create;
mod exec;
mod http;
mod images;
mod import;
mod jobs;
mod push;
mod network_connect;
mod resources;
mod routes;
mod system;
pub mod tls;
mod wakeup;
mod worker;

use crate::error::{Context, Result};
use crate::paths::Paths;
use std::net::SocketAddr;
use std::os::fd::{FromRawFd, OwnedFd, RawFd};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where the service listens.
#[derive(Debug, Clone)]
pub enum Listen {
    Unix(PathBuf),
    Tcp(SocketAddr),
}

impl Listen {
    /// `unix://PATH` or `tcp://HOST:PORT`; None is the default socket in
    /// the runtime directory.
    /// Addresses other than loopback ones only with `verified_clients`
    /// (TLS and a CA the clients' certificates must chain to).
    pub fn parse(uri: Option<&str>, paths: &Paths, verified_clients: bool) -> Result<Listen> {
        let Some(uri) = uri else { return Ok(Listen::Unix(default_socket(paths))) };
        if let Some(path) = uri.strip_prefix("unix://") {
            if !path.starts_with('/') {
                return Err(crate::err!("invalid service address {uri:?}: unix:// takes an absolute path (unix:///run/user/1000/skiff.sock)"));
            }
            return Ok(Listen::Unix(PathBuf::from(path)));
        }
        if let Some(address) = uri.strip_prefix("tcp://") {
            let address = address.trim_end_matches('/');
            let resolved: SocketAddr = address
                .replacen("localhost:", "127.0.0.1:", 1)
                .parse()
                .map_err(|_| crate::err!("invalid service address {uri:?}: use tcp://127.0.0.1:PORT"))?;
            if !resolved.ip().is_loopback() && !verified_clients {
                return Err(crate::err!(
                    "refusing to serve the API on {resolved}: it gives full control of your containers; other than on a loopback address, skiff serves it only with TLS and verified clients (--tls-cert, --tls-key and --tls-cacert)"
                ));
            }
            return Ok(Listen::Tcp(resolved));
        }
        Err(crate::err!("invalid service address {uri:?}: use unix://PATH or tcp://127.0.0.1:PORT"))
    }
}

/// `$XDG_RUNTIME_DIR/skiff/skiff.sock` (the runtime directory skiff uses).
pub fn default_socket(paths: &Paths) -> PathBuf {
    paths.runtime.join("skiff.sock")
}

pub struct ServiceOptions {
    pub listen: Listen,
    /// Exit after this long with no connection open; None: never.
    pub idle: Option<Duration>,
    /// TLS on TCP connections
    pub tls: Option<tls::TlsFiles>,
    /// `--cors`: the origin every answer allows (None: no CORS headers).
    pub cors: Option<String>,
}

/// What every request handler reaches.
pub struct Service {
    pub paths: Paths,
    /// Wraps TCP connections when the service serves TLS
    tls: Option<tokio_rustls::TlsAcceptor>,
    worker: worker::Worker,
    execs: exec::Execs,
    /// The CORS headers every answer carries (`--cors`).
    cors: Option<hyper::header::HeaderValue>,
    /// Wakes the requests that wait on a container (None without inotify).
    wakeups: Option<Arc<wakeup::Wakeups>>,
}

/// Serve until idle (or killed). Socket activation (systemd's LISTEN_FDS
/// for this process) takes the place of the listening address.
pub fn serve(paths: Paths, options: ServiceOptions) -> Result<()> {
    if options.tls.is_some() && matches!(options.listen, Listen::Unix(_)) {
        return Err(crate::err!("--tls-cert and --tls-key serve TLS on tcp:// addresses: a unix socket is guarded by its file mode"));
    }
    let tls = options.tls.as_ref().map(tls::acceptor).transpose()?;
    let cors = match options.cors.as_deref().filter(|origin| !origin.is_empty()) {
        Some(origin) => Some(hyper::header::HeaderValue::from_str(origin).map_err(|_| crate::err!("--cors {origin:?}: not a valid header value"))?),
        None => None,
    };
    let activated = activated_socket();
    // The worker must be forked while this process has one thread.
    let worker = worker::Worker::start(&paths)?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().context(|| "start the service's runtime".into())?;
    let (listener, wakeups) = {
        let _in_runtime = runtime.enter();
        let listener = match activated {
            Some(fd) => Listener::from_activated(fd)?,
            None => Listener::bind(&options.listen)?,
        };
        (listener, wakeup::Wakeups::start())
    };
    let service = Arc::new(Service { paths, tls, worker, execs: exec::Execs::default(), wakeups, cors });
    let outcome = runtime.block_on(accept_loop(service, listener, options.idle));
    // Blocking calls still running (a pull whose client left) are not waited for.
    runtime.shutdown_background();
    outcome
}

/// The first socket systemd passed, if it passed sockets to this process.
fn activated_socket() -> Option<OwnedFd> {
    const FIRST: RawFd = 3;
    let pid: u32 = std::env::var("LISTEN_PID").ok()?.parse().ok()?;
    let count: i32 = std::env::var("LISTEN_FDS").ok()?.parse().ok()?;
    if pid != std::process::id() || count < 1 {
        return None;
    }
    // The helpers skiff starts must not take the sockets for theirs.
    std::env::remove_var("LISTEN_PID");
    std::env::remove_var("LISTEN_FDS");
    std::env::remove_var("LISTEN_FDNAMES");
    let _ = nix::fcntl::fcntl(unsafe { std::os::fd::BorrowedFd::borrow_raw(FIRST) }, nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC));
    // SAFETY: systemd's protocol hands this process fds 3.. as its own.
    Some(unsafe { OwnedFd::from_raw_fd(FIRST) })
}

enum Listener {
    Unix(tokio::net::UnixListener),
    Tcp(tokio::net::TcpListener),
}

impl Listener {
    fn bind(listen: &Listen) -> Result<Listener> {
        match listen {
            Listen::Unix(path) => {
                let listener = bind_unix(path)?;
                listener.set_nonblocking(true)?;
                Ok(Listener::Unix(tokio_unix(listener)?))
            }
            Listen::Tcp(address) => {
                let listener = std::net::TcpListener::bind(address).context(|| format!("listen on {address}"))?;
                listener.set_nonblocking(true)?;
                Ok(Listener::Tcp(tokio::net::TcpListener::from_std(listener).context(|| format!("listen on {address}"))?))
            }
        }
    }

    fn from_activated(fd: OwnedFd) -> Result<Listener> {
        use nix::sys::socket::{getsockname, AddressFamily, SockaddrLike, SockaddrStorage};
        let address: SockaddrStorage = getsockname(std::os::fd::AsRawFd::as_raw_fd(&fd)).context(|| "the socket systemd passed".into())?;
        match address.family() {
            Some(AddressFamily::Unix) => {
                let listener = std::os::unix::net::UnixListener::from(fd);
                listener.set_nonblocking(true)?;
                Ok(Listener::Unix(tokio_unix(listener)?))
            }
            Some(AddressFamily::Inet | AddressFamily::Inet6) => {
                let listener = std::net::TcpListener::from(fd);
                listener.set_nonblocking(true)?;
                Ok(Listener::Tcp(tokio::net::TcpListener::from_std(listener)?))
            }
            _ => Err(crate::err!("the socket systemd passed is neither a unix nor a TCP socket")),
        }
    }
}

fn tokio_unix(listener: std::os::unix::net::UnixListener) -> Result<tokio::net::UnixListener> {
    tokio::net::UnixListener::from_std(listener).context(|| "listen".into())
}

/// Listen on `path`, 0600 in a 0700 directory. A socket left by a service
/// that is gone is replaced; one a live service answers on is not.
fn bind_unix(path: &std::path::Path) -> Result<std::os::unix::net::UnixListener> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    if let Some(dir) = path.parent() {
        if !dir.exists() {
            std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).context(|| format!("create {}", dir.display()))?;
        }
    }
    if path.exists() {
        if std::os::unix::net::UnixStream::connect(path).is_ok() {
            return Err(crate::err!("a service already listens on {}", path.display()));
        }
        std::fs::remove_file(path).context(|| format!("remove the stale socket {}", path.display()))?;
    }
    // Created 0600 from the start: no moment where others could connect.
    let previous = nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(0o177));
    let bound = std::os::unix::net::UnixListener::bind(path);
    nix::sys::stat::umask(previous);
    let listener = bound.context(|| format!("listen on {}", path.display()))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).context(|| format!("chmod {}", path.display()))?;
    Ok(listener)
}

/// Open connections, and when the last one closed.
struct Activity {
    open: AtomicUsize,
    last_closed: Mutex<Instant>,
}

impl Activity {
    fn idle_for(&self) -> Option<Duration> {
        self.idle_since().map(|since| since.elapsed())
    }

    /// When the last connection closed, if none is open.
    fn idle_since(&self) -> Option<Instant> {
        if self.open.load(Ordering::SeqCst) > 0 {
            return None;
        }
        self.last_closed.lock().map(|t| *t).ok()
    }
}

/// Counts a connection open until dropped.
struct OpenConnection(Arc<Activity>);

impl Drop for OpenConnection {
    fn drop(&mut self) {
        if let Ok(mut last) = self.0.last_closed.lock() {
            *last = Instant::now();
        }
        self.0.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// How long the service waits with no connection before giving memory back.
const RELEASE_MEMORY_AFTER: Duration = Duration::from_secs(1);

async fn accept_loop(service: Arc<Service>, listener: Listener, idle: Option<Duration>) -> Result<()> {
    let activity = Arc::new(Activity { open: AtomicUsize::new(0), last_closed: Mutex::new(Instant::now()) });
    // An idle service gives back its start-up heap and the code pages it
    // ran (they fault back in from the page cache on the next request):
    // 13 MiB resident after start, nearly all of it skiff's code.
    crate::sys::helper::release_unused_memory();
    let mut released_for = activity.idle_since();
    loop {
        // Wake at least once a second to see whether the service is idle.
        let tick = tokio::time::sleep(Duration::from_millis(250));
        tokio::select! {
            accepted = accept(&listener) => {
                let Ok(io) = accepted else { continue };
                activity.open.fetch_add(1, Ordering::SeqCst);
                let open = OpenConnection(activity.clone());
                let service = service.clone();
                tokio::spawn(async move {
                    // The handshake runs in the connection's own task: a slow
                    // or failing client never holds up the others.
                    let io = match (&service.tls, io) {
                        (Some(acceptor), Connection::Tcp(tcp)) => match acceptor.accept(tcp).await {
                            Ok(tls) => Connection::Tls(Box::new(tls)),
                            Err(_) => return,
                        },
                        (_, io) => io,
                    };
                    routes::serve_connection(service, io).await;
                    drop(open);
                });
            }
            _ = tick => {
                crate::sys::process::reap_finished();
                let idle_since = activity.idle_since();
                if idle_since.is_some_and(|since| since.elapsed() >= RELEASE_MEMORY_AFTER) && released_for != idle_since {
                    crate::sys::helper::release_unused_memory();
                    released_for = idle_since;
                }
                if let (Some(limit), Some(idle_for)) = (idle, activity.idle_for()) {
                    if idle_for >= limit {
                        return Ok(());
                    }
                }
            }
        }
    }
}

/// A connection of either kind, as one type for hyper.
pub(crate) enum Connection {
    Unix(tokio::net::UnixStream),
    Tcp(tokio::net::TcpStream),
    Tls(Box<tokio_rustls::server::TlsStream<tokio::net::TcpStream>>),
}

async fn accept(listener: &Listener) -> std::io::Result<Connection> {
    match listener {
        Listener::Unix(l) => l.accept().await.map(|(s, _)| Connection::Unix(s)),
        Listener::Tcp(l) => l.accept().await.map(|(s, _)| Connection::Tcp(s)),
    }
}

impl tokio::io::AsyncRead for Connection {
    fn poll_read(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>, buf: &mut tokio::io::ReadBuf<'_>) -> std::task::Poll<std::io::Result<()>> {
        match self.get_mut() {
            Connection::Unix(s) => std::pin::Pin::new(s).poll_read(cx, buf),
            Connection::Tcp(s) => std::pin::Pin::new(s).poll_read(cx, buf),
            Connection::Tls(s) => std::pin::Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl tokio::io::AsyncWrite for Connection {
    fn poll_write(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>, buf: &[u8]) -> std::task::Poll<std::io::Result<usize>> {
        match self.get_mut() {
            Connection::Unix(s) => std::pin::Pin::new(s).poll_write(cx, buf),
            Connection::Tcp(s) => std::pin::Pin::new(s).poll_write(cx, buf),
            Connection::Tls(s) => std::pin::Pin::new(s).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        match self.get_mut() {
            Connection::Unix(s) => std::pin::Pin::new(s).poll_flush(cx),
            Connection::Tcp(s) => std::pin::Pin::new(s).poll_flush(cx),
            Connection::Tls(s) => std::pin::Pin::new(s).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<std::io::Result<()>> {
        match self.get_mut() {
            Connection::Unix(s) => std::pin::Pin::new(s).poll_shutdown(cx),
            Connection::Tcp(s) => std::pin::Pin::new(s).poll_shutdown(cx),
            Connection::Tls(s) => std::pin::Pin::new(s).poll_shutdown(cx),
        }
    }
}
