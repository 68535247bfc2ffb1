#!/usr/bin/env bash
# Fetches the graph-drawing libraries that graph.html embeds, at pinned versions, from the npm registry, into
# src/export/html/vendor/ with their licences, and records what it took in vendor/VERSIONS (name, version,
# file, SHA-256). A Rust test (export::html) checks the committed files against that record, so that the
# binary embeds exactly the pinned release. Rerun it after changing a version below; it needs only npm.
#
#   bash tools/fetch_viewer_assets.sh
#
# sigma 3 rather than 4 (or cytoscape.js): in headless Chromium's software WebGL, sigma 4 drew the 5,000-entity /
# 50,000-link test graph three to seven times slower per frame and took two to five times as long to its first
# frame (BENCHMARKS.md, "The graph page"); sigma 3 also runs on WebGL 1, so older browsers open the page too.
set -euo pipefail
cd "$(dirname "$0")/.."

SIGMA=3.0.2
GRAPHOLOGY=0.26.0

vendor=src/export/html/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# npm pack checks each tarball against the integrity hash the registry publishes for it.
(cd "$work" && npm pack --silent "sigma@$SIGMA" "graphology@$GRAPHOLOGY" >/dev/null)
mkdir -p "$work/sigma" "$work/graphology" "$vendor"
tar xzf "$work/sigma-$SIGMA.tgz" -C "$work/sigma"
tar xzf "$work/graphology-$GRAPHOLOGY.tgz" -C "$work/graphology"

take() { # package version from to
  cp "$work/$1/package/$3" "$vendor/$4"
  printf '%s %s %s %s\n' "$1" "$2" "$4" "$(sha256sum "$vendor/$4" | cut -d' ' -f1)" >>"$work/VERSIONS"
}
: >"$work/VERSIONS"
take sigma "$SIGMA" dist/sigma.min.js sigma.min.js
take sigma "$SIGMA" LICENSE.txt LICENSE-sigma.txt
take graphology "$GRAPHOLOGY" dist/graphology.umd.min.js graphology.umd.min.js
take graphology "$GRAPHOLOGY" LICENSE.txt LICENSE-graphology.txt
{
  echo "# What tools/fetch_viewer_assets.sh took from the npm registry: package, version, file, SHA-256."
  echo "# sigma.min.js bundles sigma's own dependencies events and graphology-utils (both MIT)."
  cat "$work/VERSIONS"
} >"$vendor/VERSIONS"
cat "$vendor/VERSIONS"
