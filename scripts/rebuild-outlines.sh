#!/usr/bin/env bash
# Rebuilds the page's offline base layer,
#   sitrep-server/src/main/resources/org/sitrep/server/web/base/countries.json,
# country outlines from Natural Earth (public domain) as packaged in the npm package world-atlas
# (TopoJSON), simplified with topojson-simplify and converted to GeoJSON by scripts/outlines/topo2geo.js.
# Needs npm and node. Versions and detail can be overridden:
#   WORLDATLAS=2.0.2 TOPOJSONCLIENT=3.1.0 TOPOJSONSIMPLIFY=3.0.3 SCALE=50m MIN_WEIGHT=0.002 DECIMALS=2
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/sitrep-server/src/main/resources/org/sitrep/server/web/base/countries.json"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
mkdir -p node_modules
for pkg in "world-atlas@${WORLDATLAS:-2.0.2}" "topojson-client@${TOPOJSONCLIENT:-3.1.0}" \
           "topojson-simplify@${TOPOJSONSIMPLIFY:-3.0.3}"; do
  name="${pkg%@*}"
  tgz="$(npm pack --silent "$pkg" | tail -1)"
  mkdir -p "node_modules/$name"
  tar xzf "$tgz" -C "node_modules/$name" --strip-components=1
done

mkdir -p "$(dirname "$out")"
NODE_PATH="$tmp/node_modules" node "$here/scripts/outlines/topo2geo.js" \
  "$tmp/node_modules/world-atlas/countries-${SCALE:-50m}.json" "${MIN_WEIGHT:-0.002}" "${DECIMALS:-2}" > "$out.tmp"
mv "$out.tmp" "$out"
ls -l "$out"
