// Converts the countries of a world-atlas TopoJSON file (Natural Earth) into a compact GeoJSON
// FeatureCollection for the page's offline base layer: the shared borders simplified once for all
// countries (topojson-simplify: points whose triangle is smaller than MIN-WEIGHT square degrees go,
// so neighbours keep one border), coordinates rounded to DECIMALS, repeated points dropped, rings
// too small to see at that precision left out, one name per country.
//
//   NODE_PATH=DIR/node_modules node topo2geo.js countries-50m.json MIN-WEIGHT DECIMALS > countries.json
//
// DIR/node_modules holds topojson-client and topojson-simplify (scripts/rebuild-outlines.sh puts them there).
'use strict';
const fs = require('fs');
const path = require('path');
const [input, weightArg, decimalsArg] = process.argv.slice(2);
if (!input) {
  console.error('usage: node topo2geo.js countries-50m.json [min-weight] [decimals]');
  process.exit(2);
}
const topojson = require('topojson-client');
const simplify = require('topojson-simplify');
const minWeight = Number(weightArg || 0.002);
const decimals = Number(decimalsArg || 2);
const scale = Math.pow(10, decimals);
const topology = simplify.simplify(simplify.presimplify(JSON.parse(fs.readFileSync(input, 'utf8'))), minWeight);
const countries = topojson.feature(topology, topology.objects.countries);

function round(v) { return Math.round(v * scale) / scale; }

function ring(coords) {
  const out = [];
  for (const [x, y] of coords) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) { out.push(p); }
  }
  if (out.length && (out[0][0] !== out[out.length - 1][0] || out[0][1] !== out[out.length - 1][1])) {
    out.push(out[0].slice());
  }
  return out.length >= 4 ? out : null; // a closed ring needs 4 positions
}

function polygon(rings) {
  const out = [];
  for (let i = 0; i < rings.length; i++) {
    const r = ring(rings[i]);
    if (r) { out.push(r); } else if (i === 0) { return null; } // no outer ring: no polygon
  }
  return out;
}

const features = [];
for (const f of countries.features) {
  const g = f.geometry;
  if (!g) { continue; }
  let polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  polys = polys.map(polygon).filter(Boolean);
  if (!polys.length) { continue; }
  features.push({
    type: 'Feature',
    id: f.id === undefined ? null : String(f.id),
    properties: { name: f.properties && f.properties.name ? f.properties.name : null },
    geometry: polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys }
  });
}
features.sort((a, b) => String(a.properties.name).localeCompare(String(b.properties.name)));
const collection = {
  type: 'FeatureCollection',
  source: 'Natural Earth (public domain), admin-0 countries, from world-atlas ' +
    JSON.parse(fs.readFileSync(path.join(path.dirname(input), 'package.json'), 'utf8')).version + ' ' +
    path.basename(input) + '; simplified (min weight ' + minWeight + ' sq. degrees), coordinates rounded to ' +
    decimals + ' decimals',
  features: features
};
// one feature per line: small diffs when it is rebuilt
process.stdout.write('{"type":"FeatureCollection",\n"source":' + JSON.stringify(collection.source) + ',\n"features":[\n'
  + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n');
