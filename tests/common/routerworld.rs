//! A home network in network namespaces: a host behind a router running
//! miniupnpd (or a fake IGD, or nothing), the router's provider, and an
//! "internet" holding a name server that makes chatgpt.com resolve to a
//! fake site there. The provider either routes the router's public WAN
//! address, or puts its own NAT in front (carrier-grade NAT on 100.64/10,
//! or a second home router: double NAT). Nothing leaves the namespaces:
//! the public-looking addresses exist only inside them.
#![allow(dead_code)]

use super::dnsworld::{addrs, DnsServer, NetnsResolvConf, Zone};
use super::*;
use blockwatch::core::local::router::upnp::Link;
use blockwatch::core::local::router::RouterFacts;
use std::collections::HashSet;
use std::net::IpAddr;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const HOST: &str = "192.168.1.2";
pub const ROUTER_LAN: &str = "192.168.1.1";
/// The site and the name server, in the "internet".
pub const SITE: &str = "5.0.0.10";
pub const NAMESERVER: &str = "5.0.0.53";
pub const ECHO_HOST: &str = "echo.test";
/// The provider's side towards the internet: the address the internet sees
/// when the provider (or the front router) translates.
pub const PROVIDER_PUBLIC: &str = "81.3.0.2";
const INTERNET_GW: &str = "81.3.0.1";

/// How the router's WAN side is connected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wan {
    /// A public address of its own (outside miniupnpd's reserved ranges).
    Public,
    /// 100.64.5.6, behind the provider's NAT.
    Cgnat,
    /// 192.168.0.2, behind another router's NAT.
    DoubleNat,
}

impl Wan {
    /// (router's WAN, provider's side of that link)
    pub fn addrs(self) -> (&'static str, &'static str) {
        match self {
            Wan::Public => ("81.2.0.2", "81.2.0.1"),
            Wan::Cgnat => ("100.64.5.6", "100.64.5.1"),
            Wan::DoubleNat => ("192.168.0.2", "192.168.0.1"),
        }
    }

    /// The address the internet sees.
    pub fn public(self) -> &'static str {
        match self {
            Wan::Public => "81.2.0.2",
            _ => PROVIDER_PUBLIC,
        }
    }
}

pub struct RouterWorld {
    pub host: Netns,
    pub router: Netns,
    pub provider: Netns,
    pub internet: Netns,
    pub dns: DnsServer,
    pub site: FakeSite,
    pub refused: Arc<Mutex<HashSet<IpAddr>>>,
    pub wan: Wan,
    _resolv: NetnsResolvConf,
    miniupnpd: Option<Child>,
    pub dir: tempfile::TempDir,
}

impl Drop for RouterWorld {
    fn drop(&mut self) {
        if let Some(c) = &mut self.miniupnpd {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn nft(ns: &Netns, rules: &str) {
    use std::io::Write;
    let mut c = Command::new("ip")
        .args(["netns", "exec", &ns.name, "nft", "-f", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nft");
    c.stdin.take().unwrap().write_all(rules.as_bytes()).unwrap();
    let out = c.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "nft: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The router's rules: the chains miniupnpd fills, and masquerade on the WAN.
fn router_rules(router: &Netns) {
    nft(
        router,
        "table inet filter {\n chain miniupnpd {\n }\n chain forward {\n  type filter hook forward priority 0; policy accept;\n  jump miniupnpd\n }\n}\n\
         table inet nat {\n chain prerouting_miniupnpd {\n }\n chain postrouting_miniupnpd {\n }\n\
          chain prerouting {\n  type nat hook prerouting priority -100; policy accept;\n  jump prerouting_miniupnpd\n }\n\
          chain postrouting {\n  type nat hook postrouting priority 100; policy accept;\n  jump postrouting_miniupnpd\n  oifname \"wan0\" masquerade\n }\n}\n",
    );
}

/// The host's link: its address, prefix and gateway.
pub fn host_link() -> Link {
    Link {
        local: HOST.parse().unwrap(),
        prefix: 24,
        gateway: ROUTER_LAN.parse().unwrap(),
    }
}

/// The lab, or `None` (said on stderr) when not root.
pub fn lab(wan: Wan) -> Option<RouterWorld> {
    if !is_root() {
        eprintln!("skipped: network namespaces need root");
        return None;
    }
    Some(router_world(wan))
}

/// The host, its router (no UPnP yet), the provider and the internet.
pub fn router_world(wan: Wan) -> RouterWorld {
    let host = Netns::new("rh");
    let router = Netns::new("rr");
    let provider = Netns::new("rp");
    let internet = Netns::new("ri");
    let (wan_addr, provider_side) = wan.addrs();
    veth(
        &host,
        "h0",
        &format!("{HOST}/24"),
        &router,
        "lan0",
        &format!("{ROUTER_LAN}/24"),
    );
    veth(
        &router,
        "wan0",
        &format!("{wan_addr}/24"),
        &provider,
        "pr0",
        &format!("{provider_side}/24"),
    );
    veth(
        &provider,
        "up0",
        &format!("{PROVIDER_PUBLIC}/24"),
        &internet,
        "i0",
        &format!("{INTERNET_GW}/24"),
    );
    host.ip(&["route", "add", "default", "via", ROUTER_LAN]);
    router.ip(&["route", "add", "default", "via", provider_side]);
    provider.ip(&["route", "add", "default", "via", INTERNET_GW]);
    for ns in [&router, &provider] {
        ns.exec(&["sysctl", "-qw", "net.ipv4.ip_forward=1"]);
    }
    internet.ip(&["addr", "add", &format!("{SITE}/32"), "dev", "lo"]);
    internet.ip(&["addr", "add", &format!("{NAMESERVER}/32"), "dev", "lo"]);
    router_rules(&router);
    match wan {
        // The provider routes the router's own public address.
        Wan::Public => internet.ip(&["route", "add", "81.2.0.0/24", "via", PROVIDER_PUBLIC]),
        _ => nft(
            &provider,
            "table ip nat {\n chain postrouting {\n  type nat hook postrouting priority 100; policy accept;\n  oifname \"up0\" masquerade\n }\n}\n",
        ),
    }
    let zone: Zone = Arc::default();
    let dns = DnsServer::start(&internet.name, &format!("{NAMESERVER}:53"), zone);
    for name in ["chatgpt.com", "openai.com", "cdn.oaistatic.com", ECHO_HOST] {
        dns.set(name, addrs(&[SITE]));
    }
    let refused: Arc<Mutex<HashSet<IpAddr>>> = Arc::default();
    let site = FakeSite::start_in_netns(
        refusing_handler(refused.clone()),
        &internet.name,
        "0.0.0.0:8080".parse().unwrap(),
    );
    let resolv = NetnsResolvConf::new(&host, &format!("nameserver {NAMESERVER}\n"));
    RouterWorld {
        host,
        router,
        provider,
        internet,
        dns,
        site,
        refused,
        wan,
        _resolv: resolv,
        miniupnpd: None,
        dir: tempfile::tempdir().unwrap(),
    }
}

impl RouterWorld {
    /// miniupnpd on the router's LAN side, UPnP IGD and NAT-PMP/PCP on.
    pub fn start_miniupnpd(&mut self) {
        let conf = self.dir.path().join("miniupnpd.conf");
        std::fs::write(
            &conf,
            "ext_ifname=wan0\nlistening_ip=lan0\nhttp_port=5000\nenable_natpmp=yes\nenable_upnp=yes\n\
             secure_mode=yes\nsystem_uptime=yes\nuuid=3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b\n\
             friendly_name=Lab router\nmodel_name=Lab IGD\n\
             upnp_table_name=filter\nupnp_nat_table_name=nat\nupnp_forward_chain=miniupnpd\n\
             upnp_nat_chain=prerouting_miniupnpd\nupnp_nat_postrouting_chain=postrouting_miniupnpd\n\
             allow 1024-65535 192.168.1.0/24 1024-65535\ndeny 0-65535 0.0.0.0/0 0-65535\n",
        )
        .unwrap();
        let pid = self.dir.path().join("miniupnpd.pid");
        let log = std::fs::File::create(self.dir.path().join("miniupnpd.log")).unwrap();
        let child = Command::new("ip")
            .args(["netns", "exec", &self.router.name, "miniupnpd", "-d", "-f"])
            .arg(&conf)
            .arg("-P")
            .arg(&pid)
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("miniupnpd (Debian: miniupnpd-nftables)");
        self.miniupnpd = Some(child);
        // Ready once both its HTTP and NAT-PMP/PCP sockets listen.
        let ready = wait_until(Duration::from_secs(10), || {
            let log = self.miniupnpd_log();
            log.contains("HTTP listening") && log.contains("NAT-PMP/PCP traffic")
        });
        assert!(ready, "miniupnpd did not start: {}", self.miniupnpd_log());
    }

    pub fn miniupnpd_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("miniupnpd.log")).unwrap_or_default()
    }

    /// The site refuses the address the internet sees.
    pub fn refuse_home(&self) {
        let ip: IpAddr = self.wan.public().parse().unwrap();
        self.refused.lock().unwrap().insert(ip);
    }

    pub fn config(&self, s: &Scratch) -> std::path::PathBuf {
        s.write(
            "config.toml",
            &format!(
                "[target]\nurl = \"http://chatgpt.com:8080/\"\ntimeout = \"3s\"\n\n[public_ip]\necho_urls = [\"http://{ECHO_HOST}:8080/ip\"]\n\n[status_page]\nurl = \"http://{ECHO_HOST}:8080/summary.json\"\n"
            ),
        )
    }

    /// `check --json` on the host (`extra`: arguments before `check`).
    pub fn check(&self, s: &Scratch, extra: &[&str]) -> Run {
        let cfg = self.config(s);
        let mut args = vec!["--config", cfg.to_str().unwrap()];
        args.extend_from_slice(extra);
        args.extend(["check", "--json"]);
        s.run_in(&self.host, &args, &[], Duration::from_secs(30))
    }

    /// A config whose target is the site's address: the router is not
    /// asked for it (not one of ChatGPT's names).
    pub fn plain_config(&self, s: &Scratch) -> std::path::PathBuf {
        s.write(
            "plain.toml",
            &format!("[target]\nurl = \"http://{SITE}:8080/\"\ntimeout = \"3s\"\n\n[public_ip]\necho_urls = [\"http://{SITE}:8080/ip\"]\n\n[status_page]\nurl = \"http://{SITE}:8080/summary.json\"\n"),
        )
    }

    /// A fake IGD on the router's LAN side.
    pub fn fake_igd(&self, igd: super::fakeigd::Igd) -> super::fakeigd::FakeIgd {
        super::fakeigd::start(&self.router.name, ROUTER_LAN.parse().unwrap(), igd)
    }

    /// `f` on a thread inside the host's namespace (its sockets are the
    /// host's), with a runtime.
    pub fn in_host<T: Send + 'static>(
        &self,
        f: impl FnOnce(&tokio::runtime::Runtime) -> T + Send + 'static,
    ) -> T {
        let name = self.host.name.clone();
        std::thread::spawn(move || {
            enter_netns(&name);
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            f(&rt)
        })
        .join()
        .unwrap()
    }

    /// The router step itself, `times` times from the host's namespace:
    /// what it learnt and how long each took.
    pub fn ask_router(&self, times: usize) -> Vec<(RouterFacts, Duration)> {
        self.in_host(move |rt| {
            let link = host_link();
            (0..times)
                .map(|i| {
                    if i > 0 {
                        std::thread::sleep(Duration::from_millis(50));
                    }
                    let t = std::time::Instant::now();
                    let facts = rt.block_on(blockwatch::adapters::router::ask(
                        link,
                        blockwatch::adapters::router::STEP_LIMIT,
                    ));
                    (facts, t.elapsed())
                })
                .collect()
        })
    }

    /// A command's output, run on the host (`upnpc`, `natpmpc`).
    pub fn on_host(&self, args: &[&str]) -> String {
        let out = Command::new("ip")
            .args(["netns", "exec", &self.host.name])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}
