// The list of matching incidents, newest first: the page every other page leads back to.
import { el, $, plural, beginView } from '../shared/dom.js';
import { objectLabels, results, onResults } from '../shared/search.js';
import { setFallbackRoute, currentRoute, addNavLink } from '../shared/router.js';

function renderList() {
  beginView(false);
  const { features, matched } = results;
  // Newest first: the list is where people look for what just happened.
  const shown = [...features].sort((a, b) => (b.properties.dateFirstDay || '').localeCompare(a.properties.dateFirstDay || '') || (b.properties.internalId || 0) - (a.properties.internalId || 0) || String(a.id).localeCompare(String(b.id))).slice(0, 200);
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
  const unplaced = features.filter((f) => !f.geometry).length;
  $('view').replaceChildren(
    el('p', { class: 'summary-line' },
      `${plural(matched, 'incident', 'incidents')} match`,
      unplaced ? `; ${plural(unplaced, 'is', 'are')} not placed on the map` : '',
      shown.length < matched ? `. Listing the newest ${shown.length}` : '',
      features.length < matched ? `; the map shows ${features.length.toLocaleString('en')} of them (narrow the filters to see the rest).` : '.'),
    list);
}

setFallbackRoute('list', renderList);
addNavLink({ id: 'incidents-link', href: '#/', label: 'Incidents', order: 10 });
onResults(() => { if (currentRoute().name === 'list') renderList(); });
