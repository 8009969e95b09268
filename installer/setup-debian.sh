#!/usr/bin/env bash
# Installs the Debian packages Haul needs, only those that are missing.
#   installer/setup-debian.sh           build and run Haul
#   installer/setup-debian.sh --tests   also what the test suite needs
#   installer/setup-debian.sh --bench   also what the benchmark compares against
#   installer/setup-debian.sh --screenshots   also what tests/screenshots/take.sh needs
#   installer/setup-debian.sh --package also what tests/package/test-package.sh needs
set -euo pipefail

packages=(build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6svg6 qt6-translations-l10n qtkeychain-qt6-dev libgl-dev)
case "${1:-}" in
    --tests) packages+=(openssl desktop-file-utils appstream bash-completion python3 nginx-light
        clang-14 libclang-rt-14-dev dbus libglib2.0-bin gnome-keyring tinyproxy microsocks apache2-bin
        chromium firefox-esr nodejs)
        # npm comes with some builds of nodejs (which then conflict with Debian's npm).
        command -v npm >/dev/null 2>&1 || packages+=(npm) ;;
    --package) packages+=(dpkg-dev file desktop-file-utils appstream lintian xvfb xauth x11-utils python3) ;;
    --bench) packages+=(openssl curl wget aria2 nginx-light time python3) ;;
    --screenshots) packages+=(xvfb xauth imagemagick xdotool x11-utils python3) ;;
    "") ;;
    *) echo "usage: $0 [--tests|--bench|--screenshots|--package]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
