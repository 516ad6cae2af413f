// Bulk review (decision 0751): a reviewer reviews every incident the list's filters match at once, with a reason. The
// server moves each one the workflow lets move to the chosen status and leaves the others; a check first says what
// would happen, and the review itself is one audited act naming every incident.
import { el, plural } from '../shared/dom.js';
import { can, sendJson } from '../shared/session.js';
import { filterParams, refresh } from '../shared/search.js';
import { addListAction } from './list.js';

let lastDone = null; // what the last review did, shown above the list it redrew
const TARGETS = [['published', 'publish (those in review)'], ['in_review', 'submit for review (drafts)'],
  ['draft', 'send back (those in review) or reopen (retracted)'], ['retracted', 'retract (published ones)']];

function bulkReview(results) {
  if (!can.review() || results.matched === 0) return null;
  const box = el('div', { class: 'bulk-review', id: 'bulk-review' });
  const open = el('button', { type: 'button', class: 'secondary', id: 'bulk-review-open' }, `Review these ${plural(results.matched, 'incident', 'incidents')}`);
  open.addEventListener('click', () => { lastDone = null; box.replaceChildren(form(results)); });
  box.append(open);
  if (lastDone) box.append(el('p', { id: 'bulk-review-done', role: 'status' }, lastDone));
  return box;
}

function form(results) {
  const to = el('select', { name: 'to', id: 'bulk-review-to' }, TARGETS.map(([v, label]) => el('option', { value: v }, label)));
  const reason = el('input', { name: 'reason', id: 'bulk-review-reason', required: true, maxlength: 4000, placeholder: 'reason (required; kept in the audit log)' });
  const said = el('p', { id: 'bulk-review-said', role: 'status' });
  const confirm = el('button', { type: 'submit', id: 'bulk-review-confirm', disabled: true }, 'Review');
  const check = el('button', { type: 'button', class: 'secondary', id: 'bulk-review-check' }, 'Check what would change');
  const filter = filterParams().toString();
  const ask = (dryRun) => sendJson('POST', '/api/reviews', { filter, to: to.value, reason: reason.value.trim(), dryRun });
  const stale = () => { confirm.disabled = true; said.replaceChildren(); };
  to.addEventListener('change', stale);
  check.addEventListener('click', async () => {
    if (!reason.value.trim()) { said.replaceChildren(el('span', { class: 'error' }, 'Give a reason first.')); return; }
    try {
      const r = await ask(true);
      said.replaceChildren(r.line + '.');
      confirm.textContent = `Review ${plural(r.moved, 'incident', 'incidents')}`;
      confirm.disabled = r.moved === 0;
    } catch (err) { said.replaceChildren(el('span', { class: 'error' }, err.message)); }
  });
  const f = el('form', { class: 'incident-form', id: 'bulk-review-form' },
    el('fieldset', {}, el('legend', {}, `Review the ${plural(results.matched, 'incident', 'incidents')} these filters match`),
      el('label', {}, 'Move them to', to), el('label', {}, 'Why', reason), check, confirm, said));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    confirm.disabled = true;
    try {
      const r = await ask(false);
      lastDone = `Done: ${r.line}.`;
      said.replaceChildren(lastDone);
      refresh(); // the list is drawn again, with the result above it
    } catch (err) { said.replaceChildren(el('span', { class: 'error' }, err.message)); }
  });
  return f;
}

addListAction(bulkReview);
