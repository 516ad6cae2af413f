// One incident's page: its facts, casualties and reports, then the sections other features add to it (assessment,
// review, claims and responses, evidence, testimony), each placed by its order number.
import { el, $, safeUrl, plural, factRow, beginView, isCurrent, showViewError, scrollToView } from '../shared/dom.js';
import { can, getJson, sendJson } from '../shared/session.js';
import { objectLabels, KIND_LABELS, countText } from '../shared/search.js';
import { addRoute } from '../shared/router.js';
import { map, showSelection } from './map.js';

const sections = [];
/**
 * Adds a part to every incident page, placed by {@code order} (the incident's own reports are 50).
 * {@code build(inc, reload)} returns nodes, null, or a promise of them; {@code reload()} draws the page again (after a
 * change the part made). {@code shown(inc)} runs once the page is on screen.
 */
export function addIncidentSection(order, build, shown = null) {
  sections.push({ order, build, shown });
  sections.sort((a, b) => a.order - b.order);
}

function metres(m) { return m >= 1000 ? `${Math.round(m / 100) / 10} km` : `${m} m`; }

async function renderIncident(id) {
  const mine = beginView();
  let inc;
  try { inc = await getJson(`/api/incidents/${id}`); } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
  const d = inc.date, l = inc.location, c = inc.casualties;
  const facts = el('dl', { class: 'facts' });
  factRow(facts, 'Kind of event', KIND_LABELS[inc.kind] || inc.kind);
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
      .map(([k, r]) => el('tr', {}, el('td', {}, k), el('td', {}, countText(r.display)))));
  const reload = () => renderIncident(inc.id);
  const parts = await Promise.all(sections.map((s) => s.build(inc, reload)));
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
    parts);
  if (!isCurrent(mine)) return;
  $('view').replaceChildren(view);
  for (const s of sections) if (s.shown) s.shown(inc);
  scrollToView();
  showSelection(l);
  if (l.lat !== null) map.setView([l.lat, l.lon], Math.max(map.getZoom(), 10));
}

function reportsSection(inc, reload) {
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
  return [el('h3', {}, `Reports (${inc.reports.length})`), reports, can.edit() ? addReportForm(inc.id, reload, inc.status === 'published') : null];
}

// On a published incident a new report is a correction: it asks why, and waits for a reviewer (decision 0752).
function addReportForm(id, reload, published) {
  const msg = el('div');
  const f = el('form', { class: 'incident-form', id: 'add-report-form' },
    el('fieldset', {}, el('legend', {}, 'Add a report'),
      el('label', {}, 'Source', el('input', { name: 'name', required: true, placeholder: 'e.g. SOHR, a witness, Airwars' })),
      el('label', {}, 'Link', el('input', { name: 'url', type: 'url', placeholder: 'https://…' })),
      el('label', {}, 'What it says', el('textarea', { name: 'text' })),
      published ? el('label', {}, 'Why (a reviewer reads it before the public sees the report)', el('input', { name: 'reason', id: 'report-reason', required: true })) : null,
      el('button', { class: 'secondary', type: 'submit' }, published ? 'Send report for review' : 'Add report'), msg));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = Object.fromEntries(new FormData(f));
    try {
      await sendJson('POST', `/api/incidents/${id}/reports`, { source: { name: v.name || null, url: v.url || null }, text: v.text || null, reason: v.reason || null });
      reload();
    } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  });
  return f;
}

addIncidentSection(50, reportsSection);
// Incidents are addressed by their public id (decision 0740); signed-in users may also use the internal number.
addRoute('incident', /^\/incidents\/([0-9a-zA-Z]{1,20})$/, (r) => renderIncident(r.id), { params: (m) => ({ id: m[1] }), keepsSelection: true });
