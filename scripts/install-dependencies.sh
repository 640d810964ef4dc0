#!/usr/bin/env bash
# Installs the Debian packages the build needs, when they are missing: libedit's and
# Snowball's headers. Swift itself comes with the machine.
set -euo pipefail
missing=()
[ -f /usr/include/histedit.h ] || missing+=(libedit-dev)
[ -f /usr/include/libstemmer.h ] || missing+=(libstemmer-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (needed to build the advisor)..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
