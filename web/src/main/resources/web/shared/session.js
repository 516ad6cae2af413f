// Who is signed in, and fetch with the session's CSRF token.
// The public sees published incidents only; signed-in users see all, and may do what their role allows.

export const session = { user: null, csrfToken: null };
export const can = {
  edit: () => ['admin', 'investigator'].includes(session.user?.role),
  verify: () => ['admin', 'investigator', 'reviewer'].includes(session.user?.role),
  admin: () => session.user?.role === 'admin',
  merge: () => !!session.user,
  decideMerge: () => ['admin', 'investigator', 'reviewer'].includes(session.user?.role),
  review: () => ['admin', 'reviewer'].includes(session.user?.role),
};

export async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.description || `${res.status} ${res.statusText}`);
  return body;
}
// Every change made with the session cookie carries the session's CSRF token (the server refuses it otherwise).
export async function sendJson(method, url, payload) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken;
  const res = await fetch(url, { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload) });
  if (res.status === 204) return {};
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.description || `${res.status} ${res.statusText}`);
  return body;
}

// Parts of the page that depend on who is signed in (the navigation, the account box) redraw when it changes.
const listeners = [];
export function onSessionChange(fn) { listeners.push(fn); }
/** Sets who is signed in (null: nobody) and redraws what depends on it. */
export function setSession(user, csrfToken) {
  session.user = user; session.csrfToken = csrfToken || null;
  for (const fn of listeners) fn();
}
export async function loadSession() {
  let s = { user: null, csrfToken: null };
  try { s = await getJson('/api/session'); } catch (e) { /* signed out */ }
  setSession(s.user, s.csrfToken);
}
