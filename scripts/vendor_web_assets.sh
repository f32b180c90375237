#!/usr/bin/env bash
# Vendor the page's third-party JS and map data into eventwire/web/vendor/ so the page works
# offline (no CDN at runtime). Re-run to update; bump the pinned versions here, review the diff.
#
# Each file comes from the npm registry via `npm pack` (tarball integrity checked by npm) and
# is copied unchanged from the package's own distribution build:
#   d3-array        dist/d3-array.min.js        ISC   (needed by d3-geo's UMD build)
#   d3-geo          dist/d3-geo.min.js          ISC   (Natural Earth projection, paths)
#   topojson-client dist/topojson-client.min.js ISC   (TopoJSON -> GeoJSON)
#   world-atlas     countries-110m.json         ISC   (Natural Earth 1:110m country outlines,
#                                                      public domain data)
# The Swagger UI behind /docs comes from the PyPI package `swagger-ui-bundle`, not from here.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/eventwire/web/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

declare -A files=(
  ["d3-array@3.2.4"]="dist/d3-array.min.js"
  ["d3-geo@3.1.1"]="dist/d3-geo.min.js"
  ["topojson-client@3.1.0"]="dist/topojson-client.min.js"
  ["world-atlas@2.0.2"]="countries-110m.json"
)

mkdir -p "$dest"
cd "$work"
for spec in "${!files[@]}"; do
  tgz="$(npm pack --silent "$spec")"
  mkdir -p "$spec"
  tar -xzf "$tgz" -C "$spec"
  src="$spec/package/${files[$spec]}"
  cp "$src" "$dest/$(basename "$src")"
  cp "$spec/package/LICENSE" "$dest/LICENSE.${spec%@*}" 2>/dev/null || true
  echo "vendored $spec ${files[$spec]}"
done
