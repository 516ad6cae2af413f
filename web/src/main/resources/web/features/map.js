// The map: basemap (country outlines, or tiles where configured), the matching incidents as clustered markers, the
// selection (the incident or claim being read) and, on request, known military objectives.
import { el, $ } from '../shared/dom.js';
import { getJson } from '../shared/session.js';
import { onResults } from '../shared/search.js';
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
}

const PARTY_LABELS = { russian_military: 'Russian military', syrian_government: 'Syrian government', us_led_coalition: 'US-led coalition',
  turkish_military: 'Turkish military', israeli_military: 'Israeli military', other: 'other party', unknown: 'unknown' };
function partiesLabel(codes) { return (codes || '').split('; ').filter(Boolean).map((c) => PARTY_LABELS[c] || c).join(' or '); }

function popupFor(f) {
  const p = f.properties;
  return el('div', {},
    el('span', { class: 'popup-title' }, p.title),
    el('div', {}, p.date), el('div', {}, [p.place, p.governorate].filter(Boolean).join(', ')),
    el('div', {}, `Killed: ${p.killed}`),
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

function showMarkers(features) {
  clusters.clearLayers();
  const markers = [];
  for (const f of features) {
    if (!f.geometry) continue;
    const [lon, lat] = f.geometry.coordinates;
    const m = L.circleMarker([lat, lon], { radius: 7, color: '#fff', weight: 1.5, fillColor: '#b3261e', fillOpacity: 0.9 });
    m.bindPopup(() => popupFor(f));
    markers.push(m);
  }
  clusters.addLayers(markers);
}

onResults((r) => showMarkers(r.features));
// A page that shows nothing on the map itself clears the selection of the page before.
onRoute((r) => { if (!r.keepsSelection) showSelection(null); });
window.addEventListener('resize', () => map.invalidateSize());
atStart('basemap', loadBasemap);
whenStarted(() => {
  map.invalidateSize();
  if (clusters.getLayers().length && currentRoute().name === 'list') map.fitBounds(clusters.getBounds(), { padding: [30, 30], maxZoom: 9 });
});
