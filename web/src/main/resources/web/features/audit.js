// For admins: the audit log (the newest entries, export, a check of the hash chain) and the users with their roles.
import { el, $, plural, beginView, isCurrent, showViewError } from '../shared/dom.js';
import { can, getJson, sendJson } from '../shared/session.js';
import { addRoute, addNavLink } from '../shared/router.js';

async function renderAudit() {
  const mine = beginView();
  let page, total;
  try {
    const first = await getJson('/api/audit?limit=1');
    total = first.total;
    page = await getJson(`/api/audit?after=${Math.max(0, total - 100)}&limit=100`);
  } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
  const check = el('span', { id: 'audit-check' });
  const rows = page.entries.slice().reverse().map((e) => el('tr', {},
    el('td', {}, String(e.seq)), el('td', {}, e.at.slice(0, 19).replace('T', ' ')), el('td', {}, e.actor), el('td', {}, e.action),
    el('td', {}, e.subject), el('td', {}, e.reason || ''),
    el('td', {}, el('details', {}, el('summary', {}, 'before / after'), el('pre', {}, e.before || '—'), el('pre', {}, e.after || '—')))));
  const users = await usersBox();
  if (!isCurrent(mine)) return;
  $('view').replaceChildren(el('section', { id: 'audit-page' },
    el('h2', {}, 'Audit log'),
    el('p', {}, `${plural(total, 'entry', 'entries')}, newest first. `,
      el('a', { href: '/api/audit/export?format=jsonl' }, 'Export JSON lines'), ' · ', el('a', { href: '/api/audit/export?format=csv' }, 'Export CSV'), ' · ',
      el('button', { type: 'button', class: 'linkish', id: 'audit-verify', onclick: async () => {
        const r = await getJson('/api/audit/verify');
        check.textContent = r.intact ? `chain intact (${r.entries} entries)` : `BROKEN: ${r.problem}`;
      } }, 'Check the chain'), ' ', check),
    el('div', { class: 'scroll-x' }, el('table', { class: 'audit' }, el('tr', {}, ['#', 'When (UTC)', 'Who', 'What', 'Subject', 'Why', 'Change'].map((h) => el('th', {}, h))), rows)),
    users));
}

// Users: who has which role; add a user; change a role; disable or enable.
const ROLES = ['viewer', 'investigator', 'reviewer', 'admin'];
async function usersBox() {
  let users;
  try { users = (await getJson('/api/users')).users; } catch (e) { return null; }
  const msg = el('div', { id: 'users-message' });
  const change = async (id, patch) => {
    try { await sendJson('PATCH', `/api/users/${id}`, patch); renderAudit(); } catch (err) { msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message)); }
  };
  const rows = users.map((u) => el('tr', {},
    el('td', {}, u.name), el('td', {}, el('select', { 'aria-label': `role of ${u.name}`, onchange: (e) => change(u.id, { role: e.target.value }) },
      ROLES.map((r) => el('option', { value: r, selected: r === u.role }, r)))),
    el('td', {}, u.disabled ? 'disabled' : 'active'),
    el('td', {}, el('button', { type: 'button', class: 'linkish', onclick: () => change(u.id, { disabled: !u.disabled }) }, u.disabled ? 'Enable' : 'Disable'))));
  const f = el('form', { id: 'user-form', class: 'row' },
    el('input', { name: 'name', placeholder: 'name', required: true, autocomplete: 'off' }),
    el('select', { name: 'role' }, ROLES.map((r) => el('option', { value: r }, r))),
    el('input', { name: 'password', type: 'password', placeholder: 'password (10+ characters)', autocomplete: 'new-password', required: true }),
    el('button', { class: 'secondary', type: 'submit' }, 'Add user'));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = Object.fromEntries(new FormData(f));
    try { await sendJson('POST', '/api/users', v); renderAudit(); } catch (err) { msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message)); }
  });
  return el('section', { id: 'users' }, el('h2', {}, 'Users'),
    el('div', { class: 'scroll-x' }, el('table', { class: 'audit' }, el('tr', {}, ['Name', 'Role', 'State', ''].map((h) => el('th', {}, h))), rows)), f, msg);
}

addRoute('audit', /^\/audit$/, renderAudit);
addNavLink({ id: 'audit-link', href: '#/audit', label: 'Audit & users', order: 30, visible: can.admin });
