//! Where the OS gives no change events: compare the interface list every few
//! seconds.

use std::time::Duration;
use tokio::sync::mpsc::UnboundedSender;

const PERIOD: Duration = Duration::from_secs(5);

fn fingerprint() -> Vec<(String, std::net::IpAddr)> {
    let mut v: Vec<_> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .map(|i| (i.name.clone(), i.ip()))
        .collect();
    v.sort();
    v
}

pub fn spawn(tx: UnboundedSender<()>) -> std::io::Result<()> {
    tokio::spawn(async move {
        let mut last = fingerprint();
        loop {
            tokio::time::sleep(PERIOD).await;
            let now = fingerprint();
            if now != last {
                last = now;
                if tx.send(()).is_err() {
                    return;
                }
            }
        }
    });
    Ok(())
}
