// Corrections waiting for review on a published incident (decision 0752), for the team only (the public's answer has
// no pendingRevision): what the public sees beside what it will see, field by field, the reports to be added, who
// asked for each change and why; a reviewer publishes them or discards them with a reason.
import { el, plural } from '../shared/dom.js';
import { can, sendJson } from '../shared/session.js';
import { addIncidentSection } from './incident.js';

const show = (v) => (v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join('; ') || '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function pendingSection(inc, reload) {
  const p = inc.pendingRevision;
  if (!p) return null;
  const changes = el('table', { class: 'pending-changes', id: 'pending-changes' },
    el('tr', {}, el('th', {}, 'Field'), el('th', {}, 'Published (the public sees)'), el('th', {}, 'Pending (after review)')),
    p.changes.map((c) => el('tr', {}, el('td', {}, c.field), el('td', { class: 'old', dir: 'auto' }, show(c.published)),
      el('td', { class: 'new', dir: 'auto' }, show(c.pending)))));
  const reports = p.reports.length ? el('ul', { class: 'reports', id: 'pending-reports' }, p.reports.map((r) => el('li', {},
    el('div', { class: 'source' }, r.source.name || r.source.dataset), r.text ? el('div', { class: 'text', lang: r.language || null, dir: 'auto' }, r.text) : null))) : null;
  const revised = p.reportRevisions.length ? el('ul', { class: 'reports', id: 'pending-report-revisions' }, p.reportRevisions.map((r) => el('li', {},
    el('div', { class: 'source' }, r.source.name || r.source.dataset, el('span', { class: 'precision' }, ` · ${r.originKey}`)),
    r.text ? el('div', { class: 'text', lang: r.language || null, dir: 'auto' }, r.text) : null))) : null;
  const why = el('ul', { class: 'pending-why', id: 'pending-why' }, p.corrections.map((c) => el('li', {},
    `${c.what === 'report' ? 'a report' : c.what === 'import' ? 'a re-import' : 'the facts'}, by ${c.by.replace(/^user:/, '')} (${c.at.slice(0, 16).replace('T', ' ')}): `, el('span', { dir: 'auto' }, c.reason || 'no reason given'))));
  const box = el('section', { class: 'pending-revision', id: 'pending-revision' },
    el('h3', {}, 'Correction waiting for review'),
    el('p', { class: 'hint' }, 'The public sees the published version until a reviewer publishes this.'),
    p.changes.length ? changes : el('p', {}, 'The facts are unchanged.'),
    reports ? [el('h4', {}, plural(p.reports.length, 'report to add', 'reports to add')), reports] : null,
    revised ? [el('h4', {}, plural(p.reportRevisions.length, 'report revised by a re-import', 'reports revised by a re-import')), revised] : null,
    el('h4', {}, 'Why'), why);
  if (can.review()) {
    const reason = el('input', { id: 'revision-reason', placeholder: 'reason (required to discard; kept in the audit log)' });
    const msg = el('div', { id: 'revision-message' });
    const decide = async (action) => {
      try {
        await sendJson('POST', `/api/incidents/${inc.id}/revision`, { action, reason: reason.value.trim() || null });
        reload();
      } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
    };
    box.append(el('div', { class: 'actions' }, reason,
      el('button', { type: 'button', class: 'primary', id: 'revision-publish', onclick: () => decide('publish') }, 'Publish the correction'),
      el('button', { type: 'button', class: 'secondary', id: 'revision-discard', onclick: () => decide('discard') }, 'Discard it')), msg);
  }
  return box;
}

addIncidentSection(15, pendingSection);
