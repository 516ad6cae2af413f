// On the incident page: attribution, objective analysis and grade, plainly, with the evidence behind each, and the
// reviewer's override form.
import { el, factRow } from '../shared/dom.js';
import { can, sendJson } from '../shared/session.js';
import { refresh } from '../shared/search.js';
import { addIncidentSection } from './incident.js';

function assessmentSection(inc, reload) {
  const a = inc.attribution, o = inc.objective_analysis, g = inc.grade;
  if (!a || !o || !g) return null;
  const pct = (p) => `${Math.round(p * 100)}%`;
  const candidates = el('table', { class: 'candidates', id: 'attribution-table' },
    el('tr', {}, el('th', {}, 'Party'), el('th', {}, 'Probability'), el('th', {}, 'Evidence')),
    a.candidates.map((c) => el('tr', {},
      el('td', {}, c.label),
      el('td', {}, el('span', { class: 'bar', style: `width:${Math.max(2, Math.round(c.probability * 80))}px` }), ' ', pct(c.probability)),
      el('td', {},
        c.evidenceFor.length ? el('ul', { class: 'evidence for' }, c.evidenceFor.map((e) => el('li', {}, '+ ', e))) : null,
        c.evidenceAgainst.length ? el('ul', { class: 'evidence against' }, c.evidenceAgainst.map((e) => el('li', {}, '− ', e))) : null))));
  const nearest = o.nearest
    ? `${o.nearest.name} (${o.nearest.kind.replace('_', ' ')}${o.nearest.party ? `, ${o.nearest.party}` : ''}), ${o.nearest.distanceKm} km; source: ${o.nearest.source}`
    : 'none known';
  const objectives = el('dl', { class: 'facts', id: 'objective-analysis' });
  factRow(objectives, 'Concern', el('span', { class: `concern concern-${o.concern}` }, o.concern));
  factRow(objectives, 'Finding', o.statement);
  factRow(objectives, 'Nearest objective', nearest);
  if (o.armedPresence.mentions.length) factRow(objectives, 'Armed presence reported', el('ul', {}, o.armedPresence.mentions.map((m) => el('li', { dir: 'auto' }, m))));
  if (o.armedPresence.absences.length) factRow(objectives, 'Reports of no armed presence', el('ul', {}, o.armedPresence.absences.map((m) => el('li', { dir: 'auto' }, m))));
  const gradeFacts = el('dl', { class: 'facts', id: 'grade' });
  factRow(gradeFacts, 'Grade', el('strong', { class: `grade grade-${g.value}` }, g.value), ' ',
    el('span', { class: 'precision' }, g.overridden ? `(set by ${g.by}; computed: ${g.computed})` : '(computed)'));
  factRow(gradeFacts, 'Means', g.definition);
  if (g.overridden) factRow(gradeFacts, 'Reviewer\'s reason', g.reason);
  factRow(gradeFacts, 'Computed from', el('ul', {}, g.reasons.map((r) => el('li', {}, r))));
  if (g.history && g.history.length) {
    factRow(gradeFacts, 'Overrides', el('ul', {}, g.history.map((h) => el('li', {}, `${h.at ? h.at.slice(0, 16).replace('T', ' ') : ''} ${h.by}: ${h.grade} — ${h.reason}`))));
  }
  return el('section', { class: 'assessment' },
    el('h3', {}, 'Attribution'),
    el('p', { class: 'verdict', id: 'attribution-verdict' }, el('strong', {}, a.verdict === 'unknown' ? 'Perpetrator unknown' : a.verdict), ' — ', a.explanation),
    el('details', {}, el('summary', {}, 'Probabilities and evidence for each party'), candidates),
    el('h3', {}, 'Military objectives and civilian objects'), objectives,
    el('p', { class: 'precision' }, o.caveat),
    el('h3', {}, 'Grade'), gradeFacts, can.review() ? overrideForm(inc, reload) : null);
}

function overrideForm(inc, reload) {
  const msg = el('div');
  // No grade is chosen for the reviewer: a menu that starts on one records it when only the reason was typed.
  const f = el('form', { class: 'incident-form', id: 'override-form', novalidate: true },
    el('fieldset', {}, el('legend', {}, 'Override the grade (reviewers)'),
      el('label', {}, 'Grade', el('select', { name: 'grade', required: true },
        el('option', { value: '', selected: true, disabled: true }, 'choose…'),
        ['confirmed', 'fair', 'weak', 'contested', 'discounted', 'computed'].map((v) => el('option', { value: v }, v === 'computed' ? 'back to computed' : v)))),
      el('label', {}, 'Reason (kept with the override)', el('textarea', { name: 'reason', rows: 2, required: true })),
      el('button', { type: 'submit' }, 'Record override'), msg));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const missing = [!f.elements.grade.value ? 'Choose a grade (or "back to computed")' : null,
      !f.elements.reason.value.trim() ? 'Give the reason, kept with the override' : null].filter(Boolean);
    if (missing.length) { msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, `${missing.join('; ')}.`)); return; }
    try {
      await sendJson('POST', `/api/incidents/${inc.id}/grade`, { grade: f.elements.grade.value, reason: f.elements.reason.value });
      reload();
      refresh();
    } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  });
  return f;
}

addIncidentSection(10, assessmentSection);
