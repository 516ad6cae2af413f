// The list of matching incidents, newest first or in another order by a date (the server sorts): the page every
// other page leads back to. Its address carries the filters and the order (#/?governorate=Idlib&sort=date), so a view
// can be shared.
import { el, $, plural, beginView } from '../shared/dom.js';
import { filter, objectLabels, results, onResults, refresh, setFilterFromQuery, showFiltersInAddress, filtersChanged, KIND_LABELS, countText, LIST_ORDERS, listOrder } from '../shared/search.js';
import { addRoute, setFallbackRoute, currentRoute, addNavLink } from '../shared/router.js';

const actions = [];
/**
 * Adds something to the list's head for the matching incidents (bulk review adds "Review these N"): {@code build(results)}
 * returns a node or null, and runs at each render.
 */
export function addListAction(build) { actions.push(build); }

function renderList() {
  beginView(false);
  const { features, matched, placed } = results;
  const list = el('ul', { class: 'incident-list', id: 'incident-list' });
  for (const f of features) {
    const p = f.properties;
    const tags = (p.objectsHit ? p.objectsHit.split('; ') : []).map((o) => el('span', { class: 'tag' }, objectLabels[o] || o));
    if (!f.geometry) tags.push(el('span', { class: 'tag unplaced' }, 'not placed'));
    if (p.grade) tags.push(el('span', { class: `tag grade grade-${p.grade}` }, p.grade));
    if (p.claimed) tags.push(el('span', { class: 'tag claimed' }, 'claimed by a party'));
    if (p.kind && p.kind !== 'air_strike') tags.push(el('span', { class: `tag kind kind-${p.kind}` }, KIND_LABELS[p.kind] || p.kind));
    list.append(el('li', {}, el('a', { href: `#/incidents/${f.id}` },
      el('span', { class: 'title', dir: 'auto' }, p.title),
      el('span', { class: 'meta' }, [p.date, [p.place, p.governorate].filter(Boolean).join(', '), `killed ${countText(p.killed)}`,
        listOrder().sort.endsWith('updated') && p.updatedAt ? `updated ${p.updatedAt.slice(0, 10)}` : null].filter(Boolean).join(' · ')),
      tags)));
  }
  const unplaced = matched - placed;
  $('view').replaceChildren(...[
    filter.bbox ? el('p', { class: 'area-note', id: 'area-note' }, 'In the area opened on the map. ',
      el('button', { type: 'button', class: 'linkish', id: 'area-clear', onclick: () => { filter.bbox = ''; filtersChanged(); } }, 'List the whole map')) : null,
    el('p', { class: 'summary-line' },
      `${plural(matched, 'incident', 'incidents')} match`,
      unplaced > 0 ? `; ${plural(unplaced, 'is', 'are')} not placed on the map` : '',
      features.length < matched ? `. Listing the ${listOrder().showing} ${features.length}.` : '.'),
    ...actions.map((build) => build(results)),
    matched > 1 ? el('label', { class: 'list-order' }, 'Order ',
      el('select', { id: 'list-order', onchange: (e) => { filter.sort = e.target.value === LIST_ORDERS[0].sort ? '' : e.target.value; filtersChanged(); } },
        LIST_ORDERS.map((o) => el('option', { value: o.sort, selected: o === listOrder() }, o.label)))) : null,
    list].filter(Boolean));
}

function showList(r) {
  // An address with filters sets them (and searches again); the bare list keeps the current ones and names them.
  if (r.query && setFilterFromQuery(r.query)) refresh();
  else showFiltersInAddress();
  renderList();
}

addRoute('list', /^\/(?:\?(.*))?$/, showList, { params: (m) => ({ query: m[1] || '' }) });
setFallbackRoute('list', () => showList({ query: '' }));
addNavLink({ id: 'incidents-link', href: '#/', label: 'Incidents', order: 10 });
onResults(() => { if (currentRoute().name === 'list') renderList(); });
