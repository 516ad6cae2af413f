// Early warning (issue 11): live alerts from /api/alerts/live (Server-Sent Events). A banner over the map shows the
// most pressing alert with a countdown to the earliest arrival at the places the reader follows (or anywhere, when
// none is followed), the threatened sectors are drawn on the map, a sound plays when an alert is issued or raised
// (once the reader allowed it), and a feed that sends no heartbeat shows as dead: silence is never safety.
import { el, $, beginView, isCurrent } from '../shared/dom.js';
import { addRoute, addNavLink } from '../shared/router.js';
import { map } from './map.js';
import { addIncidentSection } from './incident.js';

const L = window.L;
const DEAD_AFTER_MS = 40000;
const LEVEL_RANK = { urgent: 3, watch: 2, info: 1 };
const COLOURS = { urgent: '#b00020', watch: '#d9822b', info: '#2b6cb0' };
const alerts = new Map();
const layer = L.layerGroup().addTo(map);
let lastBeat = 0;
let connected = false;
let soundOn = localStorage.getItem('gt-alert-sound') === 'on';
let audio = null;

export const lang = () => localStorage.getItem('gt-alert-lang') || 'en';
const followed = () => JSON.parse(localStorage.getItem('gt-followed-places') || '[]');
function setFollowed(ids) { localStorage.setItem('gt-followed-places', JSON.stringify(ids)); redraw(); }

const banner = el('div', { id: 'alert-banner', class: 'alert-banner', role: 'alert', 'aria-live': 'assertive', hidden: true });
document.querySelector('.mapside').prepend(banner);

function beep() {
  if (!soundOn) return;
  try {
    audio = audio || new AudioContext();
    const o = audio.createOscillator(); const g = audio.createGain();
    o.frequency.value = 880; o.connect(g); g.connect(audio.destination);
    g.gain.setValueAtTime(0.3, audio.currentTime); g.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 1.2);
    o.start(); o.stop(audio.currentTime + 1.2);
  } catch (e) { console.warn('sound', e); }
}

function active() {
  return [...alerts.values()].filter((a) => a.state === 'active')
    .sort((a, b) => (LEVEL_RANK[b.level] - LEVEL_RANK[a.level]) || String(a.earliestEta).localeCompare(String(b.earliestEta)));
}

/** The earliest arrival at a followed place of this alert (any place when none is followed), or null. */
function etaFor(a) {
  const f = followed();
  const ts = (a.threats || []).filter((t) => !f.length || f.includes(t.place));
  if (!ts.length) return null;
  return ts.reduce((m, t) => (t.earliest < m.earliest ? t : m));
}

function countdown(iso) {
  const s = Math.round((Date.parse(iso) - Date.now()) / 1000);
  if (s <= 0) return 'now';
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

// The banner is rebuilt only when what it says changes; the clock's tick rewrites only the countdown, so that the
// banner's link stays the element a reader (or a screen reader: the countdown is a timer, not announced) is on.
let bannerShows = null;
function drawBanner() {
  const dead = !connected || Date.now() - lastBeat > DEAD_AFTER_MS;
  const list = active();
  if (dead) {
    if (bannerShows === 'dead') return;
    bannerShows = 'dead';
    banner.hidden = false;
    banner.className = 'alert-banner dead';
    banner.replaceChildren(el('strong', {}, 'Alert feed is not responding. '), 'No news from it is not good news: use other warnings.');
    return;
  }
  if (!list.length) { bannerShows = null; banner.hidden = true; return; }
  const a = list[0];
  const t = etaFor(a);
  const text = a.texts[lang()];
  const shows = JSON.stringify([a.id, a.level, lang(), text, t && t.place, t && t.earliest, list.length]);
  const clock = t ? countdown(t.earliest) : '';
  if (shows === bannerShows) { $('alert-countdown').textContent = clock; return; }
  bannerShows = shows;
  banner.hidden = false;
  banner.className = `alert-banner level-${a.level}`;
  banner.dir = lang() === 'ar' ? 'rtl' : 'ltr';
  const headline = text.split(/\. /)[0];
  const parts = [el('span', { class: 'alert-countdown', id: 'alert-countdown', role: 'timer' }, clock),
    el('span', { class: 'alert-text', lang: lang(), title: text }, headline, t ? el('strong', {}, ` · ${t.names[lang()]}`) : '')];
  parts.push(el('a', { href: '#/alerts', class: 'alert-more' }, list.length > 1 ? `+${list.length - 1}` : '›'));
  banner.replaceChildren(...parts);
}

function redraw() {
  layer.clearLayers();
  for (const a of active()) {
    if (a.area) L.geoJSON(a.area, { style: { color: COLOURS[a.level], weight: 2, fillOpacity: 0.12 } }).addTo(layer);
    for (const t of a.threats || []) {
      if (t.lat == null) continue; // a place known by id only, until its alert is read
      L.circleMarker([t.lat, t.lon], { radius: 5, color: COLOURS[a.level] })
        .bindTooltip(`${t.names[lang()]} ${t.earliest.slice(11, 16)}–${t.latest.slice(11, 16)} UTC`).addTo(layer);
    }
  }
  drawBanner();
  if (location.hash.startsWith('#/alerts')) renderPage();
}

// A change comes as a version 2 message (decision 0822): the alert's own fields, its texts, and the ETA windows of its
// first places by id, with the tag of its places. Names, coordinates and the outline come from the snapshot or, when
// the tag differs from the one held, from /api/alerts/{id}: its first places, or all of them for a reader who follows
// places (the countdown is to a followed place, which may be further down the list).
const OWN = ['state', 'level', 'theatre', 'exercise', 'count', 'event', 'headingDeg', 'threatCount', 'earliestEta', 'issuedAt', 'updatedAt',
  'expiresAt', 'spotterCount', 'sightingCount', 'texts'];
const PUSHED_PLACES = 25;
const latestChange = new Map(); // alert id -> sequence of the latest change taken for it

async function readPlaces(id) {
  const query = followed().length ? '' : `?places=${PUSHED_PLACES}`;
  try {
    const r = await fetch(`/api/alerts/${encodeURIComponent(id)}${query}`);
    return r.ok ? await r.json() : null;
  } catch (e) { return null; }
}

function holds(held, m) {
  if (!held || held.placesTag !== m.placesTag) return false;
  return !(followed().length && (held.threats || []).length < m.threatCount);
}

async function take(message) {
  const m = message.alert;
  latestChange.set(m.id, message.sequence);
  const before = alerts.get(m.id);
  let base = holds(before, m) ? before : null;
  if (!base && m.state === 'active') {
    base = await readPlaces(m.id);
    if (latestChange.get(m.id) !== message.sequence) return; // a later change of this alert came meanwhile: it shows
  }
  if (!base) { // not read (the feed's server is away, or the alert ended): the places held, their ETAs from the change
    const eta = new Map((m.etas || []).map((t) => [t.place, t]));
    const held = before ? before.threats || [] : (m.etas || []).map((t) => ({ place: t.place, names: { ar: t.place, en: t.place, uk: t.place } }));
    base = { ...(before || { aircraft: m.aircraft, area: null, placesTag: null }),
      threats: held.map((t) => (eta.has(t.place) ? { ...t, earliest: eta.get(t.place).earliest, latest: eta.get(t.place).latest } : t)) };
  }
  const alert = { ...base, id: m.id };
  for (const k of OWN) if (k in m) alert[k] = m[k];
  alerts.set(alert.id, alert);
  if (message.change === 'issued' || message.change === 'raised' || (before && LEVEL_RANK[alert.level] > LEVEL_RANK[before.level])) beep();
  if (alert.state !== 'active') setTimeout(() => { alerts.delete(alert.id); redraw(); }, 60000);
  redraw();
}

function connect() {
  const source = new EventSource('/api/alerts/live');
  source.addEventListener('snapshot', (e) => {
    const d = JSON.parse(e.data);
    alerts.clear();
    for (const a of d.alerts) alerts.set(a.id, a);
    connected = true; lastBeat = Date.now(); redraw();
  });
  source.addEventListener('alert', (e) => { const d = JSON.parse(e.data); lastBeat = Date.now(); take(d); });
  source.addEventListener('heartbeat', () => { lastBeat = Date.now(); drawBanner(); });
  source.onerror = () => { connected = false; drawBanner(); };
}

function renderPage() {
  const mine = beginView(false);
  if (!isCurrent(mine)) return;
  const f = followed();
  const langSel = el('select', { id: 'alert-lang', 'aria-label': 'Language of alerts' },
    ['ar', 'en', 'uk'].map((l) => el('option', { value: l, selected: l === lang() }, { ar: 'العربية', en: 'English', uk: 'Українська' }[l])));
  langSel.addEventListener('change', () => { localStorage.setItem('gt-alert-lang', langSel.value); redraw(); });
  const sound = el('button', { type: 'button', id: 'alert-sound' }, soundOn ? 'Sound on' : 'Turn sound on');
  sound.addEventListener('click', () => { soundOn = !soundOn; localStorage.setItem('gt-alert-sound', soundOn ? 'on' : 'off'); beep(); renderPage(); });
  const items = active().map((a) => el('li', { class: `alert-item level-${a.level}`, id: `alert-${a.id}` },
    el('p', { dir: 'auto', lang: lang() }, a.texts[lang()]),
    el('ul', { class: 'threats' }, (a.threats || []).map((t) => {
      const box = el('input', { type: 'checkbox', checked: f.includes(t.place), 'aria-label': `Follow ${t.names.en}` });
      box.addEventListener('change', () => setFollowed(box.checked ? [...followed(), t.place] : followed().filter((p) => p !== t.place)));
      return el('li', {}, el('label', {}, box, ` ${t.names[lang()]} · ${t.earliest.slice(11, 16)}–${t.latest.slice(11, 16)} UTC${t.distanceKm == null ? '' : ` · ${t.distanceKm} km`}`));
    }))));
  $('view').replaceChildren(el('section', { class: 'alerts-page', id: 'alerts-page' },
    el('h2', {}, 'Alerts'), el('div', { class: 'row' }, langSel, sound),
    items.length ? el('ul', { class: 'alerts' }, items) : el('p', { id: 'no-alerts' }, 'No active alert. This is not an all-clear if the feed is dead (see the banner).'),
    el('p', { class: 'precision' }, 'Tick a place to follow it: the countdown is then to the earliest arrival there.')));
}

addRoute('alerts', /^\/alerts$/, renderPage);

// On an incident's page: the alerts whose flights may have struck it, and why (decision 0814). Their sightings are
// among attribution's evidence above; exercises never are.
function warnedBySection(inc) {
  if (!inc.warnedBy || !inc.warnedBy.length) return null;
  return [el('h3', {}, 'Warned before'),
    el('ul', { class: 'warned-by', id: 'warned-by' }, inc.warnedBy.map((w) => el('li', {},
      el('a', { href: `/api/alerts/${encodeURIComponent(w.alert)}` }, `Alert ${w.alert}`),
      ` warned ${w.place} for ${w.earliest} to ${w.latest}; the incident is ${w.distanceKm} km from it. The flight points at ${w.parties.join(' or ') || 'no known party'}.`,
      el('div', { class: 'precision' }, w.explanation))))];
}
addIncidentSection(15, warnedBySection);
addNavLink({ id: 'nav-alerts', href: '#/alerts', label: 'Alerts', order: 15 });
setInterval(drawBanner, 1000);
connect();
