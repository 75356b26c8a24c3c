//! The imperative shell's adapters: each does one kind of I/O and hands the
//! pure core plain values.

pub mod activate;
pub mod autostart;
pub mod browsers;
pub mod dns;
pub mod files;
pub mod http;
pub mod icons;
pub mod mem;
pub mod net;
pub mod netwatch;
pub mod notify;
pub mod page;
pub mod procs;
pub mod proxy;
#[cfg(windows)]
pub mod registry;
pub mod router;
pub mod startup;
pub mod terminal;
pub mod textfile;
pub mod tls;
pub mod trayhost;
pub mod vpnctl;

/// 64 unpredictable bits (DNS query ids, PCP nonces, the monitor's jitter
/// seed): std's per-process random hash keys over the clock, so no crate.
pub fn random_u64() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    h.finish()
}

/// Run futures concurrently, keeping their order (a few, so no crate).
pub(crate) async fn join_all<F: std::future::Future>(futs: Vec<F>) -> Vec<F::Output> {
    let handles: Vec<_> = futs.into_iter().map(Box::pin).collect();
    let mut out = Vec::with_capacity(handles.len());
    let mut pending: Vec<Option<std::pin::Pin<Box<F>>>> = handles.into_iter().map(Some).collect();
    let mut results: Vec<Option<F::Output>> = pending.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut all = true;
        for (i, slot) in pending.iter_mut().enumerate() {
            if let Some(f) = slot {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => {
                        results[i] = Some(v);
                        *slot = None;
                    }
                    std::task::Poll::Pending => all = false,
                }
            }
        }
        if all {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
    out.extend(results.into_iter().flatten());
    out
}
