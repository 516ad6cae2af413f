// The search the map, the timeline and the list all show: the filters, and what the server answered for them.
import { el, $, plural } from './dom.js';
import { getJson } from './session.js';

export const filter = { from: '', to: '', governorate: '', object: '', actor: '', q: '', claimed: '', grade: '', party: '' };
/** Labels of the civilian-object codes, as the server names them (filled at start by the filters). */
export const objectLabels = {};
/** The latest answer: the matching features (up to the fetch limit), how many match in all, and the weekly/monthly counts. */
export const results = { features: [], matched: 0, stats: null };

export function filterParams(withPeriod = true) {
  const p = new URLSearchParams();
  if (withPeriod && (filter.from || filter.to)) p.set('datetime', `${filter.from || '..'}/${filter.to || '..'}`);
  for (const k of ['governorate', 'object', 'actor', 'q', 'claimed', 'grade', 'party']) if (filter[k]) p.set(k, filter[k]);
  return p;
}

const listeners = [];
/** Runs with the results after each search that was not overtaken by a newer one. */
export function onResults(fn) { listeners.push(fn); }

let refreshNo = 0;
/** Searches again with the current filters; an answer overtaken by a newer search is dropped. */
export async function refresh() {
  const mine = ++refreshNo;
  $('match-count').textContent = '…';
  const items = new URLSearchParams(filterParams()); items.set('limit', '10000');
  try {
    const [page, stats] = await Promise.all([
      getJson(`/ogc/collections/incidents/items?${items}`),
      getJson(`/api/stats?${filterParams(false)}`),
    ]);
    if (mine !== refreshNo) return;
    results.features = page.features; results.matched = page.numberMatched; results.stats = stats;
    $('match-count').textContent = `${plural(results.matched, 'incident', 'incidents')} match`;
    for (const fn of listeners) fn(results);
  } catch (err) {
    if (mine !== refreshNo) return;
    $('match-count').textContent = 'error';
    $('view').replaceChildren(el('p', { class: 'error' }, err.message));
  }
}
