//! The vendors' command lines and the system tools, read from their text:
//! is the VPN connected, is a kill switch on, which built-in connections
//! are up. The shell runs the programs (`adapters::vpnctl`); a program's
//! wording changes between versions, so each parser accepts the forms
//! seen and says "unknown" (`None`) otherwise.

/// `mullvad status`: "Connected to se-got-wg-001 ...", "Connected" with
/// the relay below it, "Connecting ...", or "Disconnected".
pub fn mullvad_connected(text: &str) -> Option<bool> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let lower = first.to_ascii_lowercase();
    if lower.starts_with("disconnected") || lower.starts_with("disconnecting") {
        Some(false)
    } else if lower.starts_with("connected") || lower.starts_with("connecting") {
        Some(true)
    } else {
        None
    }
}

/// `mullvad lockdown-mode get`: "Block traffic when the VPN is
/// disconnected: on" (older releases: "Network traffic will be blocked
/// when the VPN is disconnected" / "... will be allowed ...").
pub fn mullvad_lockdown(text: &str) -> Option<bool> {
    for line in text.lines() {
        let l = line.trim().to_ascii_lowercase();
        if let Some((_, value)) = l.rsplit_once(':') {
            match value.trim() {
                "on" | "enabled" | "true" => return Some(true),
                "off" | "disabled" | "false" => return Some(false),
                _ => {}
            }
        }
        if l.contains("will be blocked") {
            return Some(true);
        }
        if l.contains("will be allowed") {
            return Some(false);
        }
    }
    None
}

/// A `Key: value` line, the key compared without case.
fn field<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines().find_map(|line| {
        // NordVPN prints a spinner and carriage returns before its lines.
        let line = line
            .rsplit('\r')
            .next()?
            .trim()
            .trim_start_matches(['-', '\\', '|', '/']);
        let (k, v) = line.split_once(':')?;
        k.trim().eq_ignore_ascii_case(key).then(|| v.trim())
    })
}

/// `nordvpn status`: "Status: Connected".
pub fn nordvpn_connected(text: &str) -> Option<bool> {
    let v = field(text, "Status")?.to_ascii_lowercase();
    Some(v == "connected" || v == "connecting")
}

/// `nordvpn settings`: "Kill Switch: enabled".
pub fn nordvpn_kill_switch(text: &str) -> Option<bool> {
    match field(text, "Kill Switch")?.to_ascii_lowercase().as_str() {
        "enabled" | "on" => Some(true),
        "disabled" | "off" => Some(false),
        _ => None,
    }
}

/// `tailscale status --json`: an exit node is in use when
/// `ExitNodeStatus` is there (only then does the public address change).
pub fn tailscale_exit_node(text: &str) -> Option<bool> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let obj = v.as_object()?;
    Some(obj.get("ExitNodeStatus").is_some_and(|e| !e.is_null()))
}

/// `rasdial` without arguments: "Connected to", the entries, one per line,
/// then "Command completed successfully." ("No connections" otherwise).
/// Windows translates the two framing lines, so the entries are the lines
/// between the first and the last.
pub fn rasdial_connected(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() < 3 {
        return Vec::new();
    }
    lines[1..lines.len() - 1]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mullvad_status_and_lockdown() {
        assert_eq!(
            mullvad_connected("Connected to se-got-wg-001 in Gothenburg, Sweden\n"),
            Some(true)
        );
        assert_eq!(
            mullvad_connected("Connected\n    Relay: se-got-wg-001\n"),
            Some(true)
        );
        assert_eq!(mullvad_connected("Disconnected\n"), Some(false));
        assert_eq!(mullvad_connected("\n"), None);
        assert_eq!(
            mullvad_lockdown("Block traffic when the VPN is disconnected: on\n"),
            Some(true)
        );
        assert_eq!(
            mullvad_lockdown("Block traffic when the VPN is disconnected: off\n"),
            Some(false)
        );
        assert_eq!(
            mullvad_lockdown("Network traffic will be blocked when the VPN is disconnected\n"),
            Some(true)
        );
        assert_eq!(mullvad_lockdown("error: daemon not running"), None);
    }

    #[test]
    fn nordvpn_status_and_kill_switch() {
        let status = "\r-\r  \r\rStatus: Connected\nHostname: de123.nordvpn.com\n";
        assert_eq!(nordvpn_connected(status), Some(true));
        assert_eq!(nordvpn_connected("Status: Disconnected\n"), Some(false));
        let settings = "Technology: NORDLYNX\nFirewall: enabled\nKill Switch: enabled\nThreat Protection Lite: disabled\n";
        assert_eq!(nordvpn_kill_switch(settings), Some(true));
        assert_eq!(nordvpn_kill_switch("Kill Switch: disabled\n"), Some(false));
        assert_eq!(nordvpn_kill_switch("Firewall: enabled\n"), None);
    }

    #[test]
    fn tailscale_exit_node_only_counts_when_set() {
        assert_eq!(
            tailscale_exit_node(
                r#"{"BackendState":"Running","ExitNodeStatus":{"ID":"n1","Online":true}}"#
            ),
            Some(true)
        );
        assert_eq!(
            tailscale_exit_node(r#"{"BackendState":"Running","ExitNodeStatus":null}"#),
            Some(false)
        );
        assert_eq!(
            tailscale_exit_node(r#"{"BackendState":"Running"}"#),
            Some(false)
        );
        assert_eq!(tailscale_exit_node("not json"), None);
    }

    #[test]
    fn rasdial_lists_the_entries_between_the_frame_lines() {
        assert_eq!(
            rasdial_connected("Connected to\r\nOffice VPN\r\nCommand completed successfully.\r\n"),
            vec!["Office VPN".to_string()]
        );
        assert_eq!(
            rasdial_connected("Verbunden mit\nA\nB\nDer Befehl wurde erfolgreich ausgeführt.\n"),
            vec!["A".to_string(), "B".to_string()]
        );
        assert!(rasdial_connected("No connections\nCommand completed successfully.\n").is_empty());
    }
}
