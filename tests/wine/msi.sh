# Sourced by smoke.sh: the MSI installed, upgraded and uninstalled with
# Wine's msiexec, as a user would (`msiexec /i … /qn`), and what it leaves.
# Uses: wine, work, dir, repo, version, expect, pass, fail.

msi="$dir/blockwatch.msi"
programs="$WINEPREFIX/drive_c/Program Files/blockwatch"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'
run_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'
env_key='HKLM\System\CurrentControlSet\Control\Session Manager\Environment'
app_id=$(sed -n 's/^pub const APP_ID: &str = "\(.*\)";/\1/p' "$repo/src/version.rs")

winpath() { "$wine" winepath -w "$1" 2>/dev/null | tr -d '\r'; }
msi_property() { msiinfo export "$1" Property | tr -d '\r' | awk -F'\t' -v k="$2" '$1 == k {print $2}'; }
reg_value() { # KEY NAME: the value's data, or nothing
  "$wine" reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v n="$2" 'tolower($1) == tolower(n) {sub(/^ *[^ ]+ +REG_[A-Z_]+ +/, ""); print}'
}
msiexec() { # ACTION MSI LOG: the exit code of msiexec ACTION MSI /qn
  local code=0
  "$wine" msiexec "$1" "$(winpath "$2")" /qn /l*v "$(winpath "$3")" >/dev/null 2>&1 || code=$?
  wineserver -w
  echo "$code"
}

msi_install() {
  expect "MSI built by .ci/cross windows" "$([ -s "$msi" ] && echo yes)" yes
  local code
  code=$(msiexec /i "$msi" "$work/install.log")
  expect "msiexec /i blockwatch.msi /qn: exit code" "$code" 0
  for f in blockwatch.exe blockwatch-tray.exe; do
    if cmp -s "$programs/$f" "$dir/$f"; then pass "installed: Program Files\\blockwatch\\$f"; else fail "not installed: $f"; fi
  done
  # Where the installer put the Start menu (Wine 8 resolves ProgramMenuFolder
  # to the user's even for a per-machine install; Windows to ProgramData's).
  local menu
  menu=$(tr -d '\r' <"$work/install.log" | sed -n 's/^Property(S): ProgramMenuFolder = //p' | tail -1)
  start_menu=$("$wine" winepath -u "$menu" 2>/dev/null | tr -d '\r')
  local lnk="$start_menu/blockwatch.lnk"
  if [ -f "$lnk" ] && LC_ALL=C grep -qa 'blockwatch-tray.exe' <(tr -d '\0' <"$lnk"); then
    pass "Start menu shortcut to blockwatch-tray.exe"
  else
    fail "no Start menu shortcut at $lnk"
  fi
  # The shortcut's AppUserModelID (toasts carry the app's name and icon):
  # Windows sets it from this table; Wine's msi does not read it.
  if msiinfo export "$msi" MsiShortcutProperty | tr -d '\r' | grep -q "^AppUserModelID	StartMenu	{9F4C2855-9F79-4B39-A8D0-E1D42DE1D5F3}, 5	$app_id$"; then
    pass "shortcut's AppUserModelID in the MSI: $app_id"
  else
    fail "no AppUserModelID for the shortcut in the MSI"
  fi
  product=$(msi_property "$msi" ProductCode)
  expect "Apps & features: name" "$(reg_value "$uninstall_key\\$product" DisplayName)" blockwatch
  expect "Apps & features: version" "$(reg_value "$uninstall_key\\$product" DisplayVersion)" "$version"
  expect "Apps & features: publisher" "$(reg_value "$uninstall_key\\$product" Publisher)" "The blockwatch developers"
  case "$(reg_value "$env_key" PATH)" in
    *';C:\Program Files\blockwatch\') pass "the machine's PATH ends with the install folder" ;;
    *) fail "PATH after install: $(reg_value "$env_key" PATH)" ;;
  esac
  exe="$programs/blockwatch.exe"
  tray_exe="$programs/blockwatch-tray.exe"
}

# A newer MSI (same files, the next patch version) replaces the installed
# one: one product left, the newer.
msi_upgrade() {
  local stage="$work/next" next code old="$product"
  next="${version%.*}.$((${version##*.} + 1))"
  mkdir -p "$stage"
  cp "$dir/blockwatch.exe" "$dir/blockwatch-tray.exe" "$stage/"
  BLOCKWATCH_MSI_VERSION="$next" "$repo/.ci/msi" "$stage" 2>/dev/null || fail ".ci/msi for $next"
  code=$(msiexec /i "$stage/blockwatch.msi" "$work/upgrade.log")
  expect "upgrade to $next: exit code" "$code" 0
  product=$(msi_property "$stage/blockwatch.msi" ProductCode)
  expect "upgrade: new version registered" "$(reg_value "$uninstall_key\\$product" DisplayVersion)" "$next"
  if "$wine" reg query "$uninstall_key\\$old" >/dev/null 2>&1; then
    fail "upgrade: the old version ($old) is still installed"
  else
    pass "upgrade: the old version is gone"
  fi
  if [ -f "$programs/blockwatch.exe" ]; then pass "upgrade: files in place"; else fail "upgrade: files missing"; fi
  expect "upgrade: the folder once on PATH" "$(reg_value "$env_key" PATH | grep -o 'blockwatch' | wc -l)" 1
  msi="$stage/blockwatch.msi"
}

# Uninstall, then look for anything left behind but the user's own files.
msi_uninstall() {
  local code
  code=$(msiexec /x "$msi" "$work/uninstall.log")
  expect "msiexec /x /qn: exit code" "$code" 0
  if [ -e "$programs" ]; then fail "left behind: $(find "$programs" | head -5 | tr '\n' ' ')"; else pass "uninstall: Program Files\\blockwatch gone"; fi
  if [ -e "$start_menu/blockwatch.lnk" ]; then fail "left behind: the Start menu shortcut"; else pass "uninstall: shortcut gone"; fi
  if "$wine" reg query "$uninstall_key\\$product" >/dev/null 2>&1; then
    fail "left behind: $uninstall_key\\$product"
  else
    pass "uninstall: Apps & features entry gone"
  fi
  case "$(reg_value "$env_key" PATH)" in
    *blockwatch*) fail "left behind on PATH: $(reg_value "$env_key" PATH)" ;;
    *) pass "uninstall: PATH without blockwatch" ;;
  esac
  if [ -n "$(reg_value "$run_key" blockwatch)" ]; then
    fail "left behind: the Run value (start at login): $(reg_value "$run_key" blockwatch)"
  else
    pass "uninstall: start at login removed (the program's own Run value)"
  fi
  local other
  other=$(find "$WINEPREFIX/drive_c" -iname '*blockwatch*' \
    -not -path "*/AppData/Roaming/blockwatch*" -not -path "*/AppData/Local/blockwatch*" \
    -not -ipath "*/windows/installer/*" 2>/dev/null | head -5)
  if [ -z "$other" ]; then pass "uninstall: no other blockwatch files on C:"; else fail "left behind: $other"; fi
  if [ -f "$appdata/Roaming/blockwatch/config.toml" ] && [ -s "$appdata/Local/blockwatch/history.jsonl" ]; then
    pass "uninstall: the user's settings and history stay"
  else
    fail "uninstall removed the user's settings or history"
  fi
}
