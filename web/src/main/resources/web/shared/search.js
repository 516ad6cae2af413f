// The search the map, the timeline and the list all show: the filters, and what the server answered for them.
import { el, $, plural } from './dom.js';
import { getJson } from './session.js';
import { currentRoute } from './router.js';

// The filters, in the address too (#/?governorate=Idlib&from=2015-10-01), so that a view can be shared; "bbox" is the
// area of a map cell the reader opened (its incidents are listed).
export const filter = { from: '', to: '', governorate: '', object: '', actor: '', q: '', claimed: '', grade: '', party: '', bbox: '' };
/** Labels of the civilian-object codes, as the server names them (filled at start by the filters). */
export const objectLabels = {};
/**
 * The latest answer: the newest matching incidents (a page of the list), how many match in all and how many of them
 * are placed, and the weekly/monthly counts without the period (the timeline's bars).
 */
export const results = { features: [], matched: 0, placed: 0, stats: null };
export const LIST_LIMIT = 200;

export function filterParams(withPeriod = true) {
  const p = new URLSearchParams();
  if (withPeriod && (filter.from || filter.to)) p.set('datetime', `${filter.from || '..'}/${filter.to || '..'}`);
  for (const k of ['bbox', 'governorate', 'object', 'actor', 'q', 'claimed', 'grade', 'party']) if (filter[k]) p.set(k, filter[k]);
  return p;
}

// Besides the filters, the list's address carries parts of the view that other modules own (the map's position,
// #/?governorate=Idlib&map=9/35.93/36.63), so that a shared address opens where it was.
const addressParts = [];
/**
 * A part of the view kept in the address under {@code key}: {@code read()} gives its value as the address writes it
 * (or '' for none), {@code write(value)} applies a value from an opened address. Changing it searches nothing again.
 */
export function addAddressPart(key, { read, write }) { addressParts.push({ key, read, write }); }

/** The filters as the address writes them (only those set), then the other parts of the view. */
export function filterQuery() {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) p.set(k, v);
  for (const part of addressParts) { const v = part.read(); if (v) p.set(part.key, v); }
  // "/" and "," may stand in an address's fragment as they are: map=9/35.9/36.6 and bbox=36.1,35.7,36.9,36.2 stay readable
  return p.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
}
const filterListeners = [];
/** Runs when the filters were set from an address (the form shows them). */
export function onFilterFromAddress(fn) { filterListeners.push(fn); }
/** Sets every filter from an address's query (those it does not name are cleared); true when something changed. */
export function setFilterFromQuery(query) {
  const p = new URLSearchParams(query);
  let changed = false;
  for (const k of Object.keys(filter)) {
    const v = (p.get(k) || '').trim();
    if (filter[k] !== v) { filter[k] = v; changed = true; }
  }
  for (const part of addressParts) if (p.get(part.key)) part.write(p.get(part.key));
  if (changed) for (const fn of filterListeners) fn();
  return changed;
}
/** While the list is shown, the address names its filters (replaced in place: no history entry per keystroke). */
export function showFiltersInAddress() {
  if (currentRoute().name !== 'list') return;
  const q = filterQuery();
  history.replaceState(history.state, '', `${location.pathname}${location.search}#/${q ? `?${q}` : ''}`);
}
/** After the reader changed a filter: into the address, and search again. */
export function filtersChanged() {
  showFiltersInAddress();
  return refresh();
}

const listeners = [];
/** Runs with the results after each search that was not overtaken by a newer one. */
export function onResults(fn) { listeners.push(fn); }

let refreshNo = 0;
/** Searches again with the current filters; an answer overtaken by a newer search is dropped. */
export async function refresh() {
  const mine = ++refreshNo;
  $('match-count').textContent = '…';
  const items = new URLSearchParams(filterParams()); items.set('limit', String(LIST_LIMIT)); items.set('sort', '-date');
  const withPeriod = filter.from || filter.to;
  try {
    const [page, stats, inPeriod] = await Promise.all([
      getJson(`/ogc/collections/incidents/items?${items}`),
      getJson(`/api/stats?${filterParams(false)}`),
      withPeriod ? getJson(`/api/stats?${filterParams()}`) : null,
    ]);
    if (mine !== refreshNo) return;
    results.features = page.features; results.matched = page.numberMatched; results.stats = stats;
    results.placed = (inPeriod || stats).placed;
    $('match-count').textContent = `${plural(results.matched, 'incident', 'incidents')} match`;
    for (const fn of listeners) fn(results);
  } catch (err) {
    if (mine !== refreshNo) return;
    $('match-count').textContent = 'error';
    $('view').replaceChildren(el('p', { class: 'error' }, err.message));
  }
}
