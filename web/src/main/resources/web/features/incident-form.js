// The form that creates an incident or corrects one (JSON merge-patch). The place is looked up in the gazetteer as its
// name is typed (Arabic, Latin or Ukrainian; choosing one fills the coordinates, precision, governorate and district);
// coordinates stay possible for experts, typed or set by a click on the map while the form is open.
// A correction asks why; on a published incident it waits for a reviewer (decision 0752) and the form starts from
// the corrections already waiting, so that a second one builds on the first.
import { el, $, beginView, isCurrent, showViewError, scrollToView } from '../shared/dom.js';
import { can, getJson, sendJson } from '../shared/session.js';
import { objectLabels, refresh, KIND_LABELS } from '../shared/search.js';
import { addRoute, addNavLink } from '../shared/router.js';
import { map } from './map.js';
import { placeLookup } from './place-lookup.js';

const L = window.L;
const OBJECTS = ['residential', 'market', 'place_of_worship', 'medical', 'school', 'civil_defence', 'water_and_power', 'displacement_camp', 'other'];

// The governorate is chosen from those the gazetteer knows, not typed (a typo would hide the incident from the filter).
let knownGovernorates = null;
async function governorateChoices() {
  if (!knownGovernorates) knownGovernorates = (await getJson('/api/governorates')).known || [];
  return knownGovernorates;
}

async function renderForm(id) {
  const mine = beginView(false);
  let inc = null, governorates;
  try {
    [inc, governorates] = await Promise.all([id ? getJson(`/api/incidents/${id}`) : null, governorateChoices()]);
  } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
  const published = inc?.status === 'published';
  if (inc?.pendingRevision) inc = { ...inc, ...inc.pendingRevision.facts };
  const d = inc ? inc.date : { precision: 'day', firstDay: '', lastDay: '', localTime: null, utcOffset: null };
  const l = inc ? inc.location : { lat: null, lon: null, precision: 'town', radiusMetres: null, placeName: '', governorate: '', district: '', countryCode: 'SY' };
  const c = inc ? inc.casualties : {};
  const input = (name, value, attrs = {}) => el('input', { name, value: value ?? '', ...attrs });
  const select = (name, options, value) => el('select', { name }, options.map((o) => el('option', { value: o, selected: o === value }, o.replace(/_/g, ' '))));
  const range = (key, label) => el('div', { class: 'row' },
    el('label', {}, `${label} (min)`, input(`${key}Min`, c[key]?.min, { type: 'number', min: 0 })),
    el('label', {}, `${label} (max)`, input(`${key}Max`, c[key]?.max, { type: 'number', min: 0 })));
  const msg = el('div', { id: 'form-message' });
  // Coordinates for experts: folded under the place, open where the incident has coordinates no place gave.
  const coordinates = el('details', { class: 'coordinates', id: 'coordinates', open: l.lat !== null && l.placedBy !== 'gazetteer' && l.placedBy !== 'source' },
    el('summary', {}, 'Coordinates and precision (for experts; a click on the map sets them)'),
    el('div', { class: 'row' }, el('label', {}, 'Latitude', input('lat', l.lat, { type: 'number', step: 'any' })),
      el('label', {}, 'Longitude', input('lon', l.lon, { type: 'number', step: 'any' }))),
    el('div', { class: 'row' }, el('label', {}, 'Precision', select('locationPrecision', ['exact', 'neighbourhood', 'town', 'district', 'governorate', 'country'], l.precision === 'unknown' ? 'town' : l.precision)),
      el('label', {}, 'Radius (m)', input('radiusMetres', l.radiusMetres, { type: 'number', min: 0 }))),
    el('label', {}, 'Country code', input('countryCode', l.countryCode)));
  const placeInput = input('placeName', l.placeName, { id: 'place-name' });
  // The place chosen from the gazetteer, while its coordinates stand as it gave them (then they are the gazetteer's).
  let chosen = null;
  const placeSuggestions = placeLookup(placeInput, (p) => {
    const form = placeInput.form;
    placeInput.value = p.name;
    form.elements.lat.value = p.lat;
    form.elements.lon.value = p.lon;
    form.elements.locationPrecision.value = p.precision;
    form.elements.radiusMetres.value = '';
    form.elements.countryCode.value = p.countryCode;
    form.elements.district.value = p.district || '';
    const gov = form.elements.governorate;
    if (p.governorate && ![...gov.options].some((o) => o.value === p.governorate)) gov.append(el('option', { value: p.governorate }, p.governorate));
    gov.value = p.governorate || '';
    chosen = { lat: String(p.lat), lon: String(p.lon) };
    $('place-note').textContent = `Placed at ${[p.name, p.arabicName, p.ukrainianName].filter(Boolean).join(' · ')} (${p.precision}${p.governorate ? `, ${p.governorate}` : ''}, ${p.countryCode}) from the gazetteer: ${Number(p.lat).toFixed(5)}, ${Number(p.lon).toFixed(5)}.`;
    L.Util.requestAnimFrame(() => map.setView([p.lat, p.lon], Math.max(map.getZoom(), p.precision === 'governorate' ? 8 : 12)));
  });
  const f = el('form', { class: 'incident-form', id: 'incident-form', novalidate: true },
    el('h2', {}, inc ? `Correct: ${inc.title}` : 'New incident'),
    el('label', {}, 'Title', input('title', inc?.title, { required: true })),
    el('label', {}, 'Summary', el('textarea', { name: 'summary' }, inc?.summary || '')),
    // a new incident entered here is a strike unless the analyst says otherwise: the map shows strikes by default
    el('label', {}, 'Kind of event', el('select', { name: 'kind' }, Object.entries(KIND_LABELS)
      .map(([code, label]) => el('option', { value: code, selected: code === (inc ? inc.kind : 'air_strike') }, label)))),
    el('fieldset', {}, el('legend', {}, 'When'),
      el('label', {}, 'Precision', select('datePrecision', ['exact_time', 'part_of_day', 'day', 'week', 'month', 'year'], d.precision)),
      el('div', { class: 'row' }, el('label', {}, 'First day', input('firstDay', d.firstDay, { type: 'date', required: true })),
        el('label', {}, 'Last day', input('lastDay', d.lastDay, { type: 'date' }))),
      el('div', { class: 'row' }, el('label', {}, 'Local time (exact time; part of day: its start)', input('localTime', d.localTime, { type: 'time' })),
        el('label', {}, 'UTC offset', input('utcOffset', d.utcOffset, { placeholder: '+03:00' })))),
    el('fieldset', {}, el('legend', {}, 'Where'),
      el('label', {}, 'Place', placeInput, placeSuggestions),
      el('p', { class: 'hint', id: 'place-note', 'aria-live': 'polite' }, 'Type the name of the town, village or quarter (in Arabic, Latin or Ukrainian letters) and choose it from the gazetteer.'),
      el('div', { class: 'row' }, el('label', {}, 'Governorate', el('select', { name: 'governorate' }, el('option', { value: '' }, 'not named'),
        [...new Set([...governorates, ...(l.governorate ? [l.governorate] : [])])].sort().map((g) => el('option', { value: g, selected: g === l.governorate }, g)))),
      el('label', {}, 'District', input('district', l.district))),
      coordinates),
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
    inc ? el('label', {}, 'Why', el('textarea', { name: 'reason', id: 'correction-reason', required: published,
      placeholder: published ? 'required: the correction waits for a reviewer, who reads this; kept in the audit log' : 'kept in the audit log' })) : null,
    published ? el('p', { class: 'hint', id: 'correction-held' }, 'This incident is published: the public keeps seeing it as it is until a reviewer publishes your correction.') : null,
    msg,
    el('div', { class: 'actions' }, el('button', { class: 'primary', type: 'submit' }, inc ? (published ? 'Send correction for review' : 'Save correction') : 'Create incident'),
      el('a', { class: 'secondary', href: inc ? `#/incidents/${inc.id}` : '#/' }, 'Cancel')));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    // Every missing field at once, each marked, rather than the server's first complaint only.
    for (const i of f.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
    const missing = [...f.querySelectorAll('[required]')].filter((i) => !i.value.trim());
    if (missing.length) {
      for (const i of missing) i.setAttribute('aria-invalid', 'true');
      msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Missing: ${missing.map(labelOf).join(', ')}.`));
      missing[0].focus();
      return;
    }
    const data = new FormData(f);
    const v = (k) => { const s = (data.get(k) || '').toString().trim(); return s === '' ? null : s; };
    const n = (k) => (v(k) === null ? null : Number(v(k)));
    const lines = (k) => (v(k) || '').split('\n').map((s) => s.trim()).filter(Boolean);
    const rng = (k) => ({ min: n(`${k}Min`), max: n(`${k}Max`) });
    const placed = v('lat') !== null || v('lon') !== null;
    const payload = {
      title: v('title'), summary: v('summary'), kind: v('kind'),
      date: { precision: v('datePrecision'), firstDay: v('firstDay'), lastDay: v('lastDay') || v('firstDay'), localTime: v('localTime'), utcOffset: v('utcOffset') },
      location: { lat: n('lat'), lon: n('lon'), precision: placed ? v('locationPrecision') : null, radiusMetres: n('radiusMetres'),
        placeName: v('placeName'), governorate: v('governorate'), district: v('district'), countryCode: v('countryCode'),
        placedBy: chosen && chosen.lat === v('lat') && chosen.lon === v('lon') ? 'gazetteer' : undefined },
      casualties: { killed: rng('killed'), injured: rng('injured'), childrenKilled: rng('childrenKilled'), womenKilled: rng('womenKilled'), menKilled: rng('menKilled') },
      objectsHit: data.getAll('objectsHit'), perpetrators: lines('perpetrators'), weapons: lines('weapons'),
    };
    if (payload.date.precision !== 'exact_time' && payload.date.precision !== 'part_of_day') { payload.date.localTime = null; }
    try {
      let saved;
      if (inc) {
        if (inc.location.lat === payload.location.lat && inc.location.lon === payload.location.lon) delete payload.location.lat, delete payload.location.lon, delete payload.location.placedBy;
        payload.reason = v('reason');
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

/** The words of the label around a field ("First day"). */
function labelOf(input) {
  return input.closest('label')?.firstChild?.textContent.trim() || input.name;
}

// While the form is open, a click on the map sets its coordinates.
map.on('click', (e) => {
  const f = document.getElementById('incident-form');
  if (!f) return;
  f.querySelector('#coordinates').open = true;
  f.elements.lat.value = e.latlng.lat.toFixed(5);
  f.elements.lon.value = L.Util.wrapNum(e.latlng.lng, [-180, 180], true).toFixed(5);
});

addRoute('edit', /^\/incidents\/([0-9a-zA-Z]{1,20})\/edit$/, (r) => renderForm(r.id), { params: (m) => ({ id: m[1] }) });
addRoute('new', /^\/new$/, () => renderForm(null));
addNavLink({ id: 'new-link', href: '#/new', label: 'New incident', order: 20, visible: can.edit });
