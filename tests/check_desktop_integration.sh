#!/usr/bin/env bash
# The desktop integration is valid and complete:
#   - the .desktop file passes desktop-file-validate, the metainfo appstreamcli validate;
#   - both name the id the application sets (QGuiApplication::setDesktopFileName) and an
#     icon that is installed under that name;
#   - the manual page and the bash completion know every verb of `haul --help` and every
#     option of `haul transfer --help`.
#   check_desktop_integration.sh SOURCE_DIR HAUL_BINARY
set -euo pipefail
src=$1
haul=$2
id=io.github.haul.Haul
desktop=$src/resources/desktop/$id.desktop
metainfo=$src/resources/desktop/$id.metainfo.xml
fail=0
problem() { echo "FAIL: $*" >&2; fail=1; }

desktop-file-validate "$desktop" || problem "desktop-file-validate rejects $desktop"
appstreamcli validate --no-net "$metainfo" || problem "appstreamcli rejects $metainfo"

grep -q "setDesktopFileName(QStringLiteral(\"$id\"))" "$src/app/windowlauncher.cpp" \
    || problem "the window does not set the desktop file name $id"
grep -qx "Icon=$id" "$desktop" || problem "$desktop does not name the icon $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    || problem "$metainfo does not launch $id.desktop"
grep -q "RENAME \${HAUL_APP_ID}.svg" "$src/installer/CMakeLists.txt" \
    || problem "the scalable icon is not installed as $id.svg"
for size in 48 128 256; do
    png=$src/resources/icons/hicolor/haul-$size.png
    [ -f "$png" ] || { problem "no $size px icon"; continue; }
    python3 - "$png" "$size" <<'PY' || problem "$png is not $size x $size"
import struct, sys
data = open(sys.argv[1], "rb").read(24)
w, h = struct.unpack(">II", data[16:24])
sys.exit(0 if data[:8] == b"\x89PNG\r\n\x1a\n" and w == h == int(sys.argv[2]) else 1)
PY
done
for lang in es fr ru; do
    grep -q "^Name\[$lang\]=" "$desktop" || problem "$desktop has no Name[$lang]"
    grep -q "^Comment\[$lang\]=" "$desktop" || problem "$desktop has no Comment[$lang]"
    grep -q "<summary xml:lang=\"$lang\">" "$metainfo" || problem "$metainfo has no $lang summary"
done

# What the issue asks of the metainfo, which appstreamcli does not require: a description,
# screenshots, the content rating, and a release for the project's version.
version=$(sed -n 's/^project(Haul VERSION \([0-9.]*\).*/\1/p' "$src/CMakeLists.txt")
python3 - "$metainfo" "$version" <<'PY' || problem "$metainfo lacks what the issue asks for"
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
bad = []
if root.find("description/p") is None: bad.append("a description")
shots = root.findall("screenshots/screenshot/image")
if not shots or not all(i.text and i.text.endswith(".png") for i in shots): bad.append("screenshots")
if root.find("content_rating") is None: bad.append("a content rating")
releases = [r.get("version") for r in root.findall("releases/release")]
if not releases or releases[0] != sys.argv[2]: bad.append(f"the newest release {sys.argv[2]} (has {releases})")
for b in bad: print(f"FAIL: the metainfo lacks {b}", file=sys.stderr)
sys.exit(1 if bad else 0)
PY
for shot in $(sed -n 's|.*<image type="source"[^>]*>https://raw.githubusercontent.com/haul/haul/main/\(.*\)</image>|\1|p' "$metainfo"); do
    [ -f "$src/$shot" ] || problem "$metainfo shows $shot, which is not in the tree"
done

# Every verb of the binary's help, and every transfer option, in the manual and the completion.
verbs=$(LANGUAGE=en LC_ALL=C "$haul" --help | python3 -c '
import re, sys
text = sys.stdin.read().split("Verbs:")[1].split("--version")[0]
words = set()
for line in text.splitlines():
    m = re.match(r"^  (\w+)  ", line)
    if m:
        words.add(m.group(1))
    elif "," in line:
        words.update(w.strip() for w in line.split(",") if re.fullmatch(r"\s*[a-z]+\s*", w))
print(" ".join(sorted(words)))')
[ "$(echo "$verbs" | wc -w)" -ge 20 ] || problem "could not read the verbs from haul --help: $verbs"
for verb in $verbs; do
    grep -q "^\.B $verb\b" "$src/installer/haul.1" || problem "haul.1 does not describe the verb $verb"
    grep -qw "$verb" <(sed -n '/local verbs=/,/"$/p' "$src/installer/haul.bash-completion") \
        || problem "the bash completion does not offer the verb $verb"
done
options=$(LANGUAGE=en LC_ALL=C "$haul" transfer --help | grep -oE '^  --[a-z0-9-]+' | tr -d ' ')
[ -n "$options" ] || problem "could not read the options of haul transfer --help"
for option in $options; do
    # Described where the manual lists options: on a line of its own, after .B or .BI.
    grep -qE "^\.BI? $(echo "$option" | sed 's/-/\\\\-/g')( |$)" "$src/installer/haul.1" \
        || problem "haul.1 does not describe haul transfer $option"
done
# The completion itself, as bash runs it.
completion=/usr/share/bash-completion/bash_completion
if [ -f "$completion" ]; then
    complete_words() { # the words typed so far, the last one being completed
        bash -c 'source "$1"; source "$2"; shift 2; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
                 COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; _haul; printf "%s\n" "${COMPREPLY[@]}" | sort' \
            - "$completion" "$src/installer/haul.bash-completion" "$@"
    }
    expect() { # expected words ... -- typed words ...
        local want=() got
        while [ "$1" != -- ]; do want+=("$1"); shift; done
        shift
        got=$(complete_words "$@" | xargs)
        [ "$got" = "${want[*]}" ] || problem "completing '$*' gave '$got', not '${want[*]}'"
    }
    # Every option of haul transfer --help, offered as bash completes it.
    offered=$(complete_words haul transfer -- | xargs)
    for option in $options; do
        [[ " $offered " == *" $option "* ]] \
            || problem "the bash completion does not offer haul transfer $option (offers: $offered)"
    done
    expect setcredentials setcustomheaders setdescription setdisplayname setminretrydelay setnoprogresstimeout setnotifycmdline setnotifyflags setpriority setproxysettings seturl -- haul set
    expect add clear pause remove resume start -- haul schedule ""
    expect no_proxy override preconfig -- haul setproxysettings myjob ""
    expect --priority -- haul transfer --pri
    expect foreground high low normal -- haul transfer --priority ""
    expect proxy server -- haul setcredentials myjob ""
    expect basic digest negotiate ntlm -- haul setcredentials myjob server ""
    expect --auto-complete -- haul serve --auto
    expect --store -- haul --st
else
    problem "bash-completion is not installed ($completion): installer/setup-debian.sh --tests"
fi

[ $fail -eq 0 ] && echo "desktop integration: valid; $(echo "$verbs" | wc -w) verbs and $(echo "$options" | wc -w) transfer options documented and completed"
exit $fail
