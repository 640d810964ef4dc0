#!/usr/bin/env bash
# Installs the Debian packages the build needs, when they are missing: libedit's and
# Snowball's headers and static archives (libedit-dev brings those of terminfo, libbsd and
# libmd, which libedit needs). Swift itself comes with the machine.
set -euo pipefail
missing=()
archives=/usr/lib/$(gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)
[ -f /usr/include/histedit.h ] && [ -f "$archives/libedit.a" ] && [ -f "$archives/libtinfo.a" ] \
  && [ -f "$archives/libbsd.a" ] && [ -f "$archives/libmd.a" ] || missing+=(libedit-dev)
[ -f /usr/include/libstemmer.h ] && [ -f "$archives/libstemmer.a" ] || missing+=(libstemmer-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (needed to build the advisor)..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
