// The filter panel: each change searches again (debounced for typing) and is written into the address; an address
// with filters (#/?object=market&q=Ariha) sets them. The choices (governorates, objects hit) come from the server.
// The panel folds while one incident is read or edited, and on a phone.
import { el, $, isPhone } from '../shared/dom.js';
import { getJson } from '../shared/session.js';
import { filter, objectLabels, filtersChanged, setFilterFromQuery, onFilterFromAddress } from '../shared/search.js';
import { onRoute } from '../shared/router.js';
import { atStart } from '../shared/boot.js';
import { showObjectives } from './map.js';

const form = $('filter-form');
const FIELDS = { 'f-from': 'from', 'f-to': 'to', 'f-governorate': 'governorate', 'f-object': 'object', 'f-actor': 'actor', 'f-q': 'q',
  'f-claimed': 'claimed', 'f-grade': 'grade', 'f-party': 'party', 'f-kind': 'kind' };
let debounce = null;
function onFilterInput(e) {
  const t = e.target;
  if (t.id === 'f-objectives') { if (e.type === 'change') showObjectives(t.checked).catch(() => {}); return; }
  const key = FIELDS[t.id];
  if (!key) return;
  filter[key] = t.value.trim();
  clearTimeout(debounce);
  debounce = setTimeout(filtersChanged, 250);
}
form.addEventListener('input', onFilterInput);
form.addEventListener('change', onFilterInput);
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('reset', () => { setTimeout(() => { for (const k of Object.keys(filter)) filter[k] = ''; showObjectives(false); filtersChanged(); }, 0); });

/** Shows the filters in the form (after they came from an address); a choice the list lacks is added to it. */
function showFiltersInForm() {
  for (const [id, key] of Object.entries(FIELDS)) {
    const input = $(id);
    if (input.tagName === 'SELECT' && filter[key] && ![...input.options].some((o) => o.value === filter[key])) {
      input.append(el('option', { value: filter[key] }, filter[key]));
    }
    input.value = filter[key];
  }
}
// A shared address's filters apply from the first search on (the form shows them once its choices are loaded).
if (location.hash.startsWith('#/?')) setFilterFromQuery(location.hash.slice(3));
onFilterFromAddress(showFiltersInForm);

async function loadChoices() {
  const data = await getJson('/api/governorates');
  const gov = $('f-governorate');
  for (const name of data.governorates) gov.append(el('option', { value: name }, name));
  const obj = $('f-object');
  for (const o of data.objects) { obj.append(el('option', { value: o.code }, o.label)); objectLabels[o.code] = o.label; }
}
atStart('choices', () => loadChoices().finally(showFiltersInForm));

// Phones start with the filters folded so that the map and the list come first.
if (isPhone()) $('filters').open = false;
// Fold the filters while reading or editing one incident, so that it starts at the top of the panel.
onRoute((r) => {
  $('filters').open = r.name === 'list' && !isPhone();
  if (r.name !== 'list') document.querySelector('.panel').scrollTop = 0;
});
