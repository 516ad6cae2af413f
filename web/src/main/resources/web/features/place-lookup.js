// Looking a place up as its name is typed (GET /api/places): a list of suggestions under a text field; choosing one
// (click, or the arrow keys and Enter) hands the place to the caller. Used by the incident form.
import { el } from '../shared/dom.js';
import { getJson } from '../shared/session.js';

/**
 * Turns {@code input} into a type-ahead over the gazetteer; {@code onChoose(place)} gets the chosen place as the API
 * gives it (name, arabicName, ukrainianName, lat, lon, precision, governorate, district, countryCode, population).
 * Returns the element to place after the input (the suggestions).
 */
export function placeLookup(input, onChoose) {
  const list = el('ul', { class: 'place-suggestions', id: `${input.id || input.name}-suggestions`, role: 'listbox', hidden: true });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  let places = [], active = -1, askNo = 0, timer = null;

  function close() { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; }
  function choose(i) {
    const p = places[i];
    if (!p) return;
    close();
    onChoose(p);
  }
  function mark(i) {
    active = i;
    [...list.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
  }
  function show() {
    list.replaceChildren(...places.map((p, i) => el('li', { role: 'option', class: 'place-suggestion', 'aria-selected': 'false',
      onmousedown: (e) => { e.preventDefault(); choose(i); } },
      el('span', { class: 'place-suggestion-name' }, p.name),
      [p.arabicName, p.ukrainianName].filter(Boolean).map((n) => el('span', { class: 'place-suggestion-other', dir: 'auto' }, n)),
      el('span', { class: 'place-suggestion-where' }, [p.precision, p.district, p.governorate, p.countryCode].filter(Boolean).join(', ')))));
    if (!places.length) list.append(el('li', { class: 'place-suggestion-none' }, 'No place of that name in the gazetteer; give the coordinates below.'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }
  async function ask() {
    const text = input.value.trim();
    const mine = ++askNo;
    if (text.length < 2) { places = []; close(); return; }
    let answer;
    try { answer = await getJson(`/api/places?q=${encodeURIComponent(text)}&limit=8`); } catch (err) { console.warn('places', err); return; }
    if (mine !== askNo || document.activeElement !== input) return;
    places = answer.places;
    show();
  }
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(ask, 150); });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); mark(Math.min(places.length - 1, active + 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); mark(Math.max(0, active - 1)); }
    else if (e.key === 'Enter' && places.length) { e.preventDefault(); choose(Math.max(0, active)); }
    else if (e.key === 'Escape') close();
  });
  return list;
}
