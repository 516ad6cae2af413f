// Downloads: the published incidents matching the filters (period, area, governorate, grade, party) as an open
// dataset. The server redacts; this page only builds the address of the file and says which filters apply.
import { el, $, beginView, scrollToView } from '../shared/dom.js';
import { filter, onResults } from '../shared/search.js';
import { addRoute, addNavLink, currentRoute } from '../shared/router.js';
import { addIncidentSection } from './incident.js';

const FORMATS = [
  { code: 'csv', ext: 'csv', label: 'CSV (ACLED-compatible columns, then Groundtruth\'s)' },
  { code: 'geojson', ext: 'geojson', label: 'GeoJSON' },
  { code: 'gpkg', ext: 'gpkg', label: 'GeoPackage (QGIS, ArcGIS)' },
  { code: 'json', ext: 'json', label: 'TimeMap JSON (Forensic Architecture)' },
];
// Filters of the list that a download cannot apply (the export selects by period, area, governorate, grade, party).
const NOT_APPLIED = { object: 'object hit', actor: 'alleged perpetrator', q: 'text', claimed: 'claims' };

/** The export's address for the current filters: /api/exports/incidents.csv?from=...&governorate=... */
export function exportHref(format, hxl) {
  const p = new URLSearchParams();
  for (const k of ['from', 'to', 'bbox', 'governorate', 'grade', 'party']) if (filter[k]) p.set(k, filter[k]);
  if (hxl && format.code === 'csv') p.set('hxl', 'true');
  const q = p.toString();
  return `/api/exports/incidents.${format.ext}${q ? `?${q}` : ''}`;
}

function appliedFilters() {
  const parts = [];
  if (filter.from || filter.to) parts.push(`period ${filter.from || '…'} to ${filter.to || '…'}`);
  if (filter.bbox) parts.push('the map area opened');
  if (filter.governorate) parts.push(`governorate ${filter.governorate}`);
  if (filter.grade) parts.push(`grade ${filter.grade}`);
  if (filter.party) parts.push(`attributed to ${filter.party.replace(/_/g, ' ')}`);
  return parts;
}

function renderDownloads() {
  beginView(false);
  const format = el('select', { id: 'export-format', 'aria-label': 'Format' },
    FORMATS.map((f) => el('option', { value: f.code }, f.label)));
  const hxl = el('input', { type: 'checkbox', id: 'export-hxl' });
  const link = el('a', { id: 'export-download', class: 'primary button', download: '' }, 'Download');
  const applied = el('p', { id: 'export-filters', class: 'summary-line' });
  const skipped = el('p', { id: 'export-skipped', class: 'precision' });
  const update = () => {
    const f = FORMATS.find((x) => x.code === format.value);
    hxl.disabled = f.code !== 'csv';
    link.href = exportHref(f, hxl.checked);
    link.setAttribute('download', `incidents.${f.ext}`);
    const parts = appliedFilters();
    applied.textContent = parts.length ? `Published incidents matching ${parts.join('; ')}.` : 'All published incidents.';
    const off = Object.entries(NOT_APPLIED).filter(([k]) => filter[k]).map(([, label]) => label);
    skipped.textContent = off.length ? `Not applied to downloads: ${off.join(', ')}.` : '';
  };
  format.addEventListener('change', update);
  hxl.addEventListener('change', update);
  update();
  $('view').replaceChildren(el('section', { id: 'downloads' },
    el('a', { href: '#/' }, '← All incidents'),
    el('h2', {}, 'Download data'),
    el('p', {}, 'Published incidents only, with casualty ranges, date and place precision, grade, attribution and sources. ',
      'Witnesses, spotters, report texts, internal ids and confidential sources are never included; rows from sources whose terms ',
      'forbid republishing them are given as references to their ids.'),
    applied, skipped,
    el('label', {}, 'Format ', format),
    el('label', { class: 'check' }, hxl, ' HXL tag row (CSV)'),
    el('p', {}, link),
    el('p', {}, el('a', { href: '/api/exports/dictionary.md', id: 'export-dictionary' }, 'Data dictionary'), ': every column, its HXL tag and the redaction rules.')));
  scrollToView();
}

addRoute('downloads', /^\/downloads$/, renderDownloads);
addNavLink({ id: 'downloads-link', href: '#/downloads', label: 'Download data', order: 60 });
// The filters may change while the page is open (the timeline, the map): the link follows them.
onResults(() => { if (currentRoute().name === 'downloads') renderDownloads(); });

// Every published incident has a stable public address (its public id never changes) and a line to cite it by;
// printed, the page carries both.
function citation(inc) {
  if (inc.status !== 'published') return null;
  const url = `${location.origin}/#/incidents/${inc.id}`;
  const place = [inc.location.placeName, inc.location.governorate].filter(Boolean).join(', ');
  const today = new Date().toISOString().slice(0, 10);
  const line = `Groundtruth, "${inc.title}", incident ${inc.id}${inc.date ? `, ${inc.date.display}` : ''}${place ? `, ${place}` : ''}. ${url} (accessed ${today}).`;
  return el('section', { class: 'citation', id: 'citation' }, el('h3', {}, 'Cite this incident'),
    el('p', { id: 'citation-line' }, line),
    el('p', { class: 'precision' }, 'Its address stays the same for as long as it is published; the open datasets carry the same id (event_id_cnty).'));
}
addIncidentSection(95, citation);
