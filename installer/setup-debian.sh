#!/usr/bin/env bash
# Installs the Debian packages Haul needs to build, run and test, only when missing.
# Usage: installer/setup-debian.sh [--tests]   (--tests adds the test and benchmark tools)
set -euo pipefail

packages=(build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-translations-l10n qtkeychain-qt6-dev libgl-dev)
if [ "${1:-}" = "--tests" ]; then
    packages+=(openssl curl nginx-light procps)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
