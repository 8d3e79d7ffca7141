// sitrep: the map, the timeline, the place and event views. Plain JavaScript, no build step.
// Everything shown comes from /api; text is always inserted as text, never as HTML.
(function () {
  'use strict';

  var COLORS = {
    ASSAULT: '#c0392b', COERCE: '#8e44ad', RETREAT: '#e67e22', THREATEN: '#d35400', MOBILIZE: '#7f8c8d',
    PROTEST: '#f1c40f', SANCTION: '#6d4c41', ACCUSE: '#ad1457', REJECT: '#5d4037', REQUEST: '#00838f',
    CONSULT: '#2980b9', AGREE: '#27ae60', COOPERATE: '#16a085', SUPPORT: '#2e7d32', AID: '#43a047',
    CONCEDE: '#9ccc65'
  };
  var OTHER = '#95a5a6';

  var state = {
    events: [],          // as loaded (filters but dates)
    range: null,         // [fromDay, toDay] from the timeline or the date inputs, inclusive, 'YYYY-MM-DD'
    config: {},
    unlocated: 0
  };
  var timings = { start: performance.now() };
  window.sitrep = { ready: false, timings: timings, shown: 0, loaded: 0, base: null, outlines: null };

  // ---------------------------------------------------------------- helpers

  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) { return; }
        if (k === 'text') { e.textContent = v; } else if (k === 'onclick') { e.addEventListener('click', v); } else { e.setAttribute(k, v); }
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) { continue; }
      if (Array.isArray(c)) { c.forEach(function (x) { if (x) { e.appendChild(typeof x === 'string' ? document.createTextNode(x) : x); } }); } else {
        e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
      }
    }
    return e;
  }

  function unknown(text) { return el('span', { 'class': 'unknown', text: text || 'unknown' }); }
  function orUnknown(v) { return v === null || v === undefined || v === '' ? unknown() : String(v); }
  function color(type) { return COLORS[type] || OTHER; }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      return r.json().catch(function () { return { error: 'not JSON (' + r.status + ')' }; }).then(function (body) {
        if (!r.ok) { throw new Error(body && body.error ? body.error : 'HTTP ' + r.status); }
        return body;
      });
    });
  }

  function actorName(p) {
    if (!p) { return null; }
    return p.id || p.text || null;
  }

  function actorLabel(p) {
    if (!p) { return unknown('nobody named'); }
    var s = p.id || p.text;
    var span = el('span', { title: [p.text, p.kind, p.cameo].filter(Boolean).join(' · ') }, s || '?');
    if (p.id && p.text && p.text.toLowerCase() !== p.id.toLowerCase()) {
      span.appendChild(el('span', { 'class': 'unknown', text: ' (“' + p.text + '”)' }));
    }
    return span;
  }

  function placeKey(p) {
    if (!p) { return null; }
    if (p.id) { return String(p.id); }
    return p.geonameid !== null && p.geonameid !== undefined ? String(p.geonameid) : (p.name || p.text || null);
  }

  function typeOf(e) { return e.plover || 'OTHER'; }
  function inRange(e) {
    if (!state.range) { return true; }
    return e.date !== null && e.date >= state.range[0] && e.date <= state.range[1];
  }

  function setStatus(text, isError) {
    var s = document.getElementById('status');
    s.textContent = text;
    s.className = isError ? 'error' : '';
  }

  // ---------------------------------------------------------------- map

  var map = L.map('map', { worldCopyJump: true, preferCanvas: false, zoomControl: true, minZoom: 2, maxZoom: 14 })
    .setView([30, 20], 3);
  // the base map without a tile server: a 10° graticule and country outlines, in a pane under the markers
  map.createPane('base');
  map.getPane('base').style.zIndex = 250;
  map.getPane('base').style.pointerEvents = 'none';
  var graticule = L.layerGroup().addTo(map);
  for (var lon = -180; lon <= 180; lon += 10) {
    L.polyline([[-85, lon], [85, lon]], { pane: 'base', className: 'graticule', weight: lon === 0 ? 1.2 : 0.6, interactive: false }).addTo(graticule);
  }
  for (var lat = -80; lat <= 80; lat += 10) {
    L.polyline([[lat, -180], [lat, 180]], { pane: 'base', className: 'graticule', weight: lat === 0 ? 1.2 : 0.6, interactive: false }).addTo(graticule);
  }

  // country outlines from Natural Earth (public domain), served by this server: no tile server needed.
  // Fetched side by side with the events, drawn once the map has the view of the events (drawing the
  // whole world first and the region again after would cost twice).
  var outlines = null; // the fetch, when the base map is the outlines
  var outlinesDrawn = false;

  function fetchOutlines() {
    var t0 = performance.now();
    outlines = getJson('/base/countries.json').then(function (geo) { timings.outlinesFetch = performance.now() - t0; return geo; });
    outlines.catch(function (err) { window.sitrep.outlines = 0; window.sitrep.outlinesError = err.message; });
  }

  // A ring that crosses the 180th meridian is stored with its points on both sides (179.9, then
  // -179.9): drawn as it is, it spans the whole world as a band. Its western points are moved by 360°
  // so that the ring goes on past 180 (Leaflet draws longitudes beyond it beside the edge).
  function unwrapRing(ring) {
    var crosses = false;
    for (var i = 1; i < ring.length; i++) {
      if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) { crosses = true; break; }
    }
    if (!crosses) { return ring; }
    return ring.map(function (pt) { return pt[0] < 0 ? [pt[0] + 360, pt[1]] : pt; });
  }

  function unwrapAntimeridian(geo) {
    geo.features.forEach(function (f) {
      var g = f.geometry;
      if (!g) { return; }
      if (g.type === 'Polygon') {
        g.coordinates = g.coordinates.map(unwrapRing);
      } else if (g.type === 'MultiPolygon') {
        g.coordinates = g.coordinates.map(function (poly) { return poly.map(unwrapRing); });
      }
    });
    return geo;
  }
  window.sitrep.unwrapAntimeridian = unwrapAntimeridian;
  window.sitrep.map = map;

  // country names on the base map: a label at the middle of each country's largest part, the larger
  // countries first (a country is labelled once the map is zoomed in enough for its name to fit)
  map.createPane('labels');
  map.getPane('labels').style.zIndex = 450;
  map.getPane('labels').style.pointerEvents = 'none';
  var countryLabels = [];
  var countryLabelLayer = L.layerGroup().addTo(map);

  function largestPart(g) {
    var polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    var best = null;
    polys.forEach(function (poly) {
      var ring = poly[0];
      var w = 180, e = -180, s = 90, n = -90;
      ring.forEach(function (pt) { w = Math.min(w, pt[0]); e = Math.max(e, pt[0]); s = Math.min(s, pt[1]); n = Math.max(n, pt[1]); });
      var area = (e - w) * (n - s);
      if (!best || area > best.area) { best = { area: area, lat: (s + n) / 2, lon: (w + e) / 2 }; }
    });
    return best;
  }

  function labelCountries(geo) {
    geo.features.forEach(function (f) {
      var name = f.properties && f.properties.name;
      var part = f.geometry && largestPart(f.geometry);
      if (!name || !part) { return; }
      countryLabels.push({ area: part.area, marker: L.marker([part.lat, part.lon], {
        pane: 'labels', interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'country-label', html: '<span>' + escapeHtml(name) + '</span>', iconSize: null })
      }) });
    });
    showCountryLabels();
  }

  function showCountryLabels() {
    // at zoom 3 countries larger than about 20 square degrees (Syria, not Lebanon), each level in a quarter of that
    var least = map.getZoom() <= 2 ? 150 : 20 / Math.pow(4, map.getZoom() - 3);
    countryLabelLayer.clearLayers();
    countryLabels.forEach(function (c) { if (c.area >= least) { countryLabelLayer.addLayer(c.marker); } });
    window.sitrep.countryLabels = countryLabelLayer.getLayers().length;
  }
  map.on('zoomend', function () { if (countryLabels.length) { showCountryLabels(); } });

  function drawOutlines() {
    if (!outlines || outlinesDrawn) { return; }
    outlinesDrawn = true;
    outlines.then(function (geo) {
      unwrapAntimeridian(geo);
      L.geoJSON(geo, {
        pane: 'base',
        interactive: false,
        style: function (f) {
          return { className: 'outline' + (f.id ? ' country-' + cssKey(f.id) : ''), weight: 0.7, color: '#8d9ba8',
            fillColor: '#f6f4ee', fillOpacity: 1 };
        },
        attribution: 'Country outlines: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
      }).addTo(map);
      labelCountries(geo);
      timings.outlines = performance.now() - timings.start;
      window.sitrep.outlines = geo.features.length;
    }, function () { /* reported by fetchOutlines */ });
  }

  function dominantType(markers) {
    var n = {};
    var best = null;
    markers.forEach(function (m) {
      var t = m.options.sitrepType;
      n[t] = (n[t] || 0) + 1;
      if (best === null || n[t] > n[best]) { best = t; }
    });
    return best;
  }

  function commonPlace(markers) {
    var key = markers.length ? markers[0].options.sitrepPlace : null;
    for (var i = 1; i < markers.length && key !== null; i++) {
      if (markers[i].options.sitrepPlace !== key) { key = null; }
    }
    return key;
  }

  var clusters = L.markerClusterGroup({
    chunkedLoading: true,
    chunkProgress: function (processed, total) {
      if (processed >= total && chunksDone) {
        var f = chunksDone;
        chunksDone = null;
        f();
      }
    },
    showCoverageOnHover: false,
    zoomToBoundsOnClick: false,
    spiderfyOnMaxZoom: false,
    maxClusterRadius: 40,
    iconCreateFunction: function (cluster) {
      var markers = cluster.getAllChildMarkers();
      var n = cluster.getChildCount();
      var size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 40 : 46;
      var place = commonPlace(markers);
      var title = (place !== null ? markers[0].options.sitrepPlaceName + ': ' : '') + n + ' events';
      return L.divIcon({
        html: '<span title="' + escapeHtml(title) + '" style="background:' + color(dominantType(markers)) + '">' + n + '</span>',
        className: 'cluster-icon' + (place !== null ? ' place-' + cssKey(place) : ''),
        iconSize: [size, size]
      });
    }
  });
  clusters.on('clusterclick', function (ev) {
    var markers = ev.layer.getAllChildMarkers();
    var place = commonPlace(markers);
    if (place !== null) {
      showPlace(place);
    } else {
      ev.layer.zoomToBounds({ padding: [30, 30] });
    }
  });
  map.addLayer(clusters);

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function cssKey(k) { return String(k).replace(/[^A-Za-z0-9_-]/g, '_'); }

  function markerFor(e) {
    var t = typeOf(e);
    var key = e.placeKey;
    var name = e.placeName;
    var m = L.marker([e.lat, e.lon], {
      icon: L.divIcon({ className: 'ev-icon place-' + cssKey(key), iconSize: [14, 14], html: '' }),
      title: (name ? name + ': ' : '') + (e.cameo_name || e.cameo || 'event') + (e.date ? ' (' + e.date + ')' : ''),
      keyboard: true,
      sitrepType: t, sitrepPlace: key, sitrepPlaceName: name, sitrepEvent: e.id
    });
    m.on('add', function () {
      if (m._icon) {
        m._icon.style.background = color(t);
        m._icon.setAttribute('data-event', e.id);
        m._icon.setAttribute('data-place', key || '');
      }
    });
    m.on('click', function () { showEvent(e.id); });
    return m;
  }

  // markers are added in chunks (the page stays responsive); done() runs when all are on the map
  var chunksDone = null;

  // the names of the places events happened at, shown from zoom 6 on (the markers say where, the
  // labels say which town)
  var placeLabelLayer = L.layerGroup();
  function renderPlaceLabels() {
    placeLabelLayer.clearLayers();
    var seen = {};
    state.events.forEach(function (e) {
      if (e.lat === null || e.lon === null || !e.placeName || !inRange(e)) { return; }
      var k = e.placeKey || (e.lat + ',' + e.lon);
      if (seen[k]) { return; }
      seen[k] = true;
      placeLabelLayer.addLayer(L.marker([e.lat, e.lon], {
        pane: 'labels', interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'place-label', html: escapeHtml(e.placeName), iconSize: null, iconAnchor: [-16, 8] })
      }));
    });
    showPlaceLabels();
  }
  function showPlaceLabels() {
    var on = map.getZoom() >= 6;
    if (on && !map.hasLayer(placeLabelLayer)) { placeLabelLayer.addTo(map); }
    if (!on && map.hasLayer(placeLabelLayer)) { map.removeLayer(placeLabelLayer); }
    window.sitrep.placeLabels = on ? placeLabelLayer.getLayers().length : 0;
  }
  map.on('zoomend', showPlaceLabels);

  function renderMap(fit, done) {
    var t0 = performance.now();
    clusters.clearLayers();
    var markers = [];
    var bounds = L.latLngBounds([]);
    state.events.forEach(function (e) {
      if (e.lat !== null && e.lon !== null && inRange(e)) {
        markers.push(markerFor(e));
        bounds.extend([e.lat, e.lon]);
      }
    });
    window.sitrep.shown = markers.length;
    var dated = state.events.filter(inRange).length;
    setStatus(state.events.length + ' events loaded' + (state.truncated ? ' (more match: narrow the filters)' : '')
      + (state.unlocated ? ', ' + state.unlocated + ' without a place' : '')
      + '; ' + markers.length + ' on the map' + (state.range ? ', ' + dated + ' in the days chosen' : ''));
    if (fit && bounds.isValid()) {
      map.fitBounds(bounds, { padding: [40, 40], maxZoom: 8 });
    }
    renderPlaceLabels();
    chunksDone = function () {
      timings.render = performance.now() - t0;
      if (done) { done(); }
    };
    if (!markers.length) {
      chunksDone();
      chunksDone = null;
      return;
    }
    clusters.addLayers(markers);
  }

  // ---------------------------------------------------------------- timeline

  var svg = document.getElementById('timeline-svg');
  var SVGNS = 'http://www.w3.org/2000/svg';
  var tl = { days: [], x0: 0, step: 1 };

  function dayAdd(d, n) {
    var t = new Date(d + 'T00:00:00Z');
    t.setUTCDate(t.getUTCDate() + n);
    return t.toISOString().slice(0, 10);
  }

  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function renderTimeline() {
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var counts = {};
    var min = null;
    var max = null;
    state.events.forEach(function (e) {
      if (!e.date) { return; }
      counts[e.date] = (counts[e.date] || 0) + 1;
      if (min === null || e.date < min) { min = e.date; }
      if (max === null || e.date > max) { max = e.date; }
    });
    var w = svg.clientWidth || 800;
    var h = svg.clientHeight || 110;
    tl.days = [];
    if (min === null) {
      svg.appendChild(svgEl('text', { x: 10, y: 20 })).textContent = 'no dated events';
      return;
    }
    min = dayAdd(min, -1);
    max = dayAdd(max, 1);
    for (var d = min; d <= max && tl.days.length < 20000; d = dayAdd(d, 1)) { tl.days.push(d); }
    var top = 0;
    tl.days.forEach(function (d) { top = Math.max(top, counts[d] || 0); });
    tl.x0 = 30;
    tl.step = (w - tl.x0 - 10) / tl.days.length;
    var base = h - 16;
    svg.appendChild(svgEl('text', { x: 2, y: 12 })).textContent = String(top);
    svg.appendChild(svgEl('line', { x1: tl.x0, x2: w - 10, y1: base + 0.5, y2: base + 0.5, stroke: '#8a96a3' }));
    tl.days.forEach(function (d, i) {
      var n = counts[d] || 0;
      if (n > 0) {
        var bh = Math.max(2, (base - 16) * n / top);
        var bw = Math.min(24, Math.max(1, tl.step - (tl.step > 3 ? 2 : 0)));
        var r = svgEl('rect', {
          x: tl.x0 + i * tl.step + (tl.step - bw) / 2, y: base - bh, width: bw, height: bh,
          'class': 'bar' + (inRange({ date: d }) ? '' : ' out'), 'data-day': d
        });
        r.appendChild(svgEl('title')).textContent = d + ': ' + n + ' event' + (n === 1 ? '' : 's');
        svg.appendChild(r);
      }
    });
    var labels = Math.max(1, Math.floor(tl.days.length / Math.max(1, Math.floor((w - 40) / 80))));
    for (var i = 0; i < tl.days.length; i += labels) {
      svg.appendChild(svgEl('text', { x: tl.x0 + i * tl.step, y: h - 3 })).textContent = tl.days[i];
    }
    if (state.range) {
      var a = dayIndex(state.range[0]);
      var b = dayIndex(state.range[1]);
      svg.appendChild(svgEl('rect', { 'class': 'brush', x: tl.x0 + a * tl.step, y: 0, width: Math.max(2, (b - a + 1) * tl.step), height: base }));
    }
  }

  function dayIndex(d) {
    if (!tl.days.length) { return 0; }
    if (d <= tl.days[0]) { return 0; }
    if (d >= tl.days[tl.days.length - 1]) { return tl.days.length - 1; }
    var i = tl.days.indexOf(d);
    return i < 0 ? 0 : i;
  }

  function dayAt(clientX) {
    var r = svg.getBoundingClientRect();
    var i = Math.floor((clientX - r.left - tl.x0) / tl.step);
    return tl.days[Math.max(0, Math.min(tl.days.length - 1, i))];
  }

  var drag = null;
  svg.addEventListener('mousedown', function (ev) {
    if (!tl.days.length) { return; }
    drag = { from: dayAt(ev.clientX) };
    ev.preventDefault();
  });
  window.addEventListener('mousemove', function (ev) {
    if (!drag) { return; }
    var to = dayAt(ev.clientX);
    state.range = drag.from <= to ? [drag.from, to] : [to, drag.from];
    renderTimeline();
  });
  window.addEventListener('mouseup', function (ev) {
    if (!drag) { return; }
    var to = dayAt(ev.clientX);
    setRange(drag.from <= to ? [drag.from, to] : [to, drag.from]);
    drag = null;
  });

  function setRange(range) {
    state.range = range;
    document.getElementById('f-from').value = range ? range[0] : '';
    document.getElementById('f-to').value = range ? range[1] : '';
    document.getElementById('timeline-range').textContent = range ? (range[0] === range[1] ? range[0] : range[0] + ' – ' + range[1]) : 'all days';
    document.getElementById('timeline-clear').hidden = !range;
    renderTimeline();
    renderMap(false);
  }
  document.getElementById('timeline-clear').addEventListener('click', function () { setRange(null); });

  // ---------------------------------------------------------------- loading

  function query() {
    var q = new URLSearchParams();
    var actor = document.getElementById('f-actor').value.trim();
    var type = document.getElementById('f-type').value;
    var modality = document.getElementById('f-modality').value;
    if (actor) { q.set('actor', actor); }
    if (type) { q.set('plover', type); }
    if (modality) { q.set('modality', modality); }
    q.set('limit', String(state.config.max_events || 10000));
    q.set('view', 'map');
    return q;
  }

  // view=map: one short array per event; turned into small objects once
  function fromRows(body) {
    var c = {};
    body.columns.forEach(function (name, i) { c[name] = i; });
    var names = body.cameo_names || {};
    return body.rows.map(function (r) {
      return {
        id: r[c.id], date: r[c.date], lat: r[c.lat], lon: r[c.lon], plover: r[c.plover], cameo: r[c.cameo],
        cameo_name: names[r[c.cameo]] || null, placeKey: r[c.place], placeName: r[c.place_name],
        source: r[c.source], target: r[c.target], modality: r[c.modality], num_sources: r[c.num_sources]
      };
    });
  }

  var viewSet = false; // the events have been on the map once

  // loads the events; the page is ready when they are on the map and {@code before} (if any) is done
  function load(fit, before) {
    setStatus('loading…');
    var t0 = performance.now();
    return getJson('/api/events?' + query().toString()).then(function (body) {
      timings.fetch = performance.now() - t0;
      state.events = fromRows(body);
      state.truncated = body.truncated;
      state.unlocated = body.unlocated;
      window.sitrep.loaded = state.events.length;
      fillTypes();
      renderTimeline();
      renderLegend();
      return new Promise(function (resolve) { renderMap(fit, resolve); });
    }).then(function () {
      return before;
    }).then(function () {
      timings.ready = performance.now() - timings.start;
      window.sitrep.ready = true;
      // the outlines are drawn under the markers once these are on the map (drawn earlier, they slow them)
      viewSet = true;
      drawOutlines();
    }).catch(function (err) {
      viewSet = true;
      drawOutlines();
      setStatus('could not load events: ' + err.message, true);
      window.sitrep.ready = true;
      window.sitrep.error = err.message;
    });
  }

  function fillTypes() {
    var sel = document.getElementById('f-type');
    var current = sel.value;
    var types = {};
    state.events.forEach(function (e) { if (e.plover) { types[e.plover] = true; } });
    Object.keys(COLORS).forEach(function (t) { types[t] = types[t] || false; });
    while (sel.options.length > 1) { sel.remove(1); }
    Object.keys(types).sort().forEach(function (t) { sel.appendChild(el('option', { value: t, text: t })); });
    sel.value = current;
  }

  function renderLegend() {
    var legend = document.getElementById('legend');
    legend.textContent = '';
    var seen = {};
    state.events.forEach(function (e) { seen[typeOf(e)] = (seen[typeOf(e)] || 0) + 1; });
    Object.keys(seen).sort().forEach(function (t) {
      var dot = el('span', { 'class': 'dot' });
      dot.style.background = color(t);
      legend.appendChild(el('span', null, dot, (t === 'OTHER' ? 'no PLOVER type' : t) + ' (' + seen[t] + ')'));
    });
  }

  document.getElementById('filters').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var from = document.getElementById('f-from').value;
    var to = document.getElementById('f-to').value;
    var range = from || to ? [from || '0000-01-01', to || '9999-12-31'] : null;
    if (range && range[0] > range[1]) { range = [range[1], range[0]]; }
    state.range = range;
    load(true).then(function () { setRange(range); });
  });
  document.getElementById('f-reset').addEventListener('click', function () {
    document.getElementById('filters').reset();
    state.range = null;
    load(true).then(function () { setRange(null); });
  });

  // ---------------------------------------------------------------- views

  var view = document.getElementById('view');
  var intro = document.getElementById('intro');

  // links to a view: #event=ID and #place=KEY (a GeoNames id or a name) open it, and opening a view
  // puts its link in the address bar, so that it can be shared and the browser's back button works
  var currentHash = null;
  function setHash(h) {
    currentHash = h;
    if (location.hash.replace(/^#/, '') !== h) {
      history.pushState(null, '', h ? '#' + h : location.pathname + location.search);
    }
  }
  function closeView() {
    view.hidden = true;
    intro.hidden = false;
    setHash('');
  }
  function route() {
    var h = location.hash.replace(/^#/, '');
    if (h === currentHash) { return; }
    currentHash = h;
    var m = /^(event|place)=(.+)$/.exec(h);
    if (!m) {
      view.hidden = true;
      intro.hidden = false;
      return;
    }
    var id;
    try { id = decodeURIComponent(m[2]); } catch (err) { return; }
    if (m[1] === 'event') { showEvent(id); } else { showPlace(id); }
  }
  window.addEventListener('popstate', route);
  window.addEventListener('hashchange', route);

  function show(nodes) {
    view.textContent = '';
    view.appendChild(el('button', { 'class': 'link back', type: 'button', onclick: closeView }, '← all events'));
    nodes.forEach(function (n) { if (n) { view.appendChild(n); } });
    intro.hidden = true;
    view.hidden = false;
    view.scrollTop = 0;
    document.getElementById('panel').scrollTop = 0;
  }

  function facts(rows) {
    var t = el('table', { 'class': 'facts' });
    rows.forEach(function (r) {
      if (r) { t.appendChild(el('tr', null, el('th', { text: r[0] }), el('td', null, r[1]))); }
    });
    return t;
  }

  function eventTitle(e) {
    var dot = el('span', { 'class': 'dot' });
    dot.style.background = color(e.plover ? e.plover.type || e.plover : 'OTHER');
    return el('h2', { 'data-testid': 'event-title' }, dot, actorName(e.source) || 'someone', ' — ',
      e.cameo_name || ('CAMEO ' + (e.cameo || '?')), e.target ? ' — ' + actorName(e.target) : '');
  }

  // the sentence with its article text around it; the evidence marked, the trigger word in bold
  function sentenceNode(s, trigger) {
    var p = el('p', { 'class': 'sentence' });
    if (s.before) { p.appendChild(document.createTextNode(s.before)); }
    var mark = el('mark', { 'class': s.role === 'support' ? 'support' : 'evidence', 'data-role': s.role });
    var text = s.text || '';
    var i = trigger ? text.toLowerCase().indexOf(String(trigger).toLowerCase()) : -1;
    if (i >= 0 && s.role !== 'support') {
      mark.appendChild(document.createTextNode(text.slice(0, i)));
      mark.appendChild(el('strong', { text: text.slice(i, i + trigger.length) }));
      mark.appendChild(document.createTextNode(text.slice(i + trigger.length)));
    } else {
      mark.textContent = text;
    }
    p.appendChild(mark);
    if (s.after) { p.appendChild(document.createTextNode(s.after)); }
    return p;
  }

  function safeUrl(u) {
    return typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null;
  }

  function showEvent(id) {
    return getJson('/api/events/' + encodeURIComponent(id)).then(function (e) {
      setHash('event=' + encodeURIComponent(id));
      var att = e.attribution || {};
      var place = e.place;
      var placeNode = place ? el('button', { 'class': 'link', type: 'button', 'data-testid': 'event-place',
        onclick: function () { showPlace(placeKey(place)); } }, place.name || place.text) : unknown();
      var mentions = (e.mentions || []).map(function (m) {
        var a = m.article || {};
        var r = m.record || {};
        var ra = r.attribution || {};
        var url = safeUrl(a.url);
        var line = el('div', { 'class': 'source-line' },
          el('b', { text: a.outlet || 'unknown outlet' }),
          a.published ? ' · ' + a.published : '',
          a.title ? ' · ' : '', a.title ? (url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: a.title }) : a.title) : '');
        var who = el('div', { 'class': 'source-line' },
          'Said by: ', ra.speaker ? el('b', { 'data-testid': 'speaker', text: ra.speaker }) : unknown('no speaker named'),
          ' · agencies cited: ', (a.cited || []).length ? (a.cited || []).map(function (c) { return el('span', { 'class': 'tag agency', text: c }); }) : unknown('none named'),
          ' · ', r.modality || '', ' · confidence ', r.confidence !== undefined ? String(r.confidence) : '?');
        return el('div', { 'class': 'mention', 'data-testid': 'mention' }, line, who,
          (m.sentences || []).map(function (s) { return sentenceNode(s, r.trigger); }));
      });
      show([
        eventTitle(e),
        facts([
          ['When', e.date ? e.date + (e.date_precision && e.date_precision !== 'day' ? ' (' + e.date_precision + ')' : '') : unknown()],
          ['Where', placeNode],
          ['Who', actorLabel(e.source)],
          ['To whom', e.target ? actorLabel(e.target) : unknown('nobody named')],
          ['Type', [e.plover ? e.plover.type + (e.plover.mode ? ' / ' + e.plover.mode : '') : 'no PLOVER type',
            ' · CAMEO ' + (e.cameo || '?'), e.acled ? ' · ACLED ' + e.acled.event_type + (e.acled.sub_event_type ? ': ' + e.acled.sub_event_type : '') : ''].join('')],
          ['Modality', orUnknown(e.modality)],
          ['Speaker', att.speaker ? el('span', { 'data-testid': 'event-speaker', text: att.speaker }) : unknown('none named')],
          ['Outlets', (e.sources || []).length ? el('span', { 'data-testid': 'event-outlets', text: e.sources.join(', ') }) : unknown()],
          ['Agencies cited', (att.cited || []).length ? el('span', { 'data-testid': 'event-cited' }, att.cited.map(function (c) { return el('span', { 'class': 'tag agency', text: c }); })) : unknown('none named')],
          ['Reports', e.num_mentions + ' sentence' + (e.num_mentions === 1 ? '' : 's') + ' in ' + e.num_articles + ' article' + (e.num_articles === 1 ? '' : 's') + ' from ' + e.num_sources + ' source' + (e.num_sources === 1 ? '' : 's')],
          ['Confidence', String(e.confidence)]
        ]),
        el('h3', { text: 'Evidence' }),
        el('div', { 'data-testid': 'mentions' }, mentions)
      ]);
      view.setAttribute('data-view', 'event');
      view.setAttribute('data-id', e.id);
    }).catch(function (err) { show([el('p', { 'class': 'error', text: 'Could not load the event: ' + err.message })]); });
  }

  function periodNode(p, last) {
    var c = p.controller;
    var span = p.since && p.until ? p.since + ' – ' + p.until
      : p.since ? 'since ' + p.since : p.until ? 'until ' + p.until : 'dates unknown';
    var li = (p.evidence || []).map(function (ev) {
      return el('li', { 'data-role': ev.role },
        el('span', { 'class': 'tag', text: ev.role }), ev.date ? ev.date + ' ' : '',
        el('button', { 'class': 'link', type: 'button', onclick: function () { showEvent(ev.event); } }, (ev.actor || '?') + ': ' + (ev.cameo_name || ev.cameo)),
        ev.text ? el('div', { 'class': 'quote', text: '“' + ev.text + '”' }) : null);
    });
    return el('div', { 'class': 'period' + (last && !p.until ? ' current' : ''), 'data-testid': 'control-period' },
      el('div', null, el('span', { 'class': 'who', text: c ? (c.id || c.text) : 'unknown' }), c && c.kind ? ' (' + c.kind + ')' : '',
        ' · ', el('b', { text: span }), ' · confidence ' + p.confidence + (p.basis === 'held' ? ' · known from losing it' : '')),
      li.length ? el('ul', null, li) : null);
  }

  function showPlace(key) {
    if (key === null || key === undefined) { return Promise.resolve(); }
    return getJson('/api/places/' + encodeURIComponent(key)).then(function (b) {
      setHash('place=' + encodeURIComponent(key));
      var p = b.place;
      var events = (b.events || []).filter(inRange);
      var items = events.map(function (e) {
        var dot = el('span', { 'class': 'dot' });
        dot.style.background = color(typeOf(e));
        return el('li', { 'data-testid': 'place-event', 'data-cameo': e.cameo || '' }, dot,
          el('button', { 'class': 'link', type: 'button', onclick: function () { showEvent(e.id); } },
            (e.date || 'undated') + ' · ' + (actorName(e.source) || 'someone') + ': ' + (e.cameo_name || e.cameo) + (e.target ? ' → ' + actorName(e.target) : '')),
          e.modality && e.modality !== 'asserted' ? el('span', { 'class': 'tag', text: e.modality }) : null,
          e.evidence ? el('div', { 'class': 'quote', text: '“' + e.evidence + '”' }) : null);
      });
      var control = b.control || [];
      show([
        el('h2', { 'data-testid': 'place-title', text: p.name || p.text }),
        facts([
          ['GeoNames', p.geonameid !== null ? String(p.geonameid) : unknown()],
          ['Where', [p.admin1, p.country].filter(Boolean).join(', ') || unknown()],
          ['Coordinates', p.lat !== null ? p.lat.toFixed(4) + ', ' + p.lon.toFixed(4) : unknown()]
        ]),
        el('h3', { text: 'Who controls it' }),
        control.length ? el('div', { 'data-testid': 'control' }, control.map(function (c, i) { return periodNode(c, i === control.length - 1); }))
          : el('p', { 'class': 'unknown', text: 'No territory events here.' }),
        el('h3', { text: 'Events here' + (state.range ? ' in the days chosen' : '') + ' (' + events.length + ')' }),
        el('ul', { 'class': 'events' }, items)
      ]);
      view.setAttribute('data-view', 'place');
      view.setAttribute('data-id', String(key));
    }).catch(function (err) { show([el('p', { 'class': 'error', text: 'Could not load the place: ' + err.message })]); });
  }

  window.sitrep.showEvent = showEvent;
  window.sitrep.showPlace = showPlace;

  // ---------------------------------------------------------------- start

  // the configuration (which base map) and the events are fetched side by side
  var configured = getJson('/api/config').then(function (cfg) {
    state.config = cfg;
    if (cfg.tiles) {
      L.tileLayer(cfg.tiles, { maxZoom: 18, attribution: 'map tiles: ' + new URL(cfg.tiles.replace(/[{}]/g, '')).host }).addTo(map);
      map.removeLayer(graticule);
      window.sitrep.base = 'tiles';
    }
  }).catch(function () { state.config = {}; }).then(function () {
    if (!state.config.tiles) {
      window.sitrep.base = 'outlines';
      fetchOutlines(); // side by side with the events
      if (viewSet) { drawOutlines(); }
    }
  });
  load(true, configured).then(route);
  window.addEventListener('resize', function () { renderTimeline(); });
}());
