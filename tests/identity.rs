//! One application id on every desktop, read from the files that carry it
//! (AppStream, the launcher, the Debian assets, the LaunchAgent, the macOS
//! bundle's Info.plist) and from the code (the Windows toasts' id, the
//! login-start entries): all are `blockwatch::version::APP_ID`, defined once. And
//! `Blockwatch.app` as `pkg/macos/make-app` lays it out, checked with
//! Python's plistlib and Pillow's .icns reader.

use blockwatch::version::APP_ID;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The text between `open` and the next `close` after it.
fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let len = text[start..].find(close)?;
    Some(text[start..start + len].trim())
}

/// A plist's `<string>` value for `key` (the first one).
fn plist_string<'a>(text: &'a str, key: &str) -> &'a str {
    let after = &text[text
        .find(&format!("<key>{key}</key>"))
        .unwrap_or_else(|| panic!("no {key} in {text}"))..];
    between(after, "<string>", "</string>").unwrap()
}

/// Files of a folder with this extension, by name.
fn named(dir: &str, ext: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(ext))
        .collect();
    names.sort();
    names
}

#[test]
fn one_application_id_everywhere() {
    let mut seen: Vec<(&str, String)> = Vec::new();

    // AppStream: the component id and the launcher it names.
    let metainfo_files = named("pkg", ".metainfo.xml");
    assert_eq!(metainfo_files.len(), 1, "{metainfo_files:?}");
    let metainfo = read(&format!("pkg/{}", metainfo_files[0]));
    seen.push((
        "metainfo file name",
        metainfo_files[0].trim_end_matches(".metainfo.xml").into(),
    ));
    seen.push((
        "AppStream <id>",
        between(&metainfo, "<id>", "</id>").unwrap().into(),
    ));
    let launchable = between(
        &metainfo,
        "<launchable type=\"desktop-id\">",
        "</launchable>",
    )
    .unwrap()
    .trim_end_matches(".desktop");
    seen.push(("AppStream <launchable>", launchable.into()));

    // The launcher: its file name (freedesktop wants it equal to the
    // AppStream id) and its themed icon.
    let launchers = named("pkg", ".desktop");
    assert_eq!(launchers.len(), 1, "{launchers:?}");
    seen.push((
        "launcher file name",
        launchers[0].trim_end_matches(".desktop").into(),
    ));
    let launcher = read(&format!("pkg/{}", launchers[0]));
    let icon = launcher
        .lines()
        .find_map(|l| l.strip_prefix("Icon="))
        .unwrap();
    seen.push(("launcher Icon=", icon.into()));

    // Where the Debian packages install them: every asset that is the
    // launcher, the autostart entry or the metainfo is named by the id.
    let manifest: toml::Value = toml::from_str(&read("Cargo.toml")).unwrap();
    let deb = &manifest["package"]["metadata"]["deb"];
    let mut assets: Vec<&toml::Value> = Vec::new();
    assets.extend(deb["assets"].as_array().unwrap());
    for variant in deb["variants"]
        .as_table()
        .into_iter()
        .flat_map(|t| t.values())
    {
        assets.extend(variant["assets"].as_array().into_iter().flatten());
    }
    let mut named_assets = 0;
    for a in assets {
        let (src, dst) = (a[0].as_str().unwrap(), a[1].as_str().unwrap());
        let is_entry = dst.starts_with("usr/share/applications/")
            || dst.starts_with("etc/xdg/autostart/")
            || dst.starts_with("usr/share/metainfo/");
        if !is_entry {
            continue;
        }
        named_assets += 1;
        let name = if dst.ends_with('/') {
            Path::new(src)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        } else {
            Path::new(dst)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        };
        let stem = name
            .trim_end_matches(".metainfo.xml")
            .trim_end_matches(".desktop")
            .to_string();
        seen.push(("a Debian asset's installed name", stem));
    }
    assert_eq!(named_assets, 3, "launcher, autostart entry, metainfo");

    // macOS: the LaunchAgent's label and file name, the bundle identifier.
    let agents = named("service", ".plist");
    assert_eq!(agents.len(), 1, "{agents:?}");
    seen.push((
        "LaunchAgent file name",
        agents[0].trim_end_matches(".plist").into(),
    ));
    let agent = read(&format!("service/{}", agents[0]));
    seen.push(("LaunchAgent Label", plist_string(&agent, "Label").into()));
    let info = read("pkg/macos/Info.plist");
    seen.push((
        "CFBundleIdentifier",
        plist_string(&info, "CFBundleIdentifier").into(),
    ));

    // Windows: the toasts' AppUserModelID is the shared constant (the file
    // is compiled for Windows only, so its source is read).
    let toast = read("src/adapters/notify/windows.rs");
    let aumid = if toast
        .lines()
        .any(|l| l.trim() == "use crate::version::APP_ID;")
    {
        APP_ID.to_string()
    } else {
        toast
            .lines()
            .find_map(|l| l.trim().strip_prefix("pub const APP_ID: &str = "))
            .expect("the AppUserModelID: the shared constant or its own")
            .trim_end_matches(';')
            .trim_matches('"')
            .to_string()
    };
    seen.push(("Windows AppUserModelID", aumid));

    // The code: the login-start entries' names.
    use blockwatch::adapters::autostart::entry_name;
    seen.push((
        "autostart entry (code)",
        entry_name("desktop").trim_end_matches(".desktop").into(),
    ));

    // Defined once: no other source file spells it out.
    let mut spelled = Vec::new();
    let mut stack = vec![root().join("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if std::fs::read_to_string(&p)
                .is_ok_and(|t| t.contains(&format!("\"{APP_ID}\"")))
            {
                spelled.push(p.strip_prefix(root()).unwrap().display().to_string());
            }
        }
    }
    assert_eq!(spelled, ["src/version.rs"], "the id's one definition");

    let wrong: Vec<String> = seen
        .iter()
        .filter(|(_, id)| id != APP_ID)
        .map(|(what, id)| format!("{what}: {id}"))
        .collect();
    assert!(wrong.is_empty(), "not {APP_ID}:\n{}", wrong.join("\n"));
    assert_eq!(seen.len(), 13, "{seen:#?}");
}

/// Debian's python3: python3-pil is installed for it (`.ci/install-deps test`).
fn python() -> &'static str {
    if Path::new("/usr/bin/python3").exists() {
        "/usr/bin/python3"
    } else {
        "python3"
    }
}

#[test]
fn the_macos_bundle_is_laid_out() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::fs::write(bin.join("blockwatch"), b"cli").unwrap();
    std::fs::write(bin.join("blockwatch-tray"), b"tray").unwrap();
    let out_dir = dir.path().join("out");
    let run = Command::new(python())
        .arg(root().join("pkg/macos/make-app"))
        .arg(&bin)
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let app = out_dir.join("Blockwatch.app");
    assert_eq!(
        String::from_utf8_lossy(&run.stdout).trim(),
        app.to_string_lossy()
    );

    let contents = app.join("Contents");
    for (name, bytes) in [("blockwatch", &b"cli"[..]), ("blockwatch-tray", b"tray")] {
        let p = contents.join("MacOS").join(name);
        assert_eq!(std::fs::read(&p).unwrap(), bytes, "{}", p.display());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode();
            assert_eq!(mode & 0o111, 0o111, "{} is not executable", p.display());
        }
    }
    assert_eq!(
        std::fs::read_to_string(contents.join("PkgInfo")).unwrap(),
        "APPL????"
    );

    // What macOS reads, read by plistlib; the icon by Pillow's .icns reader.
    let check = format!(
        r#"
import plistlib, sys, os
from PIL import Image
contents = sys.argv[1]
with open(os.path.join(contents, "Info.plist"), "rb") as f:
    info = plistlib.load(f)
assert info["CFBundleIdentifier"] == "{APP_ID}", info
assert info["LSUIElement"] is True, info
assert info["CFBundlePackageType"] == "APPL", info
assert info["CFBundleShortVersionString"] == "{version}", info
assert info["CFBundleVersion"] == "{version}", info
major = int(info["LSMinimumSystemVersion"].split(".")[0])
assert major >= 11, info
exe = os.path.join(contents, "MacOS", info["CFBundleExecutable"])
assert os.access(exe, os.X_OK), exe
icns = os.path.join(contents, "Resources", info["CFBundleIconFile"] + ".icns")
im = Image.open(icns)
assert im.format == "ICNS", im.format
sizes = sorted(im.info["sizes"])
for want in [(16, 16, 1), (16, 16, 2), (32, 32, 1), (32, 32, 2), (128, 128, 1),
             (128, 128, 2), (256, 256, 1), (256, 256, 2), (512, 512, 1), (512, 512, 2)]:
    assert want in sizes, (want, sizes)
for s in sizes:
    im.size = s
    im.load()
    assert im.size == (s[0] * s[2], s[1] * s[2]), (s, im.size)
    assert im.mode == "RGBA", im.mode
print("ok", len(sizes))
"#,
        version = env!("CARGO_PKG_VERSION")
    );
    let out = Command::new(python())
        .args(["-c", &check])
        .arg(&contents)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "run .ci/install-deps test (python3-pil)\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok "));

    // Laid out again over an older bundle: replaced, nothing stale left.
    std::fs::write(contents.join("MacOS/stale"), b"x").unwrap();
    let again = Command::new(python())
        .arg(root().join("pkg/macos/make-app"))
        .arg(&bin)
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(again.status.success());
    assert!(!contents.join("MacOS/stale").exists());
}

#[cfg(feature = "tray")]
#[test]
fn the_template_icons_are_monochrome() {
    // The menu bar tints a template image by its alpha alone: every pixel
    // black, the shape in the alpha channel.
    for state in [
        "reachable",
        "checking",
        "blocked",
        "degraded",
        "offline",
        "paused",
    ] {
        let path = root().join(format!("icons/png/{state}-template-36.png"));
        let mut decoder =
            png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&path).unwrap()));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!((info.width, info.height), (36, 36), "{state}");
        let px: Vec<&[u8]> = buf[..info.buffer_size()].chunks(4).collect();
        assert!(px.iter().all(|p| p[..3] == [0, 0, 0]), "{state}: not black");
        let opaque = px.iter().filter(|p| p[3] > 128).count();
        assert!(
            opaque > 36 * 2 && opaque < 36 * 36 * 3 / 4,
            "{state}: {opaque} opaque"
        );
    }
}
