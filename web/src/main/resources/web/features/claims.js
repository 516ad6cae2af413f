// Claims by the parties: the ledger's list and one claim's page (signed in), and on the incident page the claims that
// match it and the parties' responses.
import { el, $, safeUrl, plural, factRow, beginView, isCurrent, showViewError, scrollToView } from '../shared/dom.js';
import { session, can, getJson, sendJson } from '../shared/session.js';
import { addRoute, addNavLink } from '../shared/router.js';
import { map, selection } from './map.js';
import { addIncidentSection } from './incident.js';

const L = window.L;

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

function responsesSection(inc, reload) {
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
      reload();
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
  try { page = await getJson(`/api/claims?limit=500${unplaced ? '&unplaced=true' : ''}`); } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
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
  try { c = await getJson(`/api/claims/${id}`); } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
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
      el('span', { class: 'precision' }, ` · ${m.date || ''} · killed ${m.killed && m.killed !== 'unknown' ? m.killed : 'not counted'} · score ${m.score.toFixed(2)}`)), el('div', { class: 'text' }, m.reason)));
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

addIncidentSection(30, claimsSection);
addIncidentSection(40, responsesSection);
addRoute('claim', /^\/claims\/(\d+)$/, (r) => renderClaim(r.id), { params: (m) => ({ id: m[1] }), keepsSelection: true });
addRoute('claims', /^\/claims(\?unplaced)?$/, (r) => renderClaims(r.unplaced), { params: (m) => ({ unplaced: !!m[1] }) });
addNavLink({ id: 'claims-link', href: '#/claims', label: 'Claims', order: 40, visible: () => !!session.user });
