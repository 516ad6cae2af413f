// Hash routes and the navigation links. Each feature module registers its own pages and its link here; the router
// draws whichever page the address names, and redraws the links when who is signed in changes.
import { el, $ } from './dom.js';
import { onSessionChange } from './session.js';

const routes = [];
let fallback = null;
const afterRoute = [];
const links = [];

/**
 * A page at the hash path matching {@code pattern} (anchored), drawn by {@code render(route)}; {@code params(match)}
 * turns the match into the route's fields. {@code keepsSelection}: the page shows something on the map itself.
 */
export function addRoute(name, pattern, render, { params = () => ({}), keepsSelection = false } = {}) {
  routes.push({ name, pattern, render, params, keepsSelection });
}
/** The page for every path no route matches. */
export function setFallbackRoute(name, render) { fallback = { name, render, params: () => ({}), keepsSelection: false }; }
/** Runs after each page's render has started, with the route drawn. */
export function onRoute(fn) { afterRoute.push(fn); }

function resolve() {
  const h = location.hash.replace(/^#/, '') || '/';
  for (const r of routes) {
    const m = h.match(r.pattern);
    if (m) return { r, route: { name: r.name, keepsSelection: r.keepsSelection, ...r.params(m) } };
  }
  return { r: fallback, route: { name: fallback.name, keepsSelection: false } };
}
/** The route the address names now: its name and its fields. */
export function currentRoute() { return resolve().route; }

function route() {
  const { r, route: current } = resolve();
  r.render(current);
  for (const fn of afterRoute) fn(current);
}
/** Draws the page the address names, and from now on each page the address moves to. */
export function startRouting() {
  // Listen only now: route() renders whatever the hash has become meanwhile, and an earlier listener would render
  // the same page twice, the second replacing the first while someone reads it.
  window.addEventListener('hashchange', route);
  route();
}

/** A link in the top bar, placed by {@code order}, shown while {@code visible()} holds (checked when the session changes). */
export function addNavLink({ id, href, label, order, visible = () => true }) {
  const link = el('a', { href, id, 'data-order': order, hidden: !visible() }, label);
  links.push({ link, visible });
  const nav = $('nav-links');
  const after = [...nav.children].find((a) => Number(a.dataset.order) > order);
  nav.insertBefore(link, after || null);
}
onSessionChange(() => { for (const { link, visible } of links) link.hidden = !visible(); });
