// Place names on the map, from the gazetteer and served by the app (nothing fetched from elsewhere): the server says
// which names fit the view at its zoom (the larger places first, villages only when zoomed in; /api/map/names), and
// this layer draws each as a dot with the name under it, beneath the incidents. Where the operator configured tiles, the
// tiles carry their own names and this layer stays off.
import { el, $ } from '../shared/dom.js';
import { getJson } from '../shared/session.js';
import { whenStarted } from '../shared/boot.js';
import { map, overlaps } from './map.js';

const L = window.L;
map.createPane('place-names');
map.getPane('place-names').style.zIndex = 450; // above the outlines (400), below the incidents' markers (600)
map.getPane('place-names').style.pointerEvents = 'none';
const layer = L.layerGroup([], { attribution: 'Names: GeoNames, UCDP, Syrian Archive' });

let drawNo = 0;
async function showNames() {
  const mine = ++drawNo;
  const zoom = Math.round(map.getZoom());
  const b = map.getBounds().pad(0.1);
  const lon = (x) => L.Util.wrapNum(x, [-180, 180], true);
  const lat = (y) => Math.max(-90, Math.min(90, y));
  const whole = b.getEast() - b.getWest() >= 360;
  const box = whole ? '' : `&bbox=${[lon(b.getWest()), lat(b.getSouth()), lon(b.getEast()), lat(b.getNorth())].map((v) => v.toFixed(4)).join(',')}`;
  let answer;
  try { answer = await getJson(`/api/map/names?zoom=${zoom}${box}`); } catch (err) { console.warn('place names', err); return; }
  if (mine !== drawNo) return;
  layer.clearLayers();
  for (const n of answer.names) {
    // a dot where the place is, its name under it: incidents placed at the town (counts, markers) cover the dot, not the name
    const icon = L.divIcon({ html: el('span', { dir: 'auto' }, n.name), className: `place-name place-${n.rank}`, iconSize: null });
    L.marker([n.lat, n.lon], { icon, pane: 'place-names', interactive: false, keyboard: false }).addTo(layer);
  }
  $('map').dataset.names = String(answer.names.length);
  hideAreaNamesUnderPlaceNames();
}

// A governorate's name drawn across a town's would hide it ("ALEPPO" over Aleppo): the area's name gives way and its
// boundary stays (the area names are drawn anew on each move, so one hidden here shows again where it fits).
function hideAreaNamesUnderPlaceNames() {
  const names = [...document.querySelectorAll('.place-name span')].map((s) => s.getBoundingClientRect());
  for (const area of document.querySelectorAll('.admin1-label')) {
    const box = area.getBoundingClientRect();
    if (names.some((b) => overlaps(b, box))) area.style.visibility = 'hidden';
  }
}
map.on('admin1shown', hideAreaNamesUnderPlaceNames);

whenStarted(async () => {
  const settings = await getJson('/api/ui-settings').catch(() => ({}));
  if (settings.tileUrlTemplate) return;
  layer.addTo(map);
  map.on('moveend', showNames);
  await showNames();
});
