#!/usr/bin/env bash
# Sets up a fresh Debian machine for this project: Chromium and CJK fonts for the browser tests and
# the screenshots (without fonts-noto-cjk Chinese renders as boxes), GDAL for the vector-tile tool,
# then the npm packages from the lock file. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
fc-list 2>/dev/null | grep -q 'Noto Sans CJK' || need_apt+=(fonts-noto-cjk)
# GDAL's ogr2ogr (MVT driver) cuts city-scale GeoJSON into vector tiles: npm run tiles, its tests.
command -v ogr2ogr >/dev/null 2>&1 || need_apt+=(gdal-bin)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"
fi
npm ci --no-audit --no-fund
