// Groundtruth UI. Plain DOM: every piece of data is set through textContent or attributes, never innerHTML.
const L = window.L;

// ---------- small DOM helpers ----------
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
const $ = (id) => document.getElementById(id);
const safeUrl = (u) => (typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null);
const plural = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
// Every page render takes a new number; a render still waiting on the network when a newer one starts gives up, so a
// slow answer never overwrites the page the user has since moved to.
let viewNo = 0;
function beginView(showLoading = true) {
  if (showLoading) $('view').replaceChildren(el('p', {}, 'Loading…'));
  return ++viewNo;
}

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.description || `${res.status} ${res.statusText}`);
  return body;
}
// Every change made with the session cookie carries the session's CSRF token (the server refuses it otherwise).
async function sendJson(method, url, payload) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  const res = await fetch(url, { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload) });
  if (res.status === 204) return {};
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.description || `${res.status} ${res.statusText}`);
  return body;
}

// ---------- who is signed in ----------
// The public sees published incidents only; signed-in users see all, and may do what their role allows.
const session = { user: null, csrfToken: null };
const can = {
  edit: () => ['admin', 'investigator'].includes(session.user?.role),
  verify: () => ['admin', 'investigator', 'reviewer'].includes(session.user?.role),
  admin: () => session.user?.role === 'admin',
  merge: () => !!session.user,
  decideMerge: () => ['admin', 'investigator', 'reviewer'].includes(session.user?.role),
  review: () => ['admin', 'reviewer'].includes(session.user?.role),
};
async function loadSession() {
  try {
    const s = await getJson('/api/session');
    session.user = s.user; session.csrfToken = s.csrfToken || null;
  } catch (e) { session.user = null; session.csrfToken = null; }
  renderAccount();
}
function renderAccount() {
  const box = $('account');
  if (!box) return;
  $('new-link').hidden = !can.edit();
  $('audit-link').hidden = !can.admin();
  $('claims-link').hidden = !session.user;
  $('merges-link').hidden = !can.merge();
  $('audit-link').textContent = 'Audit & users';
  if (!session.user) {
    box.replaceChildren(el('a', { href: '#/login', id: 'login-link' }, 'Sign in'));
    return;
  }
  box.replaceChildren(el('a', { id: 'who', class: 'who', href: '#/account', title: 'Your password and API tokens' }, `${session.user.name} (${session.user.role})`), ' ',
    el('button', { type: 'button', class: 'linkish', id: 'logout', onclick: async () => {
      try { await sendJson('DELETE', '/api/session'); } catch (e) { /* the cookie is cleared either way */ }
      session.user = null; session.csrfToken = null; renderAccount(); location.hash = '#/'; refresh();
    } }, 'Sign out'));
}
function renderLogin() {
  beginView(false);
  const msg = el('div', { id: 'login-message' });
  const f = el('form', { class: 'incident-form', id: 'login-form' },
    el('h2', {}, 'Sign in'),
    el('label', {}, 'Name', el('input', { name: 'name', autocomplete: 'username', required: true })),
    el('label', {}, 'Password', el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    msg, el('div', { class: 'actions' }, el('button', { class: 'primary', type: 'submit' }, 'Sign in')));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = Object.fromEntries(new FormData(f));
    try {
      const s = await sendJson('POST', '/api/session', { name: v.name, password: v.password });
      session.user = s.user; session.csrfToken = s.csrfToken;
      renderAccount(); location.hash = '#/'; refresh();
    } catch (err) { msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message)); }
  });
  $('view').replaceChildren(f);
}

// Your account: change your password; make, list and revoke API tokens (a new token is shown once).
async function renderMyAccount() {
  if (!session.user) { location.hash = '#/login'; return; }
  const mine = beginView(false);
  let tokens;
  try { tokens = (await getJson('/api/tokens')).tokens; } catch (err) { if (mine === viewNo) $('view').replaceChildren(el('p', { class: 'error' }, err.message)); return; }
  if (mine !== viewNo) return;
  const msg = el('div', { id: 'account-message' });
  const fail = (err) => msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message));
  const pw = el('form', { id: 'password-form', class: 'incident-form' }, el('fieldset', {}, el('legend', {}, 'Change your password'),
    el('label', {}, 'Current password', el('input', { name: 'current', type: 'password', autocomplete: 'current-password', required: true })),
    el('label', {}, 'New password (10+ characters)', el('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true })),
    el('button', { class: 'secondary', type: 'submit' }, 'Change password')));
  pw.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const s = await sendJson('POST', '/api/session/password', Object.fromEntries(new FormData(pw)));
      if (s.csrfToken) session.csrfToken = s.csrfToken;
      msg.replaceChildren(el('p', {}, 'Password changed; your other sessions have ended.'));
      pw.reset();
    } catch (err) { fail(err); }
  });
  const rows = tokens.map((t) => el('tr', {}, el('td', {}, String(t.id)), el('td', {}, t.label), el('td', {}, t.createdAt.slice(0, 10)),
    el('td', {}, t.revokedAt ? 'revoked' : t.expiresAt ? `until ${t.expiresAt.slice(0, 10)}` : 'live'),
    el('td', {}, t.revokedAt ? '' : el('button', { type: 'button', class: 'linkish', onclick: async () => {
      try { await sendJson('DELETE', `/api/tokens/${t.id}`); renderMyAccount(); } catch (err) { fail(err); }
    } }, 'Revoke'))));
  const shown = el('div', { id: 'new-token' });
  const tf = el('form', { id: 'token-form', class: 'row' },
    el('input', { name: 'label', placeholder: 'what the token is for', required: true, autocomplete: 'off' }),
    el('button', { class: 'secondary', type: 'submit' }, 'Make a token'));
  tf.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const t = await sendJson('POST', '/api/tokens', { label: new FormData(tf).get('label') });
      await renderMyAccount();
      $('new-token').replaceChildren(el('p', {}, 'Your new token, shown this once (send it as Authorization: Bearer …):'), el('code', { id: 'token-value' }, t.token));
    } catch (err) { fail(err); }
  });
  $('view').replaceChildren(el('section', { id: 'account-page' }, el('h2', {}, `${session.user.name} (${session.user.role})`), pw,
    el('h3', {}, 'API tokens'), el('table', { class: 'audit' }, el('tr', {}, ['#', 'Label', 'Made', 'State', ''].map((h) => el('th', {}, h))), rows),
    tf, shown, msg));
}

// Review: the moves this user may make now, as buttons; a retraction asks for a reason.
async function reviewBox(inc) {
  if (!session.user) return null;
  const box = el('div', { class: 'review', id: 'review' });
  let state;
  try { state = await getJson(`/api/incidents/${inc.id}/review`); } catch (e) { return null; }
  const msg = el('div');
  const reason = el('input', { name: 'reason', id: 'review-reason', placeholder: 'reason (kept in the audit log)' });
  const buttons = state.moves.map((m) => el('button', { type: 'button', class: 'secondary', 'data-to': m.to, onclick: async () => {
    try {
      await sendJson('POST', `/api/incidents/${inc.id}/review`, { to: m.to, reason: reason.value || null });
      renderIncident(inc.id); refresh();
    } catch (err) { msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message)); }
  } }, m.verb.replace('-', ' ')));
  const last = state.history[state.history.length - 1];
  box.append(el('h3', {}, 'Review'),
    el('p', {}, `Status: ${state.status.replace('_', ' ')}`, last ? ` · last ${last.from.replace('_', ' ')} → ${last.to.replace('_', ' ')} by ${last.by}${last.reason ? ` (${last.reason})` : ''}` : ''),
    buttons.length ? el('div', { class: 'actions' }, reason, buttons) : null, msg);
  return box;
}

// The audit log, for admins: the newest entries, export, and a check of the hash chain.
async function renderAudit() {
  const mine = beginView();
  let page, total;
  try {
    const first = await getJson('/api/audit?limit=1');
    total = first.total;
    page = await getJson(`/api/audit?after=${Math.max(0, total - 100)}&limit=100`);
  } catch (err) { if (mine === viewNo) $('view').replaceChildren(el('p', { class: 'error' }, err.message)); return; }
  if (mine !== viewNo) return;
  const check = el('span', { id: 'audit-check' });
  const rows = page.entries.slice().reverse().map((e) => el('tr', {},
    el('td', {}, String(e.seq)), el('td', {}, e.at.slice(0, 19).replace('T', ' ')), el('td', {}, e.actor), el('td', {}, e.action),
    el('td', {}, e.subject), el('td', {}, e.reason || ''),
    el('td', {}, el('details', {}, el('summary', {}, 'before / after'), el('pre', {}, e.before || '—'), el('pre', {}, e.after || '—')))));
  $('view').replaceChildren(el('section', { id: 'audit-page' },
    el('h2', {}, 'Audit log'),
    el('p', {}, `${plural(total, 'entry', 'entries')}, newest first. `,
      el('a', { href: '/api/audit/export?format=jsonl' }, 'Export JSON lines'), ' · ', el('a', { href: '/api/audit/export?format=csv' }, 'Export CSV'), ' · ',
      el('button', { type: 'button', class: 'linkish', id: 'audit-verify', onclick: async () => {
        const r = await getJson('/api/audit/verify');
        check.textContent = r.intact ? `chain intact (${r.entries} entries)` : `BROKEN: ${r.problem}`;
      } }, 'Check the chain'), ' ', check),
    el('table', { class: 'audit' }, el('tr', {}, ['#', 'When (UTC)', 'Who', 'What', 'Subject', 'Why', 'Change'].map((h) => el('th', {}, h))), rows),
    await usersBox()));
}

// Users, for admins: who has which role; add a user; change a role; disable or enable.
const ROLES = ['viewer', 'investigator', 'reviewer', 'admin'];
async function usersBox() {
  let users;
  try { users = (await getJson('/api/users')).users; } catch (e) { return null; }
  const msg = el('div', { id: 'users-message' });
  const change = async (id, patch) => {
    try { await sendJson('PATCH', `/api/users/${id}`, patch); renderAudit(); } catch (err) { msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message)); }
  };
  const rows = users.map((u) => el('tr', {},
    el('td', {}, u.name), el('td', {}, el('select', { 'aria-label': `role of ${u.name}`, onchange: (e) => change(u.id, { role: e.target.value }) },
      ROLES.map((r) => el('option', { value: r, selected: r === u.role }, r)))),
    el('td', {}, u.disabled ? 'disabled' : 'active'),
    el('td', {}, el('button', { type: 'button', class: 'linkish', onclick: () => change(u.id, { disabled: !u.disabled }) }, u.disabled ? 'Enable' : 'Disable'))));
  const f = el('form', { id: 'user-form', class: 'row' },
    el('input', { name: 'name', placeholder: 'name', required: true, autocomplete: 'off' }),
    el('select', { name: 'role' }, ROLES.map((r) => el('option', { value: r }, r))),
    el('input', { name: 'password', type: 'password', placeholder: 'password (10+ characters)', autocomplete: 'new-password', required: true }),
    el('button', { class: 'secondary', type: 'submit' }, 'Add user'));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = Object.fromEntries(new FormData(f));
    try { await sendJson('POST', '/api/users', v); renderAudit(); } catch (err) { msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message)); }
  });
  return el('section', { id: 'users' }, el('h2', {}, 'Users'),
    el('table', { class: 'audit' }, el('tr', {}, ['Name', 'Role', 'State', ''].map((h) => el('th', {}, h))), rows), f, msg);
}

// ---------- state ----------
const filter = { from: '', to: '', governorate: '', object: '', actor: '', q: '', claimed: '', grade: '', party: '' };
let objectLabels = {};
let lastFeatures = [];
let matched = 0;

function filterParams(withPeriod = true) {
  const p = new URLSearchParams();
  if (withPeriod && (filter.from || filter.to)) p.set('datetime', `${filter.from || '..'}/${filter.to || '..'}`);
  for (const k of ['governorate', 'object', 'actor', 'q', 'claimed', 'grade', 'party']) if (filter[k]) p.set(k, filter[k]);
  return p;
}

// ---------- map ----------
const map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 18 }).setView([35.0, 38.5], 6);
const clusters = L.markerClusterGroup({ showCoverageOnHover: false, spiderfyOnMaxZoom: true, maxClusterRadius: 45 });
map.addLayer(clusters);
// The incident being read: its point and the circle of its location uncertainty (stated, or typical for its precision).
const selection = L.layerGroup().addTo(map);
function metres(m) { return m >= 1000 ? `${Math.round(m / 100) / 10} km` : `${m} m`; }
function showSelection(l) {
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
async function showObjectives(on) {
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

// While the form is open, a click on the map sets its coordinates.
map.on('click', (e) => {
  const f = document.getElementById('incident-form');
  if (!f) return;
  f.elements.lat.value = e.latlng.lat.toFixed(5);
  f.elements.lon.value = L.Util.wrapNum(e.latlng.lng, [-180, 180], true).toFixed(5);
});

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

// ---------- timeline ----------
const canvas = $('timeline');
let bins = [];          // [{start: Date-string, end: Date-string, count}]
let drag = null;        // {x0, x1} in CSS pixels while dragging

function isoDay(d) { return d.toISOString().slice(0, 10); }
function addDays(day, n) { const d = new Date(day + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return isoDay(d); }
function endOfMonth(month) { const d = new Date(month + '-01T00:00:00Z'); d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); return isoDay(d); }

function makeBins(stats) {
  if (!stats.firstDay) return [];
  const spanDays = (Date.parse(stats.lastDay) - Date.parse(stats.firstDay)) / 86400000;
  if (spanDays > 730) {
    const out = []; let m = stats.firstDay.slice(0, 7);
    const last = stats.lastDay.slice(0, 7);
    while (m <= last) {
      out.push({ start: m + '-01', end: endOfMonth(m), count: stats.perMonth[m] || 0, label: m });
      const d = new Date(m + '-01T00:00:00Z'); d.setUTCMonth(d.getUTCMonth() + 1); m = d.toISOString().slice(0, 7);
    }
    return out;
  }
  const weeks = Object.keys(stats.perWeek).sort();
  const out = []; let w = weeks[0];
  while (w <= weeks[weeks.length - 1]) { out.push({ start: w, end: addDays(w, 6), count: stats.perWeek[w] || 0, label: 'week of ' + w }); w = addDays(w, 7); }
  return out;
}

function drawTimeline() {
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth, h = canvas.clientHeight;
  canvas.width = Math.round(w * dpr); canvas.height = Math.round(h * dpr);
  const g = canvas.getContext('2d');
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.clearRect(0, 0, w, h);
  if (!bins.length) { g.fillStyle = '#5f6b73'; g.font = '12px system-ui'; g.fillText('No dated incidents', 8, h / 2); return; }
  const axis = 14, max = Math.max(1, ...bins.map((b) => b.count)), bw = w / bins.length;
  const selFrom = filter.from, selTo = filter.to;
  bins.forEach((b, i) => {
    const bh = (b.count / max) * (h - axis - 16);
    const inside = (!selFrom || b.end >= selFrom) && (!selTo || b.start <= selTo);
    g.fillStyle = (selFrom || selTo) && !inside ? '#c9cfd3' : '#b3261e';
    g.fillRect(i * bw + 0.5, h - axis - bh, Math.max(1, bw - 1), bh);
  });
  g.fillStyle = '#5f6b73'; g.font = '11px system-ui'; g.textBaseline = 'bottom';
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const monthly = bins.length > 1 && bins[0].label.length === 7;
  let lastKey = '', lastEnd = -100;
  bins.forEach((b, i) => {
    const key = monthly ? b.start.slice(0, 4) : b.start.slice(0, 7);
    if (key === lastKey) return;
    const x = i * bw;
    const text = monthly ? key : (lastKey === '' || b.start.slice(5, 7) === '01' ? `${MONTHS[+b.start.slice(5, 7) - 1]} ${b.start.slice(0, 4)}` : MONTHS[+b.start.slice(5, 7) - 1]);
    lastKey = key;
    if (x < lastEnd + 6) return;
    g.fillRect(x, h - axis, 1, 4);
    g.fillText(text, x + 2, h);
    lastEnd = x + 2 + g.measureText(text).width;
  });
  g.textBaseline = 'top';
  g.fillText(`max ${max.toLocaleString('en')} per ${monthly ? 'month' : 'week'}`, 4, 2);
  if (drag) {
    g.fillStyle = 'rgba(26, 95, 180, .18)';
    g.fillRect(Math.min(drag.x0, drag.x1), 0, Math.abs(drag.x1 - drag.x0), h - axis);
  }
}

function binAt(x) {
  const i = Math.min(bins.length - 1, Math.max(0, Math.floor((x / canvas.clientWidth) * bins.length)));
  return bins[i];
}
canvas.addEventListener('pointerdown', (e) => {
  if (!bins.length) return;
  canvas.setPointerCapture(e.pointerId);
  drag = { x0: e.offsetX, x1: e.offsetX };
  drawTimeline();
});
canvas.addEventListener('pointermove', (e) => { if (drag) { drag.x1 = e.offsetX; drawTimeline(); } });
canvas.addEventListener('pointerup', (e) => {
  if (!drag) return;
  const a = binAt(Math.min(drag.x0, e.offsetX)), b = binAt(Math.max(drag.x0, e.offsetX));
  drag = null;
  setPeriod(a.start, b.end);
});

function setPeriod(from, to) {
  filter.from = from || ''; filter.to = to || '';
  $('f-from').value = filter.from; $('f-to').value = filter.to;
  refresh();
}
$('timeline-clear').addEventListener('click', () => setPeriod('', ''));
window.addEventListener('resize', () => { drawTimeline(); map.invalidateSize(); });

// ---------- filters ----------
const form = $('filter-form');
let debounce = null;
function onFilterInput(e) {
  const t = e.target;
  if (t.id === 'f-objectives') { if (e.type === 'change') showObjectives(t.checked).catch(() => {}); return; }
  const key = { 'f-from': 'from', 'f-to': 'to', 'f-governorate': 'governorate', 'f-object': 'object', 'f-actor': 'actor', 'f-q': 'q',
    'f-claimed': 'claimed', 'f-grade': 'grade', 'f-party': 'party' }[t.id];
  if (!key) return;
  filter[key] = t.value.trim();
  clearTimeout(debounce);
  debounce = setTimeout(refresh, 250);
}
form.addEventListener('input', onFilterInput);
form.addEventListener('change', onFilterInput);
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('reset', () => { setTimeout(() => { for (const k of Object.keys(filter)) filter[k] = ''; showObjectives(false); refresh(); }, 0); });

async function loadChoices() {
  const data = await getJson('/api/governorates');
  const gov = $('f-governorate');
  for (const name of data.governorates) gov.append(el('option', { value: name }, name));
  const obj = $('f-object');
  for (const o of data.objects) { obj.append(el('option', { value: o.code }, o.label)); objectLabels[o.code] = o.label; }
}

let refreshNo = 0;
async function refresh() {
  const mine = ++refreshNo;
  $('match-count').textContent = '…';
  const items = new URLSearchParams(filterParams()); items.set('limit', '10000');
  try {
    const [page, stats] = await Promise.all([
      getJson(`/ogc/collections/incidents/items?${items}`),
      getJson(`/api/stats?${filterParams(false)}`),
    ]);
    if (mine !== refreshNo) return;
    lastFeatures = page.features; matched = page.numberMatched;
    $('match-count').textContent = `${plural(matched, 'incident', 'incidents')} match`;
    bins = makeBins(stats);
    $('timeline-clear').hidden = !(filter.from || filter.to);
    $('timeline-label').textContent = filter.from || filter.to
      ? `Period: ${filter.from || 'start'} to ${filter.to || 'end'}`
      : 'Drag across the timeline to choose a period.';
    drawTimeline();
    showMarkers(lastFeatures);
    if (currentRoute().name === 'list') renderList();
  } catch (err) {
    if (mine !== refreshNo) return;
    $('match-count').textContent = 'error';
    $('view').replaceChildren(el('p', { class: 'error' }, err.message));
  }
}

// ---------- views ----------
function currentRoute() {
  const h = location.hash.replace(/^#/, '') || '/';
  let m;
  // Incidents are addressed by their public id (decision 0740); signed-in users may also use the internal number.
  if ((m = h.match(/^\/incidents\/([0-9a-zA-Z]{1,20})\/edit$/))) return { name: 'edit', id: m[1] };
  if ((m = h.match(/^\/incidents\/([0-9a-zA-Z]{1,20})$/))) return { name: 'incident', id: m[1] };
  if ((m = h.match(/^\/claims\/(\d+)$/))) return { name: 'claim', id: m[1] };
  if ((m = h.match(/^\/claims(\?unplaced)?$/))) return { name: 'claims', unplaced: !!m[1] };
  if (h === '/new') return { name: 'new' };
  if (h === '/login') return { name: 'login' };
  if (h === '/audit') return { name: 'audit' };
  if (h === '/account') return { name: 'account' };
  if ((m = h.match(/^\/merges(?:\/(pending|applied|rejected|superseded))?$/))) return { name: 'merges', status: m[1] || 'pending' };
  return { name: 'list' };
}

function renderList() {
  beginView(false);
  // Newest first: the list is where people look for what just happened.
  const shown = [...lastFeatures].sort((a, b) => (b.properties.dateFirstDay || '').localeCompare(a.properties.dateFirstDay || '') || (b.properties.internalId || 0) - (a.properties.internalId || 0) || String(a.id).localeCompare(String(b.id))).slice(0, 200);
  const list = el('ul', { class: 'incident-list', id: 'incident-list' });
  for (const f of shown) {
    const p = f.properties;
    const tags = (p.objectsHit ? p.objectsHit.split('; ') : []).map((o) => el('span', { class: 'tag' }, objectLabels[o] || o));
    if (!f.geometry) tags.push(el('span', { class: 'tag unplaced' }, 'not placed'));
    if (p.grade) tags.push(el('span', { class: `tag grade grade-${p.grade}` }, p.grade));
    if (p.claimed) tags.push(el('span', { class: 'tag claimed' }, 'claimed by a party'));
    list.append(el('li', {}, el('a', { href: `#/incidents/${f.id}` },
      el('span', { class: 'title', dir: 'auto' }, p.title),
      el('span', { class: 'meta' }, [p.date, [p.place, p.governorate].filter(Boolean).join(', '), p.killed !== 'unknown' ? `killed ${p.killed}` : null].filter(Boolean).join(' · ')),
      tags)));
  }
  const unplaced = lastFeatures.filter((f) => !f.geometry).length;
  $('view').replaceChildren(
    el('p', { class: 'summary-line' },
      `${plural(matched, 'incident', 'incidents')} match`,
      unplaced ? `; ${plural(unplaced, 'is', 'are')} not placed on the map` : '',
      shown.length < matched ? `. Listing the newest ${shown.length}` : '',
      lastFeatures.length < matched ? `; the map shows ${lastFeatures.length.toLocaleString('en')} of them (narrow the filters to see the rest).` : '.'),
    list);
}

function factRow(dl, label, ...value) {
  dl.append(el('dt', {}, label), el('dd', {}, ...value));
}

async function renderIncident(id) {
  const mine = beginView();
  let inc;
  try { inc = await getJson(`/api/incidents/${id}`); } catch (err) { if (mine === viewNo) $('view').replaceChildren(el('p', { class: 'error' }, err.message)); return; }
  if (mine !== viewNo) return;
  const d = inc.date, l = inc.location, c = inc.casualties;
  const facts = el('dl', { class: 'facts' });
  factRow(facts, 'Date', d.display, ' ', el('span', { class: 'precision' }, `(precision: ${d.precision.replace('_', ' ')})`));
  if (d.instantUtc) factRow(facts, 'In UTC', d.instantUtc);
  factRow(facts, 'Place', [l.placeName, l.district, l.governorate, l.countryCode].filter(Boolean).join(', ') || 'not named');
  factRow(facts, 'Location', l.lat === null ? 'not placed' : `${l.lat.toFixed(5)}, ${l.lon.toFixed(5)}`, ' ',
    el('span', { class: 'precision' }, `(precision: ${l.precision}${l.uncertaintyMetres ? `, ${l.radiusMetres ? '' : 'about '}±${metres(l.uncertaintyMetres)}` : ''}; placed by ${l.placedBy})`));
  factRow(facts, 'Objects hit', inc.objectsHit.map((o) => objectLabels[o] || o).join(', ') || 'none recorded');
  factRow(facts, 'Alleged perpetrators', inc.perpetrators.join('; ') || 'not named');
  if (inc.weapons.length) factRow(facts, 'Weapons', inc.weapons.join('; '));
  factRow(facts, 'Status', inc.status.replace('_', ' '), inc.editedByHand ? ' · edited by hand' : '');
  factRow(facts, 'Id', el('code', { id: 'public-id' }, inc.id), inc.internalId ? ` · internal #${inc.internalId} (staff and CLI only)` : '');
  const cas = el('table', { class: 'casualties' }, el('tr', {}, el('th', {}, 'Civilians'), el('th', {}, 'Count')),
    [['Killed', c.killed], ['Injured', c.injured], ['Children killed', c.childrenKilled], ['Women killed', c.womenKilled], ['Men killed', c.menKilled]]
      .map(([k, r]) => el('tr', {}, el('td', {}, k), el('td', {}, r.display))));
  const reports = el('ul', { class: 'reports' });
  for (const r of inc.reports) {
    const url = safeUrl(r.source.url);
    const lastRev = r.revisions && r.revisions.length ? r.revisions[r.revisions.length - 1] : null;
    const fields = lastRev ? el('details', { class: 'fields' }, el('summary', {}, `${plural(r.revisionCount || r.revisions.length, 'revision', 'revisions')}; fields as last recorded`),
      el('dl', {}, Object.entries(lastRev.fields).map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]))) : null;
    reports.append(el('li', {},
      el('div', { class: 'source' }, r.source.name || r.source.dataset, el('span', { class: 'precision' }, ` · ${r.source.dataset}`)),
      url ? el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, url) : null,
      r.text ? el('div', { class: 'text', lang: r.language || null, dir: 'auto' }, r.text) : null,
      el('div', { class: 'precision' }, `key ${r.originKey}${r.firstSeen ? ` · first seen ${r.firstSeen.slice(0, 10)}` : ''}`),
      fields));
  }
  const view = el('article', { class: 'incident', id: 'incident-page' },
    el('a', { href: '#/' }, '← All incidents'),
    inc.mergedInto ? el('p', { class: 'merged-note' }, 'Merged into ', el('a', { href: `#/incidents/${inc.mergedInto}` }, `incident ${inc.mergedInto}`),
      ', which now holds its reports. It is kept so that the merge can be undone (see the ', el('a', { href: '#/merges/applied' }, 'applied merges'), ').') : null,
    el('h2', { dir: 'auto' }, inc.title),
    inc.summary ? el('p', { dir: 'auto' }, inc.summary) : null,
    facts, el('h3', {}, 'Casualties'), cas,
    el('div', { class: 'actions' },
      can.edit() ? el('a', { class: 'secondary', href: `#/incidents/${inc.id}/edit` }, 'Correct this incident') : null,
      l.lat !== null ? el('button', { type: 'button', class: 'secondary', onclick: () => map.setView([l.lat, l.lon], 13) }, 'Show on map') : null),
    assessmentSection(inc),
    await reviewBox(inc),
    claimsSection(inc), responsesSection(inc),
    el('h3', {}, `Reports (${inc.reports.length})`), reports, can.edit() ? addReportForm(inc.id) : null,
    session.user ? evidenceSection(inc.id) : null,
    el('section', { id: 'testimony', class: 'testimony' }, el('h3', {}, 'Testimony')));
  if (mine !== viewNo) return;
  $('view').replaceChildren(view);
  renderTestimony(inc.id);
  scrollToView();
  showSelection(l);
  if (l.lat !== null) map.setView([l.lat, l.lon], Math.max(map.getZoom(), 10));
}

// Attribution, objective analysis and grade, plainly, with the evidence behind each, and the reviewer's override form.
function assessmentSection(inc) {
  const a = inc.attribution, o = inc.objective_analysis, g = inc.grade;
  if (!a || !o || !g) return null;
  const pct = (p) => `${Math.round(p * 100)}%`;
  const candidates = el('table', { class: 'candidates', id: 'attribution-table' },
    el('tr', {}, el('th', {}, 'Party'), el('th', {}, 'Probability'), el('th', {}, 'Evidence')),
    a.candidates.map((c) => el('tr', {},
      el('td', {}, c.label),
      el('td', {}, el('span', { class: 'bar', style: `width:${Math.max(2, Math.round(c.probability * 80))}px` }), ' ', pct(c.probability)),
      el('td', {},
        c.evidenceFor.length ? el('ul', { class: 'evidence for' }, c.evidenceFor.map((e) => el('li', {}, '+ ', e))) : null,
        c.evidenceAgainst.length ? el('ul', { class: 'evidence against' }, c.evidenceAgainst.map((e) => el('li', {}, '− ', e))) : null))));
  const nearest = o.nearest
    ? `${o.nearest.name} (${o.nearest.kind.replace('_', ' ')}${o.nearest.party ? `, ${o.nearest.party}` : ''}), ${o.nearest.distanceKm} km; source: ${o.nearest.source}`
    : 'none known';
  const objectives = el('dl', { class: 'facts', id: 'objective-analysis' });
  factRow(objectives, 'Concern', el('span', { class: `concern concern-${o.concern}` }, o.concern));
  factRow(objectives, 'Finding', o.statement);
  factRow(objectives, 'Nearest objective', nearest);
  if (o.armedPresence.mentions.length) factRow(objectives, 'Armed presence reported', el('ul', {}, o.armedPresence.mentions.map((m) => el('li', { dir: 'auto' }, m))));
  if (o.armedPresence.absences.length) factRow(objectives, 'Reports of no armed presence', el('ul', {}, o.armedPresence.absences.map((m) => el('li', { dir: 'auto' }, m))));
  const gradeFacts = el('dl', { class: 'facts', id: 'grade' });
  factRow(gradeFacts, 'Grade', el('strong', { class: `grade grade-${g.value}` }, g.value), ' ',
    el('span', { class: 'precision' }, g.overridden ? `(set by ${g.by}; computed: ${g.computed})` : '(computed)'));
  factRow(gradeFacts, 'Means', g.definition);
  if (g.overridden) factRow(gradeFacts, 'Reviewer\'s reason', g.reason);
  factRow(gradeFacts, 'Computed from', el('ul', {}, g.reasons.map((r) => el('li', {}, r))));
  if (g.history && g.history.length) {
    factRow(gradeFacts, 'Overrides', el('ul', {}, g.history.map((h) => el('li', {}, `${h.at ? h.at.slice(0, 16).replace('T', ' ') : ''} ${h.by}: ${h.grade} — ${h.reason}`))));
  }
  return el('section', { class: 'assessment' },
    el('h3', {}, 'Attribution'),
    el('p', { class: 'verdict', id: 'attribution-verdict' }, el('strong', {}, a.verdict === 'unknown' ? 'Perpetrator unknown' : a.verdict), ' — ', a.explanation),
    el('details', {}, el('summary', {}, 'Probabilities and evidence for each party'), candidates),
    el('h3', {}, 'Military objectives and civilian objects'), objectives,
    el('p', { class: 'precision' }, o.caveat),
    el('h3', {}, 'Grade'), gradeFacts, can.review() ? overrideForm(inc) : null);
}

function overrideForm(inc) {
  const msg = el('div');
  const f = el('form', { class: 'incident-form', id: 'override-form' },
    el('fieldset', {}, el('legend', {}, 'Override the grade (reviewers)'),
      el('label', {}, 'Grade', el('select', { name: 'grade' },
        ['confirmed', 'fair', 'weak', 'contested', 'discounted', 'computed'].map((v) => el('option', { value: v }, v === 'computed' ? 'back to computed' : v)))),
      el('label', {}, 'Reason (kept with the override)', el('textarea', { name: 'reason', rows: 2, required: true })),
      el('button', { type: 'submit' }, 'Record override'), msg));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await sendJson('POST', `/api/incidents/${inc.id}/grade`, { grade: f.elements.grade.value, reason: f.elements.reason.value });
      renderIncident(inc.id);
      refresh();
    } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  });
  return f;
}

// ---------- claims and responses ----------
function claimsSection(inc) {
  const claims = inc.claims || [];
  const list = el('ul', { class: 'claims', id: 'incident-claims' });
  for (const c of claims) {
    list.append(el('li', {},
      el('div', { class: 'source' }, session.user ? el('a', { href: `#/claims/${c.claimId}` }, c.party) : c.party, el('span', { class: 'precision' }, ` · score ${c.score.toFixed(2)} · ${c.distanceKm} km · ${c.offset}`)),
      el('div', { class: 'text' }, c.reason)));
  }
  return el('section', { class: 'claims-section', id: 'claims-section' },
    el('h3', {}, `Claims by the parties (${claims.length})`),
    claims.length ? el('p', { class: 'precision' }, 'A party said it struck near here at about that time. A match is a candidate, not a finding.')
      : el('p', { class: 'precision' }, 'No party\'s claim matches this incident.'),
    claims.length ? list : null);
}

function responsesSection(inc) {
  const rs = inc.responses || [];
  const list = el('ul', { class: 'responses', id: 'incident-responses' });
  for (const r of rs) {
    const url = safeUrl(r.source.url);
    list.append(el('li', {},
      el('div', { class: 'source' }, `${r.party} `, el('strong', {}, r.kindLabel), el('span', { class: 'precision' }, ` · ${r.date}`)),
      r.text ? el('div', { class: 'text', dir: 'auto', lang: r.source.language || null }, r.text) : null,
      url ? el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, url) : null));
  }
  const msg = el('div');
  const f = el('form', { class: 'incident-form', id: 'response-form' },
    el('fieldset', {}, el('legend', {}, 'Record a response'),
      el('label', {}, 'Party ', el('input', { name: 'party', required: true })),
      el('label', {}, 'Kind ', el('select', { name: 'kind' }, ['denial', 'admission', 'fake', 'investigation', 'other'].map((k) => el('option', { value: k }, k)))),
      el('label', {}, 'Date ', el('input', { name: 'date', type: 'date' })),
      el('label', {}, 'What was said ', el('textarea', { name: 'text', rows: 2 })),
      el('label', {}, 'Published at (URL) ', el('input', { name: 'url', type: 'url' })),
      el('button', { type: 'submit' }, 'Add response'), msg));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = (n) => (f.elements[n].value.trim() || null);
    try {
      await sendJson('POST', `/api/incidents/${inc.id}/responses`, { party: v('party'), kind: v('kind'), date: v('date'), text: v('text'), url: v('url') });
      renderIncident(inc.id);
    } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  });
  return el('section', { class: 'responses-section', id: 'responses-section' },
    el('h3', {}, `Responses (${rs.length})`), rs.length ? list : el('p', { class: 'precision' }, 'No response recorded.'), can.edit() ? f : null);
}

function claimLine(c) {
  const p = c.place;
  return [c.strikeDate.display, p.localityNames.join(', ') || null,
    p.placed ? `±${p.errorRadiusKm} km (${p.radiusBasis}, placed by ${p.placedBy})` : null,
    c.claimedTarget ? `target: ${c.claimedTarget}` : null].filter(Boolean).join(' · ');
}

async function renderClaims(unplaced) {
  const mine = beginView();
  let page;
  try { page = await getJson(`/api/claims?limit=500${unplaced ? '&unplaced=true' : ''}`); } catch (err) { if (mine === viewNo) $('view').replaceChildren(el('p', { class: 'error' }, err.message)); return; }
  if (mine !== viewNo) return;
  const list = el('ul', { class: 'incident-list', id: 'claim-list' });
  for (const c of page.items) {
    const tags = [];
    if (!c.place.placed) tags.push(el('span', { class: 'tag unplaced' }, 'not placed'));
    if (c.incidents.length) tags.push(el('span', { class: 'tag claimed' }, `civilian harm reported nearby: ${plural(c.incidents.length, 'incident', 'incidents')}`));
    list.append(el('li', {}, el('a', { href: `#/claims/${c.id}` },
      el('span', { class: 'title', dir: 'auto' }, c.party), el('span', { class: 'meta' }, claimLine(c)), tags)));
  }
  $('view').replaceChildren(el('article', { id: 'claims-page' },
    el('h2', {}, unplaced ? 'Claims without a place' : 'Claims by the parties'),
    el('p', { class: 'summary-line' }, `${plural(page.numberMatched, 'claim', 'claims')}`,
      page.items.length < page.numberMatched ? `; listing ${page.items.length}` : '', '. ',
      unplaced ? el('a', { href: '#/claims' }, 'All claims') : el('a', { href: '#/claims?unplaced' }, 'Only those the gazetteer could not place')),
    list));
  scrollToView();
}

async function renderClaim(id) {
  const mine = beginView();
  let c;
  try { c = await getJson(`/api/claims/${id}`); } catch (err) { if (mine === viewNo) $('view').replaceChildren(el('p', { class: 'error' }, err.message)); return; }
  if (mine !== viewNo) return;
  const facts = el('dl', { class: 'facts' });
  factRow(facts, 'Stated', c.statedAt);
  factRow(facts, 'Strike date', c.strikeDate.display, ' ', el('span', { class: 'precision' }, `(precision: ${c.strikeDate.precision.replace('_', ' ')})`));
  factRow(facts, 'Localities', c.place.localityNames.join(', ') || 'none named');
  factRow(facts, 'Location', c.place.placed ? `${c.place.lat.toFixed(4)}, ${c.place.lon.toFixed(4)} ±${c.place.errorRadiusKm} km (${c.place.radiusBasis}; placed by ${c.place.placedBy})` : 'not placed');
  if (c.claimedTarget) factRow(facts, 'Claimed target', c.claimedTarget);
  if (c.sorties !== null) factRow(facts, 'Sorties', String(c.sorties));
  const url = safeUrl(c.source.url);
  factRow(facts, 'Source', url ? el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, url) : 'no URL', c.source.language ? ` (${c.source.language})` : '');
  const incidents = el('ul', { class: 'claims' });
  for (const m of c.incidents) {
    incidents.append(el('li', {}, el('div', { class: 'source' }, el('a', { href: `#/incidents/${m.incidentId}` }, m.title || `Incident ${m.incidentId}`),
      el('span', { class: 'precision' }, ` · ${m.date || ''} · killed ${m.killed || 'unknown'} · score ${m.score.toFixed(2)}`)), el('div', { class: 'text' }, m.reason)));
  }
  $('view').replaceChildren(el('article', { class: 'incident', id: 'claim-page' },
    el('a', { href: '#/claims' }, '← All claims'), el('h2', { dir: 'auto' }, c.party), facts,
    c.source.text ? el('blockquote', { dir: 'auto', lang: c.source.language || null }, c.source.text) : null,
    el('h3', {}, `Incidents it could explain (${c.incidents.length})`),
    c.incidents.length ? incidents : el('p', { class: 'precision' }, c.place.placed ? 'No civilian harm is recorded nearby at that time.' : 'Not placed, so not matched.')));
  scrollToView();
  selection.clearLayers();
  if (c.place.placed) {
    L.circle([c.place.lat, c.place.lon], { radius: c.place.errorRadiusKm * 1000, color: '#b45309', weight: 2, fillOpacity: 0.06, interactive: false }).addTo(selection);
    map.setView([c.place.lat, c.place.lon], 9);
  }
}

// ---------- testimony ----------
const CONSENT_LABELS = { internal_only: 'internal only', publish_anonymised: 'may be published anonymised', publish_with_name: 'may be published with name' };

// Statements by pseudonym with their consent. The server decides what this user may see: identities only for admins
// and investigators, text only where the role or the witness's consent allows.
async function renderTestimony(incidentId) {
  const box = $('testimony');
  if (!box) return;
  let list;
  try { list = await getJson(`/api/incidents/${incidentId}/testimony`); } catch (err) { box.append(el('p', { class: 'error' }, err.message)); return; }
  if (!$('testimony')) return;
  box.replaceChildren(el('h3', {}, `Testimony (${list.items.length})`));
  const ul = el('ul', { class: 'statements', id: 'statement-list' });
  for (const t of list.items) {
    ul.append(el('li', { class: 'statement' },
      el('div', { class: 'source' }, el('span', { class: 'pseudonym', dir: 'auto' }, t.pseudonym), ' ',
        el('span', { class: `tag consent consent-${t.consent}` }, CONSENT_LABELS[t.consent] || t.consent)),
      el('div', { class: 'precision' }, [`interviewed ${t.interviewedOn}`, t.language ? `in ${t.language}` : null, t.interviewer ? `by ${t.interviewer}` : null].filter(Boolean).join(' · ')),
      t.identity ? el('div', { class: 'identity' }, el('strong', {}, 'Protected identity: '), el('span', { dir: 'auto' }, t.identity.name),
        t.identity.contact ? el('span', { dir: 'auto' }, ` · ${t.identity.contact}`) : null) : null,
      t.textWithheld ? el('div', { class: 'precision withheld' }, 'Text withheld: the witness did not consent to it leaving the team.')
        : el('div', { class: 'text', lang: t.language || null, dir: 'auto' }, t.text)));
  }
  box.append(list.items.length ? ul : el('p', { class: 'precision' }, 'No statements you may see.'));
  if (list.audience === 'admin' || list.audience === 'investigator') box.append(addStatementForm(incidentId));
}

function addStatementForm(incidentId) {
  const msg = el('div');
  const f = el('form', { class: 'incident-form', id: 'statement-form', autocomplete: 'off' },
    el('fieldset', {}, el('legend', {}, 'Add a witness statement'),
      el('label', {}, 'Pseudonym', el('input', { name: 'pseudonym', required: true, placeholder: 'e.g. Witness A, Ariha' })),
      el('label', {}, 'Interviewer', el('input', { name: 'interviewer', required: true })),
      el('div', { class: 'row' },
        el('label', {}, 'Interviewed on', el('input', { name: 'interviewedOn', type: 'date', required: true })),
        el('label', {}, 'Language', el('input', { name: 'language', placeholder: 'ar, en, uk' }))),
      el('label', {}, 'Consent', el('select', { name: 'consent' }, Object.entries(CONSENT_LABELS).map(([v, label]) => el('option', { value: v }, label)))),
      el('label', {}, 'Statement', el('textarea', { name: 'text', required: true })),
      el('label', {}, 'Witness name (sealed)', el('input', { name: 'name', required: true })),
      el('label', {}, 'Contact (sealed)', el('input', { name: 'contact' })),
      el('button', { class: 'secondary', type: 'submit' }, 'Add statement'), msg));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = Object.fromEntries(new FormData(f));
    try {
      await sendJson('POST', `/api/incidents/${incidentId}/testimony`, { pseudonym: v.pseudonym, interviewer: v.interviewer, interviewedOn: v.interviewedOn,
        language: v.language || null, consent: v.consent, text: v.text, identity: { name: v.name, contact: v.contact || null } });
      f.reset();
      renderTestimony(incidentId);
    } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  });
  return f;
}

function addReportForm(id) {
  const msg = el('div');
  const f = el('form', { class: 'incident-form' },
    el('fieldset', {}, el('legend', {}, 'Add a report'),
      el('label', {}, 'Source', el('input', { name: 'name', required: true, placeholder: 'e.g. SOHR, a witness, Airwars' })),
      el('label', {}, 'Link', el('input', { name: 'url', type: 'url', placeholder: 'https://…' })),
      el('label', {}, 'What it says', el('textarea', { name: 'text' })),
      el('button', { class: 'secondary', type: 'submit' }, 'Add report'), msg));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = Object.fromEntries(new FormData(f));
    try {
      await sendJson('POST', `/api/incidents/${id}/reports`, { source: { name: v.name || null, url: v.url || null }, text: v.text || null });
      renderIncident(id);
    } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  });
  return f;
}

// ---------- evidence: drag-and-drop upload with per-file progress, list with hashes, custody log ----------
function bytes(n) {
  if (n >= 1 << 30) return `${(n / (1 << 30)).toFixed(1)} GiB`;
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MiB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(1)} KiB`;
  return `${n} bytes`;
}

function evidenceSection(incidentId) {
  const list = el('div', { id: 'evidence-list' }, el('p', { class: 'hint' }, 'Loading evidence…'));
  const queue = el('ul', { class: 'upload-queue', id: 'upload-queue' });
  const input = el('input', { type: 'file', multiple: true, id: 'evidence-input', class: 'visually-hidden' });
  const source = el('input', { type: 'url', id: 'evidence-source', placeholder: 'Source URL (optional), e.g. https://t.me/…' });
  const drop = el('div', { class: 'dropzone', id: 'evidence-drop', tabindex: '0', role: 'button', 'aria-label': 'Add evidence files' },
    el('strong', {}, 'Drop files here'), ' or ', el('label', { for: 'evidence-input', class: 'linkish' }, 'choose files'),
    el('div', { class: 'hint' }, 'Photos, videos, audio, documents; several at once. Each is hashed (SHA-256) and stored once, unchanged.'));
  const start = (files) => { for (const f of files) uploadOne(incidentId, f, source.value.trim(), queue, () => loadEvidence(incidentId, list)); };
  input.addEventListener('change', () => { start(input.files); input.value = ''; });
  drop.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
  for (const t of ['dragenter', 'dragover']) drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add('over'); });
  for (const t of ['dragleave', 'drop']) drop.addEventListener(t, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); start(e.dataTransfer.files); });
  loadEvidence(incidentId, list);
  const bundle = el('a', { class: 'secondary', id: 'evidence-bundle', href: `/api/incidents/${incidentId}/evidence-bundle`, download: '' },
    'Download evidence bundle (zip: files, manifest, custody log)');
  return el('section', { class: 'evidence', id: 'evidence' }, el('h3', {}, 'Evidence'),
    can.edit() ? [drop, input, source, queue] : null, list,
    can.verify() ? [el('div', { class: 'actions' }, bundle), el('p', { class: 'hint' }, 'Check a bundle anywhere with: groundtruth verify-bundle FILE.zip')] : null);
}

// A file whose content contradicts its name is refused (415 TypeMismatch); the investigator may keep it anyway, typed
// by its content and flagged, when the name was changed on purpose.
function uploadOne(incidentId, file, sourceUrl, queue, done, acceptTypeMismatch = false, replacing = null) {
  const bar = el('progress', { max: '100', value: '0' });
  const status = el('span', { class: 'precision' }, 'waiting');
  const item = el('li', { class: 'upload' }, el('span', { class: 'name', dir: 'auto' }, file.name), bar, status);
  if (replacing) replacing.replaceWith(item); else queue.append(item);
  const xhr = new XMLHttpRequest();
  const params = new URLSearchParams({ incident: String(incidentId) });
  if (sourceUrl) params.set('sourceUrl', sourceUrl);
  if (acceptTypeMismatch) params.set('acceptTypeMismatch', 'true');
  xhr.open('POST', `/api/evidence?${params}`);
  xhr.setRequestHeader('X-Evidence-Name', encodeURIComponent(file.name));
  xhr.setRequestHeader('Accept', 'application/json');
  if (session.csrfToken) xhr.setRequestHeader('X-CSRF-Token', session.csrfToken);
  xhr.upload.addEventListener('progress', (e) => {
    if (e.lengthComputable) { bar.value = Math.round((e.loaded / e.total) * 100); status.textContent = `${bytes(e.loaded)} of ${bytes(e.total)}`; }
  });
  xhr.addEventListener('load', () => {
    let body = {};
    try { body = JSON.parse(xhr.responseText); } catch (_) { /* not JSON */ }
    if (xhr.status === 200 || xhr.status === 201) {
      bar.value = 100;
      status.textContent = xhr.status === 200 ? 'already held: added to its custody log' : `stored · SHA-256 ${body.sha256.slice(0, 12)}…`;
      item.classList.add('done');
      done();
    } else {
      item.classList.add('failed');
      status.replaceChildren(el('span', { class: 'error' }, body.description || `${xhr.status} ${xhr.statusText}`));
      if (body.code === 'TypeMismatch') {
        status.append(' ', el('button', { type: 'button', class: 'secondary keep-anyway',
          onclick: () => uploadOne(incidentId, file, sourceUrl, queue, done, true, item) }, 'Keep it anyway, typed by its content'));
      }
    }
  });
  xhr.addEventListener('error', () => { item.classList.add('failed'); status.replaceChildren(el('span', { class: 'error' }, 'the upload broke off; nothing was stored')); });
  status.textContent = 'uploading';
  xhr.send(file);
}

async function loadEvidence(incidentId, target) {
  let page;
  try { page = await getJson(`/api/evidence?incident=${incidentId}`); } catch (err) { target.replaceChildren(el('p', { class: 'error' }, err.message)); return; }
  if (!page.items.length) { target.replaceChildren(el('p', { class: 'hint' }, 'No evidence yet.')); return; }
  const rows = page.items.map((e) => {
    const cap = e.capture;
    const custody = el('details', { class: 'custody' }, el('summary', {}, 'Chain of custody'));
    custody.addEventListener('toggle', () => { if (custody.open) loadCustody(e.id, custody); });
    return [el('tr', { 'data-evidence-id': e.id },
      el('td', {}, can.verify() ? el('a', { href: e.fileHref, download: '', dir: 'auto' }, e.originalName) : el('span', { dir: 'auto' }, e.originalName),
        el('div', { class: 'hash', title: e.sha256 }, `SHA-256 ${e.sha256}`)),
      el('td', {}, e.mediaType, e.nameMismatch ? el('div', { class: 'warn' }, `name says ${e.nameMediaType}`) : null, el('div', { class: 'precision' }, bytes(e.sizeBytes))),
      el('td', {}, cap.capturedAt || '—', cap.capturedAtSource ? el('div', { class: 'precision' }, cap.capturedAtSource) : null,
        cap.latitude !== null ? el('div', { class: 'precision' }, `GPS ${cap.latitude.toFixed(5)}, ${cap.longitude.toFixed(5)}`) : null,
        cap.device ? el('div', { class: 'precision' }, cap.device) : null),
      el('td', { class: 'dups' }, e.nearDuplicates.length
        ? e.nearDuplicates.map((d) => el('div', { class: 'warn' }, `near-duplicate of #${d.evidenceId} ${d.originalName} (${d.distanceBits}/64 bits)`))
        : '—')),
    el('tr', { class: 'custody-row' }, el('td', { colspan: '4' }, custody))];
  });
  target.replaceChildren(el('table', { class: 'evidence-table' },
    el('tr', {}, el('th', {}, 'File'), el('th', {}, 'Type'), el('th', {}, 'Captured'), el('th', {}, 'Near-duplicates')), rows.flat()));
}

async function loadCustody(evidenceId, box) {
  let log;
  try { log = await getJson(`/api/evidence/${evidenceId}/custody`); } catch (err) { box.replaceChildren(box.firstChild, el('p', { class: 'error' }, err.message)); return; }
  const entries = el('ol', { class: 'custody-log' }, log.entries.map((c) => el('li', {},
    el('strong', {}, c.action), ` ${c.at} by ${c.actor}`,
    Object.keys(c.details).length ? el('div', { class: 'precision', dir: 'auto' }, Object.entries(c.details).map(([k, v]) => `${k}: ${v}`).join(' · ')) : null,
    el('div', { class: 'hash', title: `previous ${c.previousHash}` }, `entry ${c.entryHash}`))));
  const msg = el('div');
  const f = el('form', { class: 'incident-form verify-form' },
    el('fieldset', {}, el('legend', {}, 'Record a verification step'),
      el('label', {}, 'Kind', el('select', { name: 'kind' }, ['geolocated', 'chronolocated', 'authenticated', 'other'].map((k) => el('option', { value: k }, k)))),
      el('label', {}, 'How', el('input', { name: 'method', required: true, placeholder: 'e.g. skyline matched against satellite imagery' })),
      el('label', {}, 'Result', el('input', { name: 'result', required: true, placeholder: 'e.g. 35.8135, 36.6115 within 50 m' })),
      el('button', { class: 'secondary', type: 'submit' }, 'Record'), msg));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    try { await sendJson('POST', `/api/evidence/${evidenceId}/verifications`, Object.fromEntries(new FormData(f))); loadCustody(evidenceId, box); } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  });
  box.replaceChildren(box.firstChild, entries, can.verify() ? f : null);
}

const OBJECTS = ['residential', 'market', 'place_of_worship', 'medical', 'school', 'civil_defence', 'water_and_power', 'displacement_camp', 'other'];

async function renderForm(id) {
  const mine = beginView(false);
  let inc = null;
  if (id) { try { inc = await getJson(`/api/incidents/${id}`); } catch (err) { if (mine === viewNo) $('view').replaceChildren(el('p', { class: 'error' }, err.message)); return; } }
  if (mine !== viewNo) return;
  const d = inc ? inc.date : { precision: 'day', firstDay: '', lastDay: '', localTime: null, utcOffset: null };
  const l = inc ? inc.location : { lat: null, lon: null, precision: 'town', radiusMetres: null, placeName: '', governorate: '', district: '', countryCode: 'SY' };
  const c = inc ? inc.casualties : {};
  const input = (name, value, attrs = {}) => el('input', { name, value: value ?? '', ...attrs });
  const select = (name, options, value) => el('select', { name }, options.map((o) => el('option', { value: o, selected: o === value }, o.replace(/_/g, ' '))));
  const range = (key, label) => el('div', { class: 'row' },
    el('label', {}, `${label} (min)`, input(`${key}Min`, c[key]?.min, { type: 'number', min: 0 })),
    el('label', {}, `${label} (max)`, input(`${key}Max`, c[key]?.max, { type: 'number', min: 0 })));
  const msg = el('div', { id: 'form-message' });
  const f = el('form', { class: 'incident-form', id: 'incident-form', novalidate: true },
    el('h2', {}, inc ? `Correct: ${inc.title}` : 'New incident'),
    el('label', {}, 'Title', input('title', inc?.title, { required: true })),
    el('label', {}, 'Summary', el('textarea', { name: 'summary' }, inc?.summary || '')),
    el('fieldset', {}, el('legend', {}, 'When'),
      el('label', {}, 'Precision', select('datePrecision', ['exact_time', 'day', 'week', 'month', 'year'], d.precision)),
      el('div', { class: 'row' }, el('label', {}, 'First day', input('firstDay', d.firstDay, { type: 'date', required: true })),
        el('label', {}, 'Last day', input('lastDay', d.lastDay, { type: 'date' }))),
      el('div', { class: 'row' }, el('label', {}, 'Local time (exact time only)', input('localTime', d.localTime, { type: 'time' })),
        el('label', {}, 'UTC offset', input('utcOffset', d.utcOffset, { placeholder: '+03:00' })))),
    el('fieldset', {}, el('legend', {}, 'Where'),
      el('p', { class: 'hint' }, 'Click the map to set the coordinates, or type them.'),
      el('div', { class: 'row' }, el('label', {}, 'Latitude', input('lat', l.lat, { type: 'number', step: 'any' })),
        el('label', {}, 'Longitude', input('lon', l.lon, { type: 'number', step: 'any' }))),
      el('div', { class: 'row' }, el('label', {}, 'Precision', select('locationPrecision', ['exact', 'neighbourhood', 'town', 'district', 'governorate', 'country'], l.precision === 'unknown' ? 'town' : l.precision)),
        el('label', {}, 'Radius (m)', input('radiusMetres', l.radiusMetres, { type: 'number', min: 0 }))),
      el('label', {}, 'Place name', input('placeName', l.placeName)),
      el('div', { class: 'row' }, el('label', {}, 'Governorate', input('governorate', l.governorate)), el('label', {}, 'District', input('district', l.district))),
      el('label', {}, 'Country code', input('countryCode', l.countryCode))),
    el('fieldset', {}, el('legend', {}, 'Civilian casualties'), range('killed', 'Killed'), range('injured', 'Injured'),
      range('childrenKilled', 'Children killed'), range('womenKilled', 'Women killed'), range('menKilled', 'Men killed')),
    el('fieldset', {}, el('legend', {}, 'Objects hit'), el('div', { class: 'checks' },
      OBJECTS.map((o) => el('label', {}, el('input', { type: 'checkbox', name: 'objectsHit', value: o, checked: inc?.objectsHit.includes(o) }), objectLabels[o] || o)))),
    el('label', {}, 'Alleged perpetrators (one per line)', el('textarea', { name: 'perpetrators' }, (inc?.perpetrators || []).join('\n'))),
    el('label', {}, 'Weapons (one per line)', el('textarea', { name: 'weapons' }, (inc?.weapons || []).join('\n'))),
    inc ? null : el('fieldset', {}, el('legend', {}, 'First report'),
      el('label', {}, 'Source', input('sourceName', '', { placeholder: 'who said it' })),
      el('label', {}, 'Link', input('sourceUrl', '', { type: 'url', placeholder: 'https://…' })),
      el('label', {}, 'What it says', el('textarea', { name: 'reportText' }))),
    msg,
    el('div', { class: 'actions' }, el('button', { class: 'primary', type: 'submit' }, inc ? 'Save correction' : 'Create incident'),
      el('a', { class: 'secondary', href: inc ? `#/incidents/${inc.id}` : '#/' }, 'Cancel')));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(f);
    const v = (k) => { const s = (data.get(k) || '').toString().trim(); return s === '' ? null : s; };
    const n = (k) => (v(k) === null ? null : Number(v(k)));
    const lines = (k) => (v(k) || '').split('\n').map((s) => s.trim()).filter(Boolean);
    const rng = (k) => ({ min: n(`${k}Min`), max: n(`${k}Max`) });
    const placed = v('lat') !== null || v('lon') !== null;
    const payload = {
      title: v('title'), summary: v('summary'),
      date: { precision: v('datePrecision'), firstDay: v('firstDay'), lastDay: v('lastDay') || v('firstDay'), localTime: v('localTime'), utcOffset: v('utcOffset') },
      location: { lat: n('lat'), lon: n('lon'), precision: placed ? v('locationPrecision') : null, radiusMetres: n('radiusMetres'),
        placeName: v('placeName'), governorate: v('governorate'), district: v('district'), countryCode: v('countryCode') },
      casualties: { killed: rng('killed'), injured: rng('injured'), childrenKilled: rng('childrenKilled'), womenKilled: rng('womenKilled'), menKilled: rng('menKilled') },
      objectsHit: data.getAll('objectsHit'), perpetrators: lines('perpetrators'), weapons: lines('weapons'),
    };
    if (payload.date.precision !== 'exact_time') { payload.date.localTime = null; }
    try {
      let saved;
      if (inc) {
        if (inc.location.lat === payload.location.lat && inc.location.lon === payload.location.lon) delete payload.location.lat, delete payload.location.lon;
        saved = await sendJson('PATCH', `/api/incidents/${inc.id}`, payload);
      } else {
        if (v('sourceName') || v('sourceUrl')) payload.reports = [{ source: { name: v('sourceName'), url: v('sourceUrl') }, text: v('reportText') }];
        saved = await sendJson('POST', '/api/incidents', payload);
      }
      location.hash = `#/incidents/${saved.id}`;
      refresh();
    } catch (err) {
      msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message));
    }
  });
  $('view').replaceChildren(f);
  scrollToView();
}

// ---------- merge review queue ----------
function incidentCard(i) {
  const l = i.location || {};
  return el('div', { class: 'merge-side' },
    el('a', { href: `#/incidents/${i.id}`, class: 'title', dir: 'auto' }, `#${i.internalId || i.id} ${i.title}`),
    i.mergedInto ? el('div', { class: 'tag' }, `merged into #${i.mergedInto}`) : null,
    el('div', {}, i.date ? i.date.display : ''),
    el('div', {}, [l.placeName, l.governorate].filter(Boolean).join(', ') || 'place not named'),
    el('div', { class: 'precision' }, `location ${l.precision || 'unknown'} · date ${i.date ? i.date.precision.replace('_', ' ') : 'unknown'}`),
    el('div', {}, (i.objectsHit || []).map((o) => objectLabels[o] || o).join(', ') || 'objects hit not recorded'),
    el('div', { class: 'precision' }, plural(i.reportCount || 0, 'report', 'reports')));
}

async function renderMerges(status) {
  const mine = beginView();
  let page;
  try { page = await getJson(`/api/merges?status=${status}&limit=50`); } catch (err) { if (mine === viewNo) $('view').replaceChildren(el('p', { class: 'error' }, err.message)); return; }
  if (mine !== viewNo) return;
  const tabs = el('p', { class: 'merge-tabs' }, ['pending', 'applied', 'rejected', 'superseded'].map((s) =>
    s === status ? el('strong', {}, s) : el('a', { href: `#/merges/${s}` }, s)).flatMap((x, k) => (k ? [' · ', x] : [x])));
  const list = el('ul', { class: 'merge-list', id: 'merge-list' });
  for (const p of page.items) {
    const msg = el('div', { class: 'merge-msg', 'aria-live': 'polite' });
    const note = el('input', { type: 'text', class: 'merge-note', placeholder: 'note (why)', 'aria-label': `Note for proposal ${p.id}` });
    const act = (step, label) => el('button', { type: 'button', class: step === 'apply' ? 'primary' : 'secondary', 'data-step': step,
      onclick: async () => {
        try {
          await sendJson('POST', `/api/merges/${p.id}/${step}`, note.value.trim() ? { note: note.value.trim() } : {});
          await refresh();
          renderMerges(status);
        } catch (err) { msg.replaceChildren(el('span', { class: 'error' }, err.message)); }
      } }, label);
    const buttons = !can.decideMerge() ? [] : p.status === 'pending' ? [act('apply', 'Accept: same strike'), note, act('reject', 'Reject: different strikes')]
      : p.status === 'applied' ? [act('undo', 'Undo'), note, act('reject', 'Split: different strikes')] : [];
    list.append(el('li', { class: 'merge-item', 'data-id': p.id },
      el('div', { class: 'merge-head' }, el('span', { class: 'confidence' }, `confidence ${Math.round(p.confidence * 100)}%`),
        ` · proposal #${p.id}`, p.automatic ? ' · applied automatically' : '', p.decidedBy ? ` · ${p.status} by ${p.decidedBy}` : ''),
      el('div', { class: 'merge-reason' }, p.reason),
      p.note ? el('div', { class: 'precision' }, `note: ${p.note}`) : null,
      el('div', { class: 'merge-pair' }, incidentCard(p.incidents[0]), incidentCard(p.incidents[1])),
      el('div', { class: 'actions' }, buttons), msg));
  }
  $('view').replaceChildren(el('section', { id: 'merge-queue' },
    el('a', { href: '#/' }, '← All incidents'),
    el('h2', {}, 'Merge review queue'), tabs,
    el('p', { class: 'summary-line' }, `${plural(page.numberMatched, 'proposal', 'proposals')} ${status}`,
      page.numberReturned < page.numberMatched ? `; showing ${page.numberReturned}` : '', '.',
      status === 'pending' ? ' Accepting moves the later incident\'s reports under the earlier one; nothing is deleted and it can be undone.' : ''),
    list));
  scrollToView();
}

function route() {
  const r = currentRoute();
  if (r.name !== 'incident' && r.name !== 'claim') showSelection(null);
  if (r.name === 'incident') renderIncident(r.id);
  else if (r.name === 'edit') renderForm(r.id);
  else if (r.name === 'new') renderForm(null);
  else if (r.name === 'claims') renderClaims(r.unplaced);
  else if (r.name === 'claim') renderClaim(r.id);
  else if (r.name === 'login') renderLogin();
  else if (r.name === 'audit') renderAudit();
  else if (r.name === 'account') renderMyAccount();
  else if (r.name === 'merges') renderMerges(r.status);
  else renderList();
  // Fold the filters while reading or editing one incident, so that it starts at the top of the panel.
  $('filters').open = r.name === 'list' && !isPhone();
  if (r.name !== 'list') document.querySelector('.panel').scrollTop = 0;
}
function isPhone() { return window.matchMedia('(max-width: 760px)').matches; }
function scrollToView() { if (isPhone()) $('view').scrollIntoView({ block: 'start' }); }

// Phones start with the filters folded so that the map and the list come first.
if (isPhone()) $('filters').open = false;

await loadSession();
await Promise.all([loadBasemap().catch((e) => console.warn('basemap', e)), loadChoices().catch((e) => console.warn('choices', e))]);
await refresh();
// Listen only now: this route() renders whatever the hash has become meanwhile, and an earlier listener would render
// the same page twice, the second replacing the first while someone reads it.
window.addEventListener('hashchange', route);
route();
map.invalidateSize();
if (clusters.getLayers().length && currentRoute().name === 'list') map.fitBounds(clusters.getBounds(), { padding: [30, 30], maxZoom: 9 });
document.body.dataset.ready = 'true';
