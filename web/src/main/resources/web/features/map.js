// The map: basemap (country outlines, or tiles where configured), every matching incident in view (counts per cell
// from the server where many lie in view, single markers where few), the selection (the incident or claim being read)
// and, on request, known military objectives.
import { el, $ } from '../shared/dom.js';
import { getJson } from '../shared/session.js';
import { filter, filterParams, filterQuery, onResults, refresh, addAddressPart, showFiltersInAddress, KIND_LABELS, countText } from '../shared/search.js';
import { onRoute, currentRoute } from '../shared/router.js';
import { atStart, whenStarted } from '../shared/boot.js';

const L = window.L;

export const map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 18 }).setView([35.0, 38.5], 6);
const clusters = L.markerClusterGroup({ showCoverageOnHover: false, spiderfyOnMaxZoom: true, maxClusterRadius: 45 });
map.addLayer(clusters);
// The incident being read: its point and the circle of its location uncertainty (stated, or typical for its precision).
export const selection = L.layerGroup().addTo(map);
export function showSelection(l) {
  selection.clearLayers();
  if (!l || l.lat === null) return;
  L.circle([l.lat, l.lon], { radius: l.uncertaintyMetres || 100, color: '#1d4ed8', weight: 2, fillOpacity: 0.08, interactive: false, className: 'uncertainty' }).addTo(selection);
  L.circleMarker([l.lat, l.lon], { radius: 7, color: '#1d4ed8', weight: 3, fillColor: '#ffffff', fillOpacity: 1, interactive: false, className: 'selected-incident' }).addTo(selection);
}
map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

async function loadBasemap() {
  const settings = await getJson('/api/ui-settings').catch(() => ({}));
  if (settings.tileUrlTemplate) {
    L.tileLayer(settings.tileUrlTemplate, { attribution: settings.tileAttribution || '', maxZoom: 18 }).addTo(map);
    return;
  }
  const topo = await getJson('/static/basemap/countries-50m.json');
  const countries = window.topojson.feature(topo, topo.objects.countries);
  L.geoJSON(countries, {
    interactive: false,
    style: { color: '#9aa7b0', weight: 0.8, fillColor: '#fbfaf7', fillOpacity: 1 },
    attribution: 'Natural Earth',
  }).addTo(map);
  clusters.bringToFront && clusters.bringToFront();
  // The first-level boundaries (4,500 areas, 0.9 MB) are drawn once they arrive, without holding up the first page.
  whenStarted(() => loadAdmin1().catch((e) => console.warn('boundaries', e)));
}

// First-level boundaries (governorates, oblasts) with their names, drawn from zoom 5 on, only those in view: the
// world's 4,500 areas at once would slow every pan.
const ADMIN1_FROM_ZOOM = 5;
const admin1Layer = L.layerGroup();
let admin1 = null; // [{ layer, bounds, name }] once loaded
async function loadAdmin1() {
  const topo = await getJson('/static/basemap/admin1-10m.json');
  const areas = window.topojson.feature(topo, topo.objects.admin1).features;
  admin1 = areas.map((f) => {
    const layer = L.geoJSON(f, { interactive: false, style: { color: '#7c8a94', weight: 0.9, dashArray: '4 3', fill: false, className: 'admin1' } });
    return { layer, bounds: layer.getBounds(), name: f.properties.name };
  });
  // larger areas first, so that where two names would overlap the larger area keeps its name
  const extent = (b) => (b.getEast() - b.getWest()) * (b.getNorth() - b.getSouth());
  admin1.sort((a, b) => extent(b.bounds) - extent(a.bounds));
  showAdmin1();
}
function showAdmin1() {
  admin1Layer.clearLayers();
  if (!admin1 || map.getZoom() < ADMIN1_FROM_ZOOM) return;
  const view = map.getBounds().pad(0.2);
  const labels = map.getZoom() >= ADMIN1_FROM_ZOOM + 1;
  const placed = [];
  for (const a of admin1) {
    if (!view.intersects(a.bounds)) continue;
    admin1Layer.addLayer(a.layer);
    if (labels && a.name) {
      const label = L.tooltip({ permanent: true, direction: 'center', className: 'admin1-label', interactive: false })
        .setLatLng(a.bounds.getCenter()).setContent(el('span', {}, a.name));
      admin1Layer.addLayer(label);
      // a name that would overlap a larger area's is left out (small areas crowd together at low zoom)
      const box = label.getElement().getBoundingClientRect();
      if (placed.some((b) => overlaps(b, box))) label.getElement().style.visibility = 'hidden';
      else placed.push(box);
    }
  }
  map.fire('admin1shown');
}
/** Whether two boxes on screen overlap. */
export function overlaps(a, b) { return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom; }
admin1Layer.addTo(map);
map.on('moveend', showAdmin1);

const PARTY_LABELS = { russian_military: 'Russian military', syrian_government: 'Syrian government', us_led_coalition: 'US-led coalition',
  turkish_military: 'Turkish military', israeli_military: 'Israeli military', other: 'other party', unknown: 'unknown' };
function partiesLabel(codes) { return (codes || '').split('; ').filter(Boolean).map((c) => PARTY_LABELS[c] || c).join(' or '); }

function popupFor(f) {
  const p = f.properties;
  return el('div', {},
    el('span', { class: 'popup-title' }, p.title),
    el('div', {}, p.date), el('div', {}, [p.place, p.governorate].filter(Boolean).join(', ')),
    p.kind && p.kind !== 'air_strike' ? el('div', {}, `Kind: ${KIND_LABELS[p.kind] || p.kind}`) : null,
    el('div', {}, `Killed: ${countText(p.killed)}`),
    p.grade ? el('div', {}, `Grade: ${p.grade}${p.gradeOverridden ? ' (reviewer)' : ''}`) : null,
    p.attributedParties ? el('div', {}, `Attributed to: ${partiesLabel(p.attributedParties)}`) : null,
    el('a', { href: `#/incidents/${f.id}` }, 'Open incident'));
}

// Known military objectives, drawn on request: sites as squares, lines and areas as dashed outlines.
const objectivesLayer = L.layerGroup();
export async function showObjectives(on) {
  objectivesLayer.clearLayers();
  if (!on) { map.removeLayer(objectivesLayer); return; }
  let fc;
  try { fc = await getJson('/api/objectives'); } catch (err) { $('f-objectives').checked = false; $('objectives-note').textContent = `Objectives: ${err.message}`; return; }
  $('objectives-note').textContent = '';
  L.geoJSON(fc, {
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 6, color: '#1f2937', weight: 2, fillColor: '#facc15', fillOpacity: 0.9, className: 'objective' }),
    style: { color: '#1f2937', weight: 2, dashArray: '6 4', fillOpacity: 0.05 },
    onEachFeature: (f, layer) => {
      const p = f.properties;
      layer.bindPopup(() => el('div', {}, el('span', { class: 'popup-title' }, p.name),
        el('div', {}, `${p.kind.replace('_', ' ')}${p.party ? ` · ${p.party}` : ''}`),
        el('div', {}, `valid ${p.validFrom || 'always'} to ${p.validTo || 'open'}`),
        el('div', { class: 'precision' }, `source: ${p.source}`)));
    },
  }).addTo(objectivesLayer);
  objectivesLayer.addTo(map);
}

// The markers drawn for the current filters, by incident id. A move adds only the incidents it brings into view and
// keeps the others: markercluster closes an opened cluster whenever markers are added or redrawn, and a move's answer
// often arrives just after the reader opened one. New filters start afresh.
let markersById = new Map(); // id -> { marker, drawn: what the marker shows }
const MARKERS_KEPT = 5000;
function forgetMarkers() {
  clusters.clearLayers();
  markersById = new Map();
}
function showMarkers(features, fresh) {
  if (fresh || markersById.size > MARKERS_KEPT) forgetMarkers();
  const added = [], replaced = [];
  let placed = 0;
  for (const f of features) {
    if (!f.geometry) continue;
    placed++;
    const drawn = JSON.stringify([f.geometry.coordinates, f.properties]);
    const had = markersById.get(f.id);
    if (had && had.drawn === drawn) continue;
    if (had) replaced.push(had.marker);
    const [lon, lat] = f.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], { radius: 7, color: '#fff', weight: 1.5, fillColor: '#b3261e', fillOpacity: 0.9 });
    marker.bindPopup(() => popupFor(f));
    markersById.set(f.id, { marker, drawn });
    added.push(marker);
  }
  if (replaced.length) clusters.removeLayers(replaced);
  if (added.length) clusters.addLayers(added);
  return placed;
}

// Where many incidents lie in view, the server counts them per cell of the map's zoom, and the map shows the counts;
// where at most this many lie in view, it fetches them one by one.
const POINTS_UP_TO = 1000;
const cellsLayer = L.layerGroup().addTo(map);

function showCells(cells) {
  forgetMarkers();
  cellsLayer.clearLayers();
  for (const c of cells) {
    const size = c.count < 100 ? 'small' : c.count < 1000 ? 'medium' : 'large';
    const label = el('span', {}, c.count.toLocaleString('en'));
    const icon = L.divIcon({ html: label, className: `cell-count cell-${size}`, iconSize: null });
    L.marker([c.lat, c.lon], { icon, keyboard: true, title: `${c.count.toLocaleString('en')} incidents: open the list` })
      .on('click', () => openCell(c)).addTo(cellsLayer);
  }
  return cells.reduce((n, c) => n + c.count, 0);
}

/** A cell opens into the list of its incidents (the area is a filter, in the address too), and the map zooms to them. */
function openCell(c) {
  listArea(c.bbox);
  const [w, s, e, n] = c.bbox;
  map.fitBounds([[s, w], [n, e]], { padding: [40, 40], maxZoom: 14 });
}

/**
 * Lists the incidents in an area the reader opened on the map ([west, south, east, north]): the area becomes the
 * bbox filter, in the address at once (a history entry: Back returns to the list as it was), without the old map
 * position, which the move to the area replaces. Edges are rounded outwards, so that no incident on one drops out.
 */
function listArea([w, s, e, n]) {
  const down = (v) => Math.floor(v * 1e6) / 1e6, up = (v) => Math.ceil(v * 1e6) / 1e6;
  filter.bbox = [down(w), down(s), up(e), up(n)].join(',');
  sameMatches = true; // the area narrows the list, not the map: its markers stay (a spread-out cluster stays spread)
  const q = new URLSearchParams(filterQuery()); q.delete('map');
  location.hash = `#/?${q.toString().replace(/%2C/g, ',')}`;
  refresh();
}
// A cluster of single markers opens into the list of its incidents too; the map zooms to it (or, where its markers
// share one spot, spreads them out) as the cluster layer does by itself.
clusters.on('clusterclick', (e) => {
  const b = e.layer.getBounds();
  listArea([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
});

/** The view's box (a quarter wider each way, so a small pan needs no new answer), or null when the whole world shows. */
function viewBox() {
  const b = map.getBounds().pad(0.25);
  if (b.getEast() - b.getWest() >= 360) return null;
  const lon = (x) => L.Util.wrapNum(x, [-180, 180], true);
  const lat = (y) => Math.max(-90, Math.min(90, y));
  return [lon(b.getWest()), lat(b.getSouth()), lon(b.getEast()), lat(b.getNorth())].map((v) => v.toFixed(5)).join(',');
}

// The map shows what matches the filters in its view, not only in an opened cell: it asks without the filters' area.
let drawNo = 0;
let drawn = ''; // the query of what the map shows
let sameMatches = false; // set when only the list's area changed: the next search leaves the map as drawn
let filtersChanged = false; // until a draw for the new filters lands (a later move's draw may supersede the first)
async function showMatches(fresh = false) {
  const p = filterParams(); p.delete('bbox');
  const box = viewBox();
  if (box) p.set('bbox', box);
  const cellsQuery = new URLSearchParams(p); cellsQuery.set('zoom', String(Math.round(map.getZoom())));
  const keep = sameMatches && cellsQuery.toString() === drawn;
  sameMatches = false;
  if (keep) return;
  const mine = ++drawNo;
  if (fresh) filtersChanged = true;
  try {
    const cells = await getJson(`/api/map/cells?${cellsQuery}`);
    if (mine !== drawNo) return;
    let shown, mode;
    if (cells.numberMatched <= POINTS_UP_TO) {
      p.set('placed', 'true'); p.set('limit', String(POINTS_UP_TO));
      const page = await getJson(`/ogc/collections/incidents/items?${p}`);
      if (mine !== drawNo) return;
      cellsLayer.clearLayers();
      shown = showMarkers(page.features, filtersChanged); mode = 'points';
    } else {
      shown = showCells(cells.cells); mode = 'cells';
    }
    filtersChanged = false;
    Object.assign($('map').dataset, { mode, shown: String(shown), drawn: String(mine) });
    drawn = cellsQuery.toString();
  } catch (err) { console.warn('map', err); }
}

/** Fits the map around every match (from a coarse count over the whole world). */
async function fitToMatches() {
  const p = filterParams(); p.set('zoom', '3');
  const cells = await getJson(`/api/map/cells?${p}`).catch(() => ({ cells: [] }));
  if (!cells.cells.length) return;
  const s = Math.min(...cells.cells.map((c) => c.bbox[1])), w = Math.min(...cells.cells.map((c) => c.bbox[0]));
  const n = Math.max(...cells.cells.map((c) => c.bbox[3])), e = Math.max(...cells.cells.map((c) => c.bbox[2]));
  map.fitBounds([[s, w], [n, e]], { padding: [30, 30], maxZoom: 9, animate: false });
}

// The map's position lives in the list's address too (map=ZOOM/LAT/LON), so that a shared view opens where it was.
let positionFromAddress = false;
addAddressPart('map', {
  read: () => {
    const c = map.getCenter(), z = map.getZoom(), digits = z >= 14 ? 5 : 4;
    return `${z}/${c.lat.toFixed(digits)}/${L.Util.wrapNum(c.lng, [-180, 180], true).toFixed(digits)}`;
  },
  write: (value) => {
    const m = value.match(/^(\d{1,2})\/(-?\d{1,2}(?:\.\d{1,8})?)\/(-?\d{1,3}(?:\.\d{1,8})?)$/);
    if (!m) { console.warn(`map position "${value.slice(0, 40)}" is not ZOOM/LAT/LON; ignored`); return; }
    const zoom = Math.max(map.getMinZoom(), Math.min(map.getMaxZoom(), Number(m[1])));
    const lat = Math.max(-85, Math.min(85, Number(m[2]))), lon = L.Util.wrapNum(Number(m[3]), [-180, 180], true);
    positionFromAddress = true;
    const c = map.getCenter();
    if (zoom !== map.getZoom() || Math.abs(c.lat - lat) > 1e-5 || Math.abs(c.lng - lon) > 1e-5) map.setView([lat, lon], zoom, { animate: false });
  },
});

onResults(() => showMatches(true));
// Once the pages are routed, each move is written into the address (before that, an address is still being read).
let addressFollowsMap = false;
map.on('moveend', () => { showMatches(); if (addressFollowsMap) showFiltersInAddress(); });
// A page that shows nothing on the map itself clears the selection of the page before.
onRoute((r) => { if (!r.keepsSelection) showSelection(null); });
window.addEventListener('resize', () => map.invalidateSize());
atStart('basemap', loadBasemap);
whenStarted(async () => {
  map.invalidateSize();
  addressFollowsMap = true;
  // A shared address names its position; otherwise the map frames every match.
  if (currentRoute().name === 'list' && !positionFromAddress) await fitToMatches();
  await showMatches();
});
