// DOM helpers shared by every feature. Every piece of data reaches the page through textContent or attributes, never
// innerHTML.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
export const $ = (id) => document.getElementById(id);
export const safeUrl = (u) => (typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null);
export const plural = (n, one, many) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
export function factRow(dl, label, ...value) {
  dl.append(el('dt', {}, label), el('dd', {}, ...value));
}

// Every page render takes a new number; a render still waiting on the network when a newer one starts gives up, so a
// slow answer never overwrites the page the user has since moved to.
let viewNo = 0;
/** Starts a render of the panel's view; returns its number, for {@link isCurrent}. */
export function beginView(showLoading = true) {
  if (showLoading) $('view').replaceChildren(el('p', {}, 'Loading…'));
  return ++viewNo;
}
/** Whether the render numbered {@code mine} is still the newest (no other page was asked for since it began). */
export const isCurrent = (mine) => mine === viewNo;
/** Shows a failed load in the view, unless a newer render has taken the view meanwhile. */
export function showViewError(mine, err) {
  if (isCurrent(mine)) $('view').replaceChildren(el('p', { class: 'error' }, err.message));
}

export function isPhone() { return window.matchMedia('(max-width: 760px)').matches; }
export function scrollToView() { if (isPhone()) $('view').scrollIntoView({ block: 'start' }); }
