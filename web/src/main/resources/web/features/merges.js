// The merge review queue: proposed incidents (groups of duplicates, most valuable first), accepted or rejected whole;
// and each merge with both incidents side by side: accept, reject, undo or split, with a note.
import { el, $, plural, beginView, isCurrent, showViewError, scrollToView } from '../shared/dom.js';
import { can, sendJson, getJson } from '../shared/session.js';
import { objectLabels, refresh } from '../shared/search.js';
import { addRoute, addNavLink } from '../shared/router.js';

function incidentCard(i) {
  const l = i.location || {};
  return el('div', { class: 'merge-side' },
    el('a', { href: `#/incidents/${i.id}`, class: 'title', dir: 'auto' }, `#${i.internalId || i.id} ${i.title}`),
    i.mergedInto ? el('div', { class: 'tag' }, `merged into #${i.mergedInto}`) : null,
    el('div', {}, i.date ? i.date.display : ''),
    el('div', {}, [l.placeName, l.governorate].filter(Boolean).join(', ') || 'place not named'),
    el('div', { class: 'precision' }, `location ${l.precision || 'unknown'} · date ${i.date ? i.date.precision.replace('_', ' ') : 'unknown'}`),
    el('div', {}, (i.objectsHit || []).map((o) => objectLabels[o] || o).join(', ') || 'objects hit not recorded'),
    el('div', { class: 'precision' }, plural(i.reportCount || 0, 'report', 'reports')));
}

function tabsFor(current) {
  return el('p', { class: 'merge-tabs' }, ['groups', 'pending', 'applied', 'rejected', 'superseded'].map((s) =>
    s === current ? el('strong', {}, s) : el('a', { href: `#/merges/${s}` }, s)).flatMap((x, k) => (k ? [' · ', x] : [x])));
}

// Pending groups: one proposed incident with its reports, decided whole (decision 0549).
async function renderGroups() {
  const mine = beginView();
  let page;
  try { page = await getJson('/api/merge-groups?limit=50'); } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
  const list = el('ul', { class: 'merge-list', id: 'merge-groups' });
  for (const g of page.items) {
    const msg = el('div', { class: 'merge-msg', 'aria-live': 'polite' });
    const note = el('input', { type: 'text', class: 'merge-note', placeholder: 'note (why)', 'aria-label': `Note for group ${g.id}` });
    const act = (step, label) => el('button', { type: 'button', class: step === 'apply' ? 'primary' : 'secondary', 'data-step': step,
      onclick: async () => {
        try {
          await sendJson('POST', `/api/merge-groups/${g.id}/${step}`, note.value.trim() ? { note: note.value.trim() } : {});
          await refresh();
          renderGroups();
        } catch (err) { msg.replaceChildren(el('span', { class: 'error' }, err.message)); }
      } }, label);
    list.append(el('li', { class: 'merge-item', 'data-group': g.id },
      el('div', { class: 'merge-head' }, el('span', { class: 'confidence' }, `confidence ${Math.round(g.confidence * 100)}%`),
        ` · group #${g.id} · ${plural(g.members.length, 'incident', 'incidents')}: `,
        ...g.members.flatMap((id, k) => [k ? ', ' : '', el('a', { href: `#/incidents/${id}` }, `#${id}`)])),
      el('ul', { class: 'merge-reasons' }, g.merges.map((m) => el('li', { class: 'merge-reason' },
        `#${m.firstId} + #${m.secondId} (${Math.round(m.confidence * 100)}%): ${m.reason}`))),
      el('div', { class: 'actions' }, can.decideMerge() ? [act('apply', 'Accept: one strike'), note, act('reject', 'Reject: not one strike')] : []),
      msg));
  }
  $('view').replaceChildren(el('section', { id: 'merge-queue' },
    el('a', { href: '#/' }, '← All incidents'),
    el('h2', {}, 'Merge review queue'), tabsFor('groups'),
    el('p', { class: 'summary-line' }, `${plural(page.numberMatched, 'proposed incident', 'proposed incidents')} to review`,
      page.numberReturned < page.numberMatched ? `; showing the ${page.numberReturned} most valuable` : '', '.',
      ' Accepting a group moves every report under its earliest incident; nothing is deleted and each merge can be undone.'),
    list));
  scrollToView();
}

async function renderMerges(status) {
  const mine = beginView();
  let page;
  try { page = await getJson(`/api/merges?status=${status}&limit=50`); } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
  const tabs = tabsFor(status);
  const list = el('ul', { class: 'merge-list', id: 'merge-list' });
  for (const p of page.items) {
    const msg = el('div', { class: 'merge-msg', 'aria-live': 'polite' });
    const note = el('input', { type: 'text', class: 'merge-note', placeholder: 'note (why)', 'aria-label': `Note for proposal ${p.id}` });
    const act = (step, label) => el('button', { type: 'button', class: step === 'apply' ? 'primary' : 'secondary', 'data-step': step,
      onclick: async () => {
        try {
          await sendJson('POST', `/api/merges/${p.id}/${step}`, note.value.trim() ? { note: note.value.trim() } : {});
          await refresh();
          renderMerges(status);
        } catch (err) { msg.replaceChildren(el('span', { class: 'error' }, err.message)); }
      } }, label);
    const buttons = !can.decideMerge() ? [] : p.status === 'pending' ? [act('apply', 'Accept: same strike'), note, act('reject', 'Reject: different strikes')]
      : p.status === 'applied' ? [act('undo', 'Undo'), note, act('reject', 'Split: different strikes')] : [];
    list.append(el('li', { class: 'merge-item', 'data-id': p.id },
      el('div', { class: 'merge-head' }, el('span', { class: 'confidence' }, `confidence ${Math.round(p.confidence * 100)}%`),
        ` · proposal #${p.id}`, p.automatic ? ' · applied automatically' : '', p.decidedBy ? ` · ${p.status} by ${p.decidedBy}` : ''),
      el('div', { class: 'merge-reason' }, p.reason),
      p.note ? el('div', { class: 'precision' }, `note: ${p.note}`) : null,
      el('div', { class: 'merge-pair' }, incidentCard(p.incidents[0]), incidentCard(p.incidents[1])),
      el('div', { class: 'actions' }, buttons), msg));
  }
  $('view').replaceChildren(el('section', { id: 'merge-queue' },
    el('a', { href: '#/' }, '← All incidents'),
    el('h2', {}, 'Merge review queue'), tabs,
    el('p', { class: 'summary-line' }, `${plural(page.numberMatched, 'proposal', 'proposals')} ${status}`,
      page.numberReturned < page.numberMatched ? `; showing ${page.numberReturned}` : '', '.',
      status === 'pending' ? ' Accepting moves the later incident\'s reports under the earlier one; nothing is deleted and it can be undone.' : ''),
    list));
  scrollToView();
}

addRoute('merges', /^\/merges(?:\/(groups|pending|applied|rejected|superseded))?$/,
  (r) => (r.status === 'groups' ? renderGroups() : renderMerges(r.status)), { params: (m) => ({ status: m[1] || 'pending' }) });
addNavLink({ id: 'merges-link', href: '#/merges', label: 'Merge queue', order: 50, visible: can.merge });
