//! Start at login: enable, status, disable round trips in a temporary HOME;
//! the generated files validate with the platform's own tools.
// Linux only: XDG autostart and systemd units, validated with their tools.
#![cfg(target_os = "linux")]

mod common;

use blockwatch::adapters::autostart::{fill, xml_escape, LAUNCH_AGENT_TEMPLATE};
use common::*;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(30);

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn validate_desktop(path: &Path) {
    assert!(have("desktop-file-validate"), "run .ci/install-deps test");
    let out = Command::new("desktop-file-validate")
        .arg(path)
        .output()
        .unwrap();
    let report =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !report.contains("error"),
        "{report}"
    );
}

fn validate_unit(path: &Path) {
    if !have("systemd-analyze") {
        eprintln!("systemd-analyze not available: unit not verified");
        return;
    }
    let out = Command::new("systemd-analyze")
        .arg("verify")
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn run(s: &Scratch, bin: &str, args: &[&str]) -> Run {
    let mut c = s.command(bin);
    c.args(args);
    run_command(c, &[], LIMIT)
}

#[test]
fn xdg_entry_round_trip() {
    let s = Scratch::new();
    let status = run(&s, BIN, &["autostart", "status"]);
    assert_eq!(status.code, Some(0));
    assert!(status.stdout.starts_with("disabled"), "{}", status.stdout);

    let on = run(&s, BIN, &["autostart", "enable"]);
    assert_eq!(on.code, Some(0), "{}", on.stderr);
    let entry = s
        .path()
        .join("config/autostart/io.github.blockwatch.Blockwatch.desktop");
    assert!(
        on.stdout.contains("enabled: XDG autostart entry"),
        "{}",
        on.stdout
    );
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(
        text.contains(&format!("Exec={BIN} run --at-login")),
        "{text}"
    );
    let icon = text.lines().find_map(|l| l.strip_prefix("Icon=")).unwrap();
    assert!(Path::new(icon).exists(), "icon {icon}");
    validate_desktop(&entry);

    assert!(run(&s, BIN, &["autostart", "status"])
        .stdout
        .starts_with("enabled"));
    let off = run(&s, BIN, &["autostart", "disable"]);
    assert!(off.stdout.starts_with("disabled"), "{}", off.stdout);
    assert!(!entry.exists());
}

#[test]
fn a_path_with_spaces_is_quoted() {
    let s = Scratch::new();
    let dir = s.path().join("my apps");
    std::fs::create_dir_all(&dir).unwrap();
    let copy = dir.join("blockwatch");
    std::fs::copy(BIN, &copy).unwrap();
    let copy_s = copy.to_str().unwrap();

    let on = run(&s, copy_s, &["autostart", "enable"]);
    assert_eq!(on.code, Some(0), "{}", on.stderr);
    let entry = s
        .path()
        .join("config/autostart/io.github.blockwatch.Blockwatch.desktop");
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(
        text.contains(&format!("Exec=\"{copy_s}\" run --at-login")),
        "{text}"
    );
    validate_desktop(&entry);

    let on = run(&s, copy_s, &["autostart", "enable", "--systemd"]);
    assert_eq!(on.code, Some(0), "{}", on.stderr);
    let unit = s.path().join("config/systemd/user/blockwatch.service");
    let text = std::fs::read_to_string(&unit).unwrap();
    assert!(
        text.contains(&format!("ExecStart=\"{copy_s}\" run --at-login")),
        "{text}"
    );
    assert!(!entry.exists(), "the unit replaces the XDG entry");
    assert!(on.stdout.contains("systemd user unit"), "{}", on.stdout);
    validate_unit(&unit);

    let off = run(&s, copy_s, &["autostart", "disable"]);
    assert!(off.stdout.starts_with("disabled"), "{}", off.stdout);
    assert!(!unit.exists());
}

/// The agent as launchd reads it: the label is the application id; it runs
/// at load and is started again only after a crash, never after exit 1
/// ("already running") or 2 (a bad configuration).
const PLIST_CHECK: &str = r#"
import plistlib, sys
d = plistlib.load(open(sys.argv[1], "rb"))
assert d["Label"] == "io.github.blockwatch.Blockwatch", d
assert d["ProgramArguments"][1:] == ["run", "--at-login"], d
assert d["RunAtLoad"] is True, d
assert d["KeepAlive"] == {"Crashed": True}, d
print(d["ProgramArguments"][0])
"#;

#[test]
fn launch_agent_template_is_a_valid_plist() {
    if !have("python3") {
        eprintln!("python3 not available: plist not parsed");
        return;
    }
    let s = Scratch::new();
    let python = if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    };
    let plist = fill(
        LAUNCH_AGENT_TEMPLATE,
        &xml_escape("/Applications/Tom & Jerry's/blockwatch"),
        "",
    );
    let p = s.write("agent.plist", &plist);
    let out = Command::new(python)
        .args(["-c", PLIST_CHECK])
        .arg(&p)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "/Applications/Tom & Jerry's/blockwatch"
    );
}

/// The package's entry in /etc/xdg/autostart starts blockwatch for every
/// user; `disable` hides it for this user only, `enable` takes the hide away.
#[test]
fn system_wide_entry_is_hidden_and_restored_per_user() {
    use blockwatch::adapters::autostart::{desktop_exec_arg, DESKTOP_TEMPLATE};
    let s = Scratch::new();
    let sys_dir = s.path().join("etc-xdg/autostart");
    std::fs::create_dir_all(&sys_dir).unwrap();
    let sys = sys_dir.join("io.github.blockwatch.Blockwatch.desktop");
    let packaged = fill(
        DESKTOP_TEMPLATE,
        &desktop_exec_arg("/usr/bin/blockwatch"),
        "blockwatch",
    );
    std::fs::write(&sys, &packaged).unwrap();
    let user = s
        .path()
        .join("config/autostart/io.github.blockwatch.Blockwatch.desktop");

    let st = run(&s, BIN, &["autostart", "status"]);
    assert_eq!(st.code, Some(0), "{}", st.stderr);
    assert_eq!(
        st.stdout.trim(),
        format!("enabled: system-wide XDG autostart entry {}", sys.display())
    );

    let off = run(&s, BIN, &["autostart", "disable"]);
    assert_eq!(off.code, Some(0), "{}", off.stderr);
    assert!(off.stdout.starts_with("disabled"), "{}", off.stdout);
    assert!(
        off.stdout.contains(&sys.display().to_string()),
        "{}",
        off.stdout
    );
    let hide = std::fs::read_to_string(&user).unwrap();
    assert!(hide.lines().any(|l| l == "Hidden=true"), "{hide}");
    validate_desktop(&user);
    assert_eq!(
        std::fs::read_to_string(&sys).unwrap(),
        packaged,
        "the system-wide entry is never touched"
    );
    assert!(run(&s, BIN, &["autostart", "status"])
        .stdout
        .starts_with("disabled"));

    let on = run(&s, BIN, &["autostart", "enable"]);
    assert_eq!(on.code, Some(0), "{}", on.stderr);
    assert!(!user.exists(), "enable removes the per-user hide");
    assert!(
        on.stdout.contains("system-wide XDG autostart entry"),
        "{}",
        on.stdout
    );

    // The systemd unit instead: the system-wide entry must not start a second copy.
    let unit = run(&s, BIN, &["autostart", "enable", "--systemd"]);
    assert_eq!(unit.code, Some(0), "{}", unit.stderr);
    let hide = std::fs::read_to_string(&user).unwrap();
    assert!(hide.lines().any(|l| l == "Hidden=true"), "{hide}");
    assert!(
        unit.stdout.starts_with("enabled: systemd user unit"),
        "{}",
        unit.stdout
    );
    let off = run(&s, BIN, &["autostart", "disable"]);
    assert!(off.stdout.starts_with("disabled"), "{}", off.stdout);
    assert!(!s
        .path()
        .join("config/systemd/user/blockwatch.service")
        .exists());
}

/// An entry an older build wrote (`blockwatch.desktop`) still counts, and
/// enable or disable takes it away: one entry, named by the id.
#[test]
fn a_legacy_entry_is_replaced() {
    let s = Scratch::new();
    let dir = s.path().join("config/autostart");
    std::fs::create_dir_all(&dir).unwrap();
    let legacy = dir.join("blockwatch.desktop");
    let entry = dir.join("io.github.blockwatch.Blockwatch.desktop");
    let old = "[Desktop Entry]\nType=Application\nName=blockwatch\nExec=/usr/bin/blockwatch run\n";
    std::fs::write(&legacy, old).unwrap();
    let st = run(&s, BIN, &["autostart", "status"]);
    assert!(
        st.stdout.starts_with("enabled: XDG autostart entry"),
        "{}",
        st.stdout
    );
    assert!(st.stdout.contains("blockwatch.desktop"), "{}", st.stdout);

    let on = run(&s, BIN, &["autostart", "enable"]);
    assert_eq!(on.code, Some(0), "{}", on.stderr);
    assert!(!legacy.exists(), "the old entry stayed beside the new one");
    assert!(entry.exists());

    std::fs::write(&legacy, old).unwrap();
    let off = run(&s, BIN, &["autostart", "disable"]);
    assert!(off.stdout.starts_with("disabled"), "{}", off.stdout);
    assert!(!legacy.exists() && !entry.exists());
}
