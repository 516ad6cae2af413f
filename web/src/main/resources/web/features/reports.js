// Reports as documents: the list, a new draft, the editor (title, language, selection, introduction, recommendations,
// conclusions; other modules add parts, such as report-narratives.js), previews, review moves (submit, send back, publish, retract, revise) and the frozen versions with their
// SHA-256. The public sees published reports and their versions only; the server enforces every rule.
import { el, $, plural, beginView, isCurrent, showViewError, scrollToView } from '../shared/dom.js';
import { can, session, getJson, sendJson } from '../shared/session.js';
import { addRoute, addNavLink } from '../shared/router.js';
import { filter as mapFilter } from '../shared/search.js';

// The filters of the map and list that a report's selection takes (period, the area opened on the map, governorate,
// grade, party), in the selection's own syntax: a report can start from what the investigator is looking at.
const SELECTABLE = ['from', 'to', 'bbox', 'governorate', 'grade', 'party'];
export function selectionOfMapFilters() {
  return SELECTABLE.filter((k) => mapFilter[k]).map((k) => `${k}=${mapFilter[k]}`).join(';');
}

const sections = [];
/**
 * Adds a part to every signed-in report page, placed by {@code order} (the draft's own texts are 10, review 50).
 * {@code build(report, reload)} returns nodes, null, or a promise of them; {@code reload(notice)} draws the page again.
 */
export function addReportSection(order, build) {
  sections.push({ order, build });
  sections.sort((a, b) => a.order - b.order);
}

const MOVE_LABELS = { in_review: 'Submit for review', draft: 'Back to draft', published: 'Publish (freeze a version)', retracted: 'Retract' };

function versionList(r) {
  if (!r.versions.length) return el('p', { class: 'precision' }, 'No version published yet.');
  return el('ol', { class: 'report-versions', id: 'report-versions' }, r.versions.map((v) => el('li', { 'data-version': v.version },
    `Version ${v.version}, generated ${v.generatedOn}, ${plural(v.incidents, 'incident', 'incidents')}: `,
    el('a', { href: v.pdf }, 'PDF'), ' · ', el('a', { href: v.html }, 'HTML'),
    el('div', { class: 'hash', title: 'SHA-256 of the PDF, also in the audit log' }, `PDF SHA-256 ${v.pdfSha256}`),
    el('div', { class: 'hash', title: 'SHA-256 of the HTML, also in the audit log' }, `HTML SHA-256 ${v.htmlSha256}`))));
}

async function renderList() {
  const mine = beginView();
  let page;
  try { page = await getJson('/api/reports'); } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
  const list = el('ul', { class: 'report-list', id: 'report-list' }, page.items.map((r) => el('li', { 'data-id': r.id },
    el('a', { href: `#/reports/${r.id}` }, r.title || `Report ${r.id}`),
    ` · ${r.language} · ${r.status.replace('_', ' ')} · ${plural(r.versions.length, 'version', 'versions')}`)));
  const parts = [el('a', { href: '#/' }, '← All incidents'), el('h2', {}, 'Reports'),
    page.items.length ? list : el('p', { id: 'report-list' }, session.user ? 'No report yet.' : 'No report has been published yet.')];
  if (can.edit()) {
    const title = el('input', { type: 'text', id: 'new-report-title', required: true, maxlength: 300, 'aria-label': 'Title of the new report' });
    const filter = el('input', { type: 'text', id: 'new-report-filter', placeholder: 'from=2015-09-30;to=2015-11-29;governorate=Idlib', 'aria-label': 'Selection' });
    filter.value = selectionOfMapFilters();
    const fromMap = el('button', { type: 'button', class: 'secondary', id: 'new-report-from-map',
      onclick: () => { filter.value = selectionOfMapFilters(); } }, 'Use the map\'s filters');
    const msg = el('p', { class: 'error', 'aria-live': 'polite' });
    parts.push(el('form', { id: 'new-report', onsubmit: async (e) => {
      e.preventDefault();
      try {
        const r = await sendJson('POST', '/api/reports', { title: title.value, filter: filter.value });
        location.hash = `#/reports/${r.id}`;
      } catch (err) { msg.textContent = err.message; }
    } }, el('h3', {}, 'New report'), el('label', {}, 'Title ', title), el('label', {}, 'Selection ', filter), fromMap,
    el('p', { class: 'precision' }, 'Starts from the period, the area opened on the map, the governorate, grade and party you filter the map by; or list incidents as ids=…'),
    el('button', { type: 'submit', class: 'primary' }, 'Create draft'), msg));
  }
  $('view').replaceChildren(el('section', { id: 'reports-page' }, ...parts));
  scrollToView();
}

function editor(r, reload) {
  const editable = can.edit() && r.status === 'draft';
  const field = (id, label, value, rows) => {
    const input = rows ? el('textarea', { id, rows, disabled: !editable }) : el('input', { type: 'text', id, disabled: !editable });
    input.value = value || '';
    return [input, el('label', {}, label, input)];
  };
  const [title, titleRow] = field('report-title', 'Title ', r.title);
  const [filter, filterRow] = field('report-filter', 'Selection ', r.filter);
  const language = el('select', { id: 'report-language', disabled: !editable }, el('option', { value: 'en' }, 'English'), el('option', { value: 'ar' }, 'العربية (Arabic)'));
  language.value = r.language;
  const [intro, introRow] = field('report-introduction', 'Summary (introduction) ', r.introduction, 6);
  const [recs, recsRow] = field('report-recommendations', 'Recommendations (one per paragraph) ', (r.recommendations || []).join('\n\n'), 6);
  const [concl, conclRow] = field('report-conclusions', 'Conclusions ', r.conclusions, 4);
  const msg = el('p', { class: 'report-msg', id: 'report-msg', 'aria-live': 'polite' });
  const save = el('button', { type: 'submit', class: 'primary', id: 'report-save', hidden: !editable }, 'Save draft');
  const form = el('form', { id: 'report-form', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await sendJson('PUT', `/api/reports/${r.id}`, { revision: r.revision, title: title.value, language: language.value, filter: filter.value,
        introduction: intro.value, conclusions: concl.value,
        recommendations: recs.value.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean) });
      await reload('Saved.');
    } catch (err) { msg.replaceChildren(el('span', { class: 'error' }, err.message)); }
  } }, titleRow, el('label', {}, 'Language ', language), filterRow, el('p', { class: 'precision' }, r.selection), introRow, recsRow, conclRow, save, msg);
  return form;
}

async function renderReport(id, notice) {
  const mine = beginView();
  let r;
  try { r = await getJson(`/api/reports/${id}`); } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
  const reload = (text) => renderReport(id, text);
  const parts = [el('a', { href: '#/reports' }, '← All reports'), el('h2', { dir: 'auto' }, r.title || `Report ${r.id}`)];
  if (session.user) {
    parts.push(el('p', { class: 'summary-line', id: 'report-status' }, `Status: ${r.status.replace('_', ' ')} · revision ${r.revision} · last saved by ${r.updatedBy}`));
    if (notice) parts.push(el('p', { class: 'notice', id: 'report-notice' }, notice));
    parts.push(editor(r, reload));
    for (const part of await Promise.all(sections.filter((x) => x.order < 50).map((x) => x.build(r, reload)))) if (part) parts.push(part);
    if (!isCurrent(mine)) return;
    parts.push(el('p', {}, 'Preview of the draft from today\'s data: ', el('a', { href: `/api/reports/${r.id}/preview/preview.pdf`, id: 'report-preview-pdf' }, 'PDF'),
      ' · ', el('a', { href: `/api/reports/${r.id}/preview/preview.html`, id: 'report-preview-html' }, 'HTML')));
    const reason = el('input', { type: 'text', id: 'report-reason', placeholder: 'reason (needed to retract)', 'aria-label': 'Reason for the move' });
    const moveMsg = el('p', { class: 'error', 'aria-live': 'polite', id: 'report-move-msg' });
    const buttons = (r.moves || []).map((m) => el('button', { type: 'button', class: m.to === 'published' ? 'primary' : 'secondary', 'data-to': m.to,
      onclick: async (e) => {
        e.target.disabled = true;
        try {
          await sendJson('POST', `/api/reports/${r.id}/review`, reason.value.trim() ? { to: m.to, reason: reason.value.trim() } : { to: m.to });
          await reload(m.to === 'published' ? 'Published: a new version is frozen.' : `Moved to ${m.to.replace('_', ' ')}.`);
        } catch (err) { moveMsg.textContent = err.message; e.target.disabled = false; }
      } }, MOVE_LABELS[m.to] || m.to));
    if (buttons.length) parts.push(el('div', { class: 'actions', id: 'report-moves' }, buttons, reason), moveMsg);
  }
  parts.push(el('h3', {}, 'Published versions'), versionList(r));
  $('view').replaceChildren(el('section', { id: 'report-page', 'data-id': r.id }, ...parts));
  scrollToView();
}

addRoute('reports', /^\/reports$/, renderList);
addRoute('report', /^\/reports\/(\d+)$/, (route) => renderReport(route.id), { params: (m) => ({ id: m[1] }) });
addNavLink({ id: 'reports-link', href: '#/reports', label: 'Reports', order: 55 });
