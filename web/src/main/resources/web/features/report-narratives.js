// On a report's page: one narrative per incident of its selection, in the report's language. The report prints the
// narrative in place of the incident's own summary; a blank narrative prints the summary. Narratives are the draft's
// text: edited while the report is a draft (saving names the revision it started from, as the editor does), read by
// the reviewer beside the summary they replace, frozen with the version when it is published. Under each incident, its
// witness statements: the author chooses which the report quotes (by default every one whose witness consented to
// publication, including statements added later); a statement whose consent keeps it internal cannot be chosen.
import { el } from '../shared/dom.js';
import { can, getJson, sendJson } from '../shared/session.js';
import { addReportSection } from './reports.js';

function statementRow(s, editable, quoteAll) {
  const box = el('input', { type: 'checkbox', class: 'quote', 'data-statement': s.id, checked: s.quoted,
    disabled: !editable || !s.quotable || quoteAll, 'aria-label': `Quote the statement of ${s.pseudonym}` });
  const about = [s.pseudonym, s.interviewedOn ? `interviewed ${s.interviewedOn}` : null, s.language,
    s.quotable ? null : `consent ${s.consent.replace(/_/g, ' ')}: never printed`].filter(Boolean).join(' · ');
  return el('li', { 'data-statement': s.id, class: s.quotable ? '' : 'not-quotable' },
    el('label', { class: 'check' }, box, ' ', about),
    s.text ? el('blockquote', { dir: 'auto', lang: s.language || '' }, s.text) : el('p', { class: 'precision' }, 'Its text is not shown to your role.'));
}

function incidentRow(item, lang, editable, quoteAll) {
  const text = el('textarea', { rows: 5, class: 'narrative', 'data-incident': item.id, lang, dir: 'auto', disabled: !editable,
    'aria-label': `Narrative of ${item.title || item.id}` });
  text.value = item.narrative || '';
  const meta = [item.date, item.place, item.status === 'published' ? null : `${item.status.replace('_', ' ')}: the report will be refused until it is published`]
    .filter(Boolean).join(' · ');
  return el('li', { 'data-incident': item.id, class: item.narrative ? 'has-narrative' : '' },
    el('h4', { dir: 'auto' }, el('a', { href: `#/incidents/${item.id}` }, item.title || item.id)),
    el('p', { class: item.status === 'published' ? 'precision' : 'error' }, meta),
    el('details', {}, el('summary', {}, item.narrative ? 'The incident\'s own summary (replaced by the narrative)' : 'The incident\'s own summary (printed while the narrative is blank)'),
      el('p', { dir: 'auto', class: 'incident-summary' }, item.summary || 'No summary.')),
    el('label', {}, 'Narrative ', text),
    item.statements.length ? el('fieldset', { class: 'statements' }, el('legend', {}, `Statements to quote (${item.statements.length})`),
      el('ul', {}, item.statements.map((s) => statementRow(s, editable, quoteAll)))) : null);
}

async function narratives(r, reload) {
  let page;
  try { page = await getJson(`/api/reports/${r.id}/incidents`); } catch (err) {
    return el('section', { id: 'report-narratives' }, el('h3', {}, 'Narratives'), el('p', { class: 'error' }, err.message));
  }
  const editable = can.edit() && r.status === 'draft';
  const msg = el('p', { id: 'narratives-msg', 'aria-live': 'polite' });
  const rows = page.items.map((i) => incidentRow(i, page.language, editable, page.quoteAll));
  const statementCount = page.items.reduce((n, i) => n + i.statements.length, 0);
  const quoteAll = el('input', { type: 'checkbox', id: 'quote-all', checked: page.quoteAll, disabled: !editable,
    onchange: () => {
      for (const box of form.querySelectorAll('input.quote')) {
        const quotable = !box.closest('li').classList.contains('not-quotable');
        box.disabled = quoteAll.checked || !quotable;
        if (quoteAll.checked) box.checked = quotable;
      }
    } });
  const quoting = statementCount ? el('p', {}, el('label', { class: 'check' }, quoteAll,
    ' Quote every statement whose witness consented to publication, also those added later; untick to choose them one by one')) : null;
  const orphans = page.notSelected.map((o) => el('li', { 'data-incident': o.id },
    el('p', { class: 'precision' }, `Incident ${o.id} is no longer in the selection; its narrative is kept but not printed.`),
    el('p', { dir: 'auto' }, o.narrative),
    editable ? el('label', {}, el('input', { type: 'checkbox', class: 'drop-narrative', 'data-incident': o.id }), ' remove it when saving') : null));
  const save = el('button', { type: 'submit', class: 'primary', id: 'narratives-save', hidden: !editable }, 'Save narratives');
  const form = el('form', { id: 'narratives-form', onsubmit: async (e) => {
    e.preventDefault();
    const texts = {};
    for (const o of page.notSelected) texts[o.id] = o.narrative;
    for (const box of form.querySelectorAll('input.drop-narrative:checked')) delete texts[box.dataset.incident];
    for (const t of form.querySelectorAll('textarea.narrative')) if (t.value.trim()) texts[t.dataset.incident] = t.value;
    const body = { revision: r.revision, narratives: texts };
    if (statementCount) {
      body.quoted = quoteAll.checked ? null
        : [...form.querySelectorAll('input.quote:checked')].filter((b) => !b.disabled).map((b) => Number(b.dataset.statement));
    }
    save.disabled = true;
    try {
      await sendJson('PUT', `/api/reports/${r.id}`, body);
      await reload('Narratives saved.');
    } catch (err) { msg.replaceChildren(el('span', { class: 'error' }, err.message)); save.disabled = false; }
  } },
  quoting, el('ol', { class: 'narrative-list' }, rows), orphans.length ? el('ul', { class: 'narrative-orphans' }, orphans) : null, save, msg);
  const note = editable ? 'Write each incident\'s account for this report; a blank one prints the incident\'s own summary.'
    : r.status === 'draft' ? 'Only investigators edit narratives.'
      : 'Narratives are edited while the report is a draft; read them here against the summaries they replace before publishing.';
  return el('section', { id: 'report-narratives' }, el('h3', {}, `Narratives (${page.items.length})`), el('p', { class: 'precision' }, note),
    page.items.length || orphans.length ? form : el('p', {}, 'No published incident matches the selection yet.'));
}

addReportSection(20, narratives);
