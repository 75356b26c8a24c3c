# Sourced by smoke.sh: both executables carry the icon and a version
# resource with the crate's version, read back from the files (wrestool,
# icoutils) without running them.
# Uses: dir, repo, work, version, expect, pass, fail.

version_field() { grep "^$1=" <<<"$2" | head -1 | cut -d= -f2-; }

mkdir -p "$work/ico-want"
icotool -x -o "$work/ico-want" "$repo/icons/blockwatch.ico" 2>/dev/null || true
want_images=$(cd "$work/ico-want" && sha256sum -- * | cut -d' ' -f1 | sort | tr '\n' ' ')
for bin in blockwatch blockwatch-tray; do
  f="$dir/$bin.exe"
  info=$(wrestool -x --raw --type=version "$f" 2>/dev/null | python3 "$here/versioninfo.py" 2>&1) || true
  expect "$bin.exe: FileVersion" "$(version_field FileVersion "$info")" "$version"
  expect "$bin.exe: ProductVersion" "$(version_field ProductVersion "$info")" "$version"
  expect "$bin.exe: binary file version" "$(version_field fixed.FileVersion "$info")" "$version.0"
  expect "$bin.exe: ProductName" "$(version_field ProductName "$info")" blockwatch
  expect "$bin.exe: CompanyName" "$(version_field CompanyName "$info")" "The blockwatch developers"
  expect "$bin.exe: OriginalFilename" "$(version_field OriginalFilename "$info")" "$bin.exe"
  description=$(version_field FileDescription "$info")
  case "$description" in blockwatch*) pass "$bin.exe: FileDescription '$description'" ;;
    *) fail "$bin.exe: FileDescription '$description'" ;; esac
  # The icon group, extracted as an .ico: the same images as icons/blockwatch.ico.
  rm -rf "$work/ico-got"
  mkdir -p "$work/ico-got"
  if wrestool -x --type=group_icon -o "$work/ico-got/$bin.ico" "$f" 2>/dev/null &&
    icotool -x -o "$work/ico-got" "$work/ico-got/$bin.ico" 2>/dev/null; then
    rm "$work/ico-got/$bin.ico"
    got_images=$(cd "$work/ico-got" && sha256sum -- * | cut -d' ' -f1 | sort | tr '\n' ' ')
    sizes=$(icotool -l "$repo/icons/blockwatch.ico" | grep -o 'width=[0-9]*' | cut -d= -f2 | tr '\n' ' ')
    if [ -n "$want_images" ] && [ "$got_images" = "$want_images" ]; then
      pass "$bin.exe: icon = icons/blockwatch.ico (sizes $sizes)"
    else
      fail "$bin.exe: icon differs from icons/blockwatch.ico"
    fi
  else
    fail "$bin.exe: no icon resource"
  fi
done
