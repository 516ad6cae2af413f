// Accounts: the sign-in box in the top bar, the sign-in page, your own account (password, API tokens), and on the
// incident page the review moves this user may make.
import { el, $, beginView, isCurrent, showViewError } from '../shared/dom.js';
import { session, setSession, onSessionChange, getJson, sendJson } from '../shared/session.js';
import { refresh } from '../shared/search.js';
import { addRoute } from '../shared/router.js';
import { addIncidentSection } from './incident.js';

function renderAccount() {
  const box = $('account');
  if (!box) return;
  if (!session.user) {
    box.replaceChildren(el('a', { href: '#/login', id: 'login-link' }, 'Sign in'));
    return;
  }
  box.replaceChildren(el('a', { id: 'who', class: 'who', href: '#/account', title: 'Your password and API tokens' }, `${session.user.name} (${session.user.role})`), ' ',
    el('button', { type: 'button', class: 'linkish', id: 'logout', onclick: async () => {
      try { await sendJson('DELETE', '/api/session'); } catch (e) { /* the cookie is cleared either way */ }
      setSession(null, null); location.hash = '#/'; refresh();
    } }, 'Sign out'));
}

function renderLogin() {
  beginView(false);
  const msg = el('div', { id: 'login-message' });
  const f = el('form', { class: 'incident-form', id: 'login-form' },
    el('h2', {}, 'Sign in'),
    el('label', {}, 'Name', el('input', { name: 'name', autocomplete: 'username', required: true })),
    el('label', {}, 'Password', el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    msg, el('div', { class: 'actions' }, el('button', { class: 'primary', type: 'submit' }, 'Sign in')));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = Object.fromEntries(new FormData(f));
    try {
      const s = await sendJson('POST', '/api/session', { name: v.name, password: v.password });
      setSession(s.user, s.csrfToken);
      location.hash = '#/'; refresh();
    } catch (err) { msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message)); }
  });
  $('view').replaceChildren(f);
}

// Your account: change your password; make, list and revoke API tokens (a new token is shown once).
async function renderMyAccount() {
  if (!session.user) { location.hash = '#/login'; return; }
  const mine = beginView(false);
  let tokens;
  try { tokens = (await getJson('/api/tokens')).tokens; } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
  const msg = el('div', { id: 'account-message' });
  const fail = (err) => msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message));
  const pw = el('form', { id: 'password-form', class: 'incident-form' }, el('fieldset', {}, el('legend', {}, 'Change your password'),
    el('label', {}, 'Current password', el('input', { name: 'current', type: 'password', autocomplete: 'current-password', required: true })),
    el('label', {}, 'New password (10+ characters)', el('input', { name: 'password', type: 'password', autocomplete: 'new-password', required: true })),
    el('button', { class: 'secondary', type: 'submit' }, 'Change password')));
  pw.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const s = await sendJson('POST', '/api/session/password', Object.fromEntries(new FormData(pw)));
      if (s.csrfToken) session.csrfToken = s.csrfToken;
      msg.replaceChildren(el('p', {}, 'Password changed; your other sessions have ended.'));
      pw.reset();
    } catch (err) { fail(err); }
  });
  const rows = tokens.map((t) => el('tr', {}, el('td', {}, String(t.id)), el('td', {}, t.label), el('td', {}, t.createdAt.slice(0, 10)),
    el('td', {}, t.revokedAt ? 'revoked' : t.expiresAt ? `until ${t.expiresAt.slice(0, 10)}` : 'live'),
    el('td', {}, t.revokedAt ? '' : el('button', { type: 'button', class: 'linkish', onclick: async () => {
      try { await sendJson('DELETE', `/api/tokens/${t.id}`); renderMyAccount(); } catch (err) { fail(err); }
    } }, 'Revoke'))));
  const shown = el('div', { id: 'new-token' });
  const tf = el('form', { id: 'token-form', class: 'row' },
    el('input', { name: 'label', placeholder: 'what the token is for', required: true, autocomplete: 'off' }),
    el('button', { class: 'secondary', type: 'submit' }, 'Make a token'));
  tf.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const t = await sendJson('POST', '/api/tokens', { label: new FormData(tf).get('label') });
      await renderMyAccount();
      $('new-token').replaceChildren(el('p', {}, 'Your new token, shown this once (send it as Authorization: Bearer …):'), el('code', { id: 'token-value' }, t.token));
    } catch (err) { fail(err); }
  });
  $('view').replaceChildren(el('section', { id: 'account-page' }, el('h2', {}, `${session.user.name} (${session.user.role})`), pw,
    el('h3', {}, 'API tokens'), el('div', { class: 'scroll-x' }, el('table', { class: 'audit' }, el('tr', {}, ['#', 'Label', 'Made', 'State', ''].map((h) => el('th', {}, h))), rows)),
    tf, shown, msg));
}

// Review: the moves this user may make now, as buttons; a retraction asks for a reason.
async function reviewBox(inc, reload) {
  if (!session.user) return null;
  const box = el('div', { class: 'review', id: 'review' });
  let state;
  try { state = await getJson(`/api/incidents/${inc.id}/review`); } catch (e) { return null; }
  const msg = el('div');
  const reason = el('input', { name: 'reason', id: 'review-reason', placeholder: 'reason (kept in the audit log)' });
  const buttons = state.moves.map((m) => el('button', { type: 'button', class: 'secondary', 'data-to': m.to, onclick: async () => {
    try {
      await sendJson('POST', `/api/incidents/${inc.id}/review`, { to: m.to, reason: reason.value || null });
      reload(); refresh();
    } catch (err) { msg.replaceChildren(el('p', { class: 'error', role: 'alert' }, err.message)); }
  } }, m.verb.replace('-', ' ')));
  const last = state.history[state.history.length - 1];
  box.append(el('h3', {}, 'Review'),
    el('p', {}, `Status: ${state.status.replace('_', ' ')}`, last ? ` · last ${last.from.replace('_', ' ')} → ${last.to.replace('_', ' ')} by ${last.by}${last.reason ? ` (${last.reason})` : ''}` : ''),
    buttons.length ? el('div', { class: 'actions' }, reason, buttons) : null, msg);
  return box;
}

onSessionChange(renderAccount);
addRoute('login', /^\/login$/, renderLogin);
addRoute('account', /^\/account$/, renderMyAccount);
addIncidentSection(20, reviewBox);
