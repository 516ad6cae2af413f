// Text intake (issue 13): paste a text, a saved HTML page or a JSONL of posts and review what was read from it. Every
// value is highlighted in the text where it was read; a person accepts each candidate (as a new draft incident, or as a
// report of an incident the matcher proposes), corrects it first, or discards it. Public submissions wait here for a
// moderator. On an incident's page, the candidates accepted into it show their spans.
import { el, $, safeUrl, plural, factRow, beginView, isCurrent, showViewError, scrollToView } from '../shared/dom.js';
import { session, can, getJson, sendJson } from '../shared/session.js';
import { addRoute, addNavLink } from '../shared/router.js';
import { addIncidentSection } from './incident.js';

const OBJECTS = ['residential', 'market', 'place_of_worship', 'medical', 'school', 'civil_defence', 'water_and_power', 'displacement_camp', 'other'];
const FIGURES = [['killed', 'Killed', 'killed'], ['injured', 'Injured', 'injured'], ['children', 'Children killed', 'childrenKilled'],
  ['women', 'Women killed', 'womenKilled'], ['men', 'Men killed', 'menKilled'], ['killedOrInjured', 'Killed or injured', null]];
const QUEUES = [['open', 'To review'], ['awaiting_moderation', 'Submissions to moderate'], ['closed', 'Done'], ['discarded', 'Refused']];
const TERM_CLASS = { object: 'hl-object', party: 'hl-party', aircraft: 'hl-weapon', munition: 'hl-weapon', base: 'hl-base', event: 'hl-event' };

/** Every value of a candidate with its spans: [{key, cls, label, value, spans}]. */
function valuesOf(c) {
  const k = `c${c.ordinal}`;
  const out = [];
  if (c.date) out.push({ key: `${k}-date`, cls: 'hl-date', label: 'Date', value: `${c.date.display} (${c.date.precision.replace('_', ' ')}; ${c.date.basis.replaceAll('_', ' ')})`, spans: c.date.span ? [c.date.span] : [] });
  c.places.forEach((p, i) => out.push({ key: `${k}-place${i}`, cls: 'hl-place', label: c.place && p.span.start === c.place.span.start ? 'Place' : `Place (${p.role})`,
    value: [p.name, p.governorate, p.countryCode].filter(Boolean).join(', ') + ` · ${p.level}`, spans: [p.span] }));
  for (const [code, label] of FIGURES) {
    const f = c.casualties[code];
    if (f) out.push({ key: `${k}-${code}`, cls: 'hl-count', label, value: `${f.display} (${f.qualifier.replace('_', ' ')})`, spans: f.spans });
  }
  c.terms.forEach((t, i) => out.push({ key: `${k}-term${i}`, cls: TERM_CLASS[t.kind] || 'hl-event', label: t.kind, value: t.code.replaceAll('_', ' '), spans: [t.span] }));
  c.responses.forEach((r, i) => out.push({ key: `${k}-response${i}`, cls: 'hl-response', label: 'Response', value: `${r.party.replaceAll('_', ' ')}: ${r.label}`, spans: [r.span, r.partySpan] }));
  return out;
}

/** The text as nodes, each span of a value inside a <mark> (never innerHTML: the text is someone else's). */
function highlighted(text, values) {
  const marks = [];
  for (const v of values) for (const s of v.spans) marks.push({ start: s.start, end: s.end, cls: v.cls, key: v.key, title: `${v.label}: ${v.value}` });
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i], b = cuts[i + 1];
    const cover = marks.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    out.push(cover.length ? el('mark', { class: `hl ${[...new Set(cover.map((m) => m.cls))].join(' ')}`, 'data-keys': cover.map((m) => m.key).join(' '),
      title: cover.map((m) => m.title).join('; ') }, piece) : piece);
  }
  return out;
}

function flash(root, key) {
  for (const m of root.querySelectorAll('mark.hl')) m.classList.toggle('flash', m.dataset.keys.split(' ').includes(key));
}

function valueList(c, sourceBox) {
  const dl = el('dl', { class: 'facts candidate-values' });
  for (const v of valuesOf(c)) {
    dl.append(el('dt', {}, v.label), el('dd', { 'data-key': v.key, onclick: () => flash(sourceBox, v.key) }, v.value, ' ',
      v.spans.length ? el('q', { class: 'span-quote', dir: 'auto' }, v.spans[0].text) : el('span', { class: 'precision' }, '(from the publication time)')));
  }
  if (!dl.children.length) dl.append(el('dt', {}, 'Values'), el('dd', {}, 'nothing was read'));
  return dl;
}

// ---- the intake page: paste, and the queues

async function renderIntake(status) {
  const mine = beginView();
  let page;
  try { page = await getJson(`/api/intake/texts?status=${status}&limit=100`); } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
  const list = el('ul', { class: 'incident-list', id: 'intake-queue' });
  for (const t of page.items) {
    list.append(el('li', {}, el('a', { href: `#/intake/texts/${t.id}` },
      el('span', { class: 'title', dir: 'auto' }, t.excerpt + (t.characters > t.excerpt.length ? '…' : '')),
      el('span', { class: 'meta' }, [t.origin === 'submitted' ? 'public submission' : `pasted by ${t.receivedBy.replace(/^user:/, '')}`,
        t.receivedAt.slice(0, 16).replace('T', ' '), t.language, `${t.pending} of ${plural(t.candidates, 'candidate', 'candidates')} to review`,
        t.senderTag ? `sender ${t.senderTag.slice(0, 6)}` : null].filter(Boolean).join(' · ')))));
  }
  $('view').replaceChildren(el('article', { id: 'intake-page' },
    el('h2', {}, 'Text intake'),
    can.edit() ? pasteForm() : null,
    el('nav', { class: 'tabs' }, QUEUES.map(([s, label]) => el('a', { href: `#/intake?status=${s}`, class: s === status ? 'current' : null }, label))),
    el('p', { class: 'summary-line' }, plural(page.numberMatched, 'text', 'texts')),
    page.items.length ? list : el('p', { class: 'precision' }, 'Nothing here.')));
  scrollToView();
}

function pasteForm() {
  const msg = el('div');
  const f = el('form', { class: 'incident-form', id: 'intake-form' },
    el('fieldset', {}, el('legend', {}, 'Read a text'),
      el('label', {}, 'Text, HTML page or JSONL of posts', el('textarea', { name: 'text', id: 'intake-text', rows: 8, required: true, dir: 'auto' })),
      el('div', { class: 'row3' },
        el('label', {}, 'Form', el('select', { name: 'format' }, [['text', 'plain text'], ['html', 'HTML page'], ['jsonl', 'JSONL of posts']].map(([v, l]) => el('option', { value: v }, l)))),
        el('label', {}, 'Language', el('select', { name: 'language' }, [['', 'from the script'], ['en', 'English'], ['ar', 'Arabic'], ['uk', 'Ukrainian']].map(([v, l]) => el('option', { value: v }, l)))),
        el('label', {}, 'Published', el('input', { name: 'published', placeholder: '2015-11-30T08:00+02:00' }))),
      el('div', { class: 'row' },
        el('label', {}, 'URL', el('input', { name: 'url', type: 'url', placeholder: 'https://…' })),
        el('label', {}, 'Author or channel', el('input', { name: 'author' }))),
      el('button', { type: 'submit', id: 'intake-read' }, 'Read'), msg));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = Object.fromEntries(new FormData(f));
    if (new Blob([v.text]).size > 1000000) { msg.replaceChildren(el('p', { class: 'error' }, 'text: more than 1,000,000 bytes; split it, or send posts in parts')); return; }
    msg.replaceChildren(el('p', { class: 'precision' }, 'Reading…'));
    try {
      const a = await sendJson('POST', '/api/intake/texts', { text: v.text, format: v.format, language: v.language || null,
        published: v.published || null, url: v.url || null, author: v.author || null });
      location.hash = a.texts.length === 1 ? `#/intake/texts/${a.texts[0].id}` : '#/intake?status=open';
    } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  });
  return f;
}

// ---- one text and its candidates

async function renderText(id) {
  const mine = beginView();
  let t;
  try { t = await getJson(`/api/intake/texts/${id}`); } catch (err) { showViewError(mine, err); return; }
  if (!isCurrent(mine)) return;
  const reload = () => renderText(id);
  const all = t.candidates.flatMap(valuesOf);
  const source = el('div', { class: 'intake-source text', id: 'intake-source', dir: 'auto', lang: t.language }, highlighted(t.text, all));
  const facts = el('dl', { class: 'facts' });
  factRow(facts, 'From', t.origin === 'submitted' ? 'a public submission' : `pasted by ${t.receivedBy.replace(/^user:/, '')}`, ` · ${t.receivedAt.slice(0, 16).replace('T', ' ')} UTC`);
  const url = safeUrl(t.url);
  if (url) factRow(facts, 'URL', el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, url));
  if (t.author) factRow(facts, 'Author', t.author);
  factRow(facts, 'Published', t.published || 'not given: relative dates could not be placed');
  factRow(facts, 'Language', t.language);
  factRow(facts, 'SHA-256', el('code', {}, t.sha256), t.pageSha256 ? ` (page ${t.pageSha256.slice(0, 16)}…)` : '');
  if (t.notes.length) factRow(facts, 'Notes', t.notes.join('; '));
  if (t.evidence.length) factRow(facts, 'Files', t.evidence.map((e) => `evidence #${e.id}`).join(', '));
  const cards = t.candidates.map((c) => candidateCard(t, c, source, reload));
  $('view').replaceChildren(el('article', { class: 'incident', id: 'intake-text-page' },
    el('a', { href: '#/intake?status=open' }, '← Text intake'),
    el('h2', {}, `Text ${t.id} · ${t.status.replaceAll('_', ' ')}`), facts,
    t.status === 'awaiting_moderation' ? moderationBox(t, reload) : null,
    t.moderation ? el('p', { class: 'precision' }, `Moderated by ${t.moderation.by} at ${t.moderation.at.slice(0, 16)}${t.moderation.reason ? `: ${t.moderation.reason}` : ''}`) : null,
    t.hasContact && can.edit() ? contactBox(t) : null,
    el('h3', {}, 'The text'), source,
    el('h3', {}, `Candidate reports (${t.candidates.length})`),
    t.candidates.length ? cards : el('p', { class: 'precision' }, 'No strike with harm was read from this text.')));
  scrollToView();
}

function moderationBox(t, reload) {
  const msg = el('div');
  const reason = el('input', { name: 'reason', id: 'moderation-reason', placeholder: 'why (needed to refuse)' });
  const act = async (decision) => {
    try { await sendJson('POST', `/api/intake/texts/${t.id}/moderation`, { decision, reason: reason.value || null }); reload(); }
    catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  };
  return el('div', { class: 'moderation', id: 'moderation' },
    el('p', {}, 'A public submission: nothing from it is reviewed before a moderator lets it through.'), reason,
    el('button', { type: 'button', id: 'let-through', onclick: () => act('let_through') }, 'Let through to review'), ' ',
    el('button', { type: 'button', class: 'secondary', id: 'refuse', onclick: () => act('refuse') }, 'Refuse'), msg);
}

function contactBox(t) {
  const box = el('div', { class: 'identity' });
  box.append(el('button', { type: 'button', class: 'secondary', id: 'open-contact', onclick: async () => {
    try { const a = await getJson(`/api/intake/texts/${t.id}/contact`); box.replaceChildren(el('strong', {}, 'Sealed contact: '), el('span', { dir: 'auto' }, a.contact)); }
    catch (err) { box.append(el('p', { class: 'error' }, err.message)); }
  } }, 'Open the submitter’s sealed contact (recorded in the audit log)'));
  return box;
}

function candidateCard(t, c, source, reload) {
  const card = el('section', { class: `candidate candidate-${c.status}`, id: `candidate-${c.ordinal}` },
    el('h4', {}, `Candidate ${c.ordinal}`, ' ', el('span', { class: 'tag' }, c.status)),
    el('blockquote', { dir: 'auto', lang: t.language }, t.text.slice(c.extent.start, c.extent.end)),
    valueList(c, source));
  if (c.decision) {
    const d = c.decision;
    card.append(el('p', { class: 'decision' }, `${c.status === 'accepted' ? 'Accepted' : 'Discarded'} by ${d.by.replace(/^user:/, '')} at ${d.at.slice(0, 16).replace('T', ' ')}`,
      d.incidentId ? [' into ', el('a', { href: `#/incidents/${d.incidentId}`, class: 'accepted-incident' }, `incident ${d.incidentId}`)] : null,
      d.heldForReview ? ' (waits for a reviewer: the incident is published)' : '', d.corrected.length ? ` · corrected: ${d.corrected.join(', ')}` : '',
      d.reason ? ` · ${d.reason}` : ''));
  } else if (can.edit() && t.status === 'open') {
    card.append(reviewForm(t, c, reload));
  }
  return card;
}

/** The form shows what would be accepted; whatever the person changes is sent, and the server names it as corrected. */
function reviewForm(t, c, reload) {
  const p = c.proposedFacts;
  const msg = el('div');
  const input = (name, value, attrs = {}) => el('input', { name, value: value ?? '', ...attrs });
  const range = (key) => p.casualties[key] || { min: null, max: null };
  const f = el('form', { class: 'incident-form review-form', id: `review-${c.ordinal}` },
    el('fieldset', {}, el('legend', {}, 'Accept, correct or discard'),
      el('label', {}, 'Title', input('title', p.title)),
      el('div', { class: 'row3' },
        el('label', {}, 'First day', input('firstDay', p.date?.firstDay, { type: 'date' })),
        el('label', {}, 'Last day', input('lastDay', p.date?.lastDay, { type: 'date' })),
        el('label', {}, 'Date precision', el('select', { name: 'datePrecision' }, ['exact_time', 'part_of_day', 'day', 'week', 'month', 'year']
          .map((v) => el('option', { value: v, selected: (p.date?.precision || 'day') === v }, v.replaceAll('_', ' ')))))),
      el('div', { class: 'row3' },
        el('label', {}, 'Place', input('placeName', p.location.placeName)),
        el('label', {}, 'Governorate', input('governorate', p.location.governorate)),
        el('label', {}, 'Place precision', el('select', { name: 'placePrecision' }, ['exact', 'neighbourhood', 'town', 'district', 'governorate', 'country', 'unknown']
          .map((v) => el('option', { value: v, selected: p.location.precision === v }, v))))),
      el('div', { class: 'row' },
        el('label', {}, 'Latitude', input('lat', p.location.lat, { inputmode: 'decimal' })),
        el('label', {}, 'Longitude', input('lon', p.location.lon, { inputmode: 'decimal' }))),
      el('div', { class: 'row3' }, FIGURES.filter(([, , key]) => key).map(([, label, key]) => el('label', {}, `${label} (min–max)`,
        el('span', { class: 'range' }, input(`${key}Min`, range(key).min, { inputmode: 'numeric', size: 4 }), '–', input(`${key}Max`, range(key).max, { inputmode: 'numeric', size: 4 }))))),
      el('div', { class: 'objects' }, 'Objects hit: ', OBJECTS.map((o) => el('label', { class: 'inline' },
        el('input', { type: 'checkbox', name: 'objectsHit', value: o, checked: p.objectsHit.includes(o) }), ` ${o.replaceAll('_', ' ')}`))),
      c.responses.length ? el('div', { class: 'objects' }, 'Record as responses: ', c.responses.map((r, i) => el('label', { class: 'inline' },
        el('input', { type: 'checkbox', name: 'responses', value: String(i) }), ` ${r.party.replaceAll('_', ' ')} ${r.label}`))) : null,
      el('label', {}, 'Reason or note', input('reason', '')),
      el('div', { class: 'actions' },
        el('button', { type: 'submit', class: 'accept-new', id: `accept-new-${c.ordinal}` }, 'Accept as a new draft incident'), ' ',
        el('button', { type: 'button', class: 'secondary', id: `discard-${c.ordinal}`, onclick: () => decide('discard') }, 'Discard')),
      el('div', { class: 'proposals', id: `proposals-${c.ordinal}` }, el('p', { class: 'precision' }, 'Looking for incidents it may describe…')),
      el('div', { class: 'row' }, el('label', {}, 'Or add it to the incident with id', input('incident', '', { placeholder: 'public id or number' })),
        el('button', { type: 'button', class: 'secondary', onclick: () => decide('accept', f.elements.incident.value.trim()) }, 'Add as a report there')),
      msg));
  const factsFromForm = () => {
    const v = (n) => f.elements[n].value.trim();
    const num = (n) => (v(n) === '' ? null : Number(v(n)));
    const facts = structuredClone(p);
    facts.title = v('title');
    const precision = v('datePrecision');
    if (v('firstDay')) {
      const sameDate = p.date && p.date.firstDay === v('firstDay') && p.date.lastDay === (v('lastDay') || v('firstDay')) && p.date.precision === precision;
      facts.date = sameDate ? p.date : { precision, firstDay: v('firstDay'), lastDay: v('lastDay') || v('firstDay'),
        localTime: ['exact_time', 'part_of_day'].includes(precision) ? p.date?.localTime : null, utcOffset: p.date?.utcOffset ?? null };
    } else facts.date = null;
    const moved = String(p.location.lat ?? '') !== v('lat') || String(p.location.lon ?? '') !== v('lon');
    facts.location = { ...p.location, placeName: v('placeName') || null, governorate: v('governorate') || null, precision: v('placePrecision'),
      lat: num('lat'), lon: num('lon') };
    if (moved) facts.location.placedBy = 'manual';
    if (facts.location.lat === null) { facts.location.precision = 'unknown'; facts.location.placedBy = 'none'; }
    for (const [, , key] of FIGURES) if (key) facts.casualties[key] = { min: num(`${key}Min`), max: num(`${key}Max`) };
    facts.objectsHit = [...f.querySelectorAll('input[name=objectsHit]:checked')].map((x) => x.value);
    return facts;
  };
  const decide = async (what, incident) => {
    const reason = f.elements.reason.value.trim() || null;
    const responses = [...f.querySelectorAll('input[name=responses]:checked')].map((x) => Number(x.value));
    try {
      if (what === 'discard') await sendJson('POST', `/api/intake/candidates/${c.id}/discard`, { reason });
      else if (incident) await sendJson('POST', `/api/intake/candidates/${c.id}/accept`, { incident, reason, responses });
      else await sendJson('POST', `/api/intake/candidates/${c.id}/accept`, { facts: factsFromForm(), reason, responses });
      reload();
    } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  };
  f.addEventListener('submit', (e) => { e.preventDefault(); decide('accept'); });
  loadProposals(c, f, decide);
  return f;
}

async function loadProposals(c, f, decide) {
  let a;
  try { a = await getJson(`/api/intake/candidates/${c.id}/proposals`); } catch (err) { return; }
  const box = f.querySelector('.proposals');
  if (!box) return;
  if (!a.items.length) { box.replaceChildren(el('p', { class: 'precision' }, a.note || 'No recorded incident nearby at that time: accepting makes a new one.')); return; }
  box.replaceChildren(el('p', {}, 'It may describe one of these incidents:'), el('ul', { class: 'claims' }, a.items.map((p) => el('li', {},
    el('div', { class: 'source' }, el('a', { href: `#/incidents/${p.incident.id}` }, p.incident.title), el('span', { class: 'precision' },
      ` · ${p.incident.date.display} · ${p.distanceKm == null ? 'by place name' : `${p.distanceKm} km`} · confidence ${p.confidence.toFixed(2)} · ${p.incident.status.replace('_', ' ')}`)),
    el('div', { class: 'text' }, p.reason),
    el('button', { type: 'button', class: 'secondary add-to-proposed', onclick: () => decide('accept', p.incident.id) }, 'Add as a report of this incident')))));
}

// ---- on the incident page: the spans behind what was accepted

async function fromTexts(inc) {
  const box = $('intake-section');
  if (!box || !session.user) return;
  let a;
  try { a = await getJson(`/api/intake/incidents/${inc.id}/candidates`); } catch (err) { return; }
  if (!box.isConnected) return;
  if (!a.items.length) { box.remove(); return; }
  box.replaceChildren(el('h3', {}, `Read from texts (${a.items.length})`),
    el('p', { class: 'precision' }, 'Each value as it was read, highlighted where the text says it; a person accepted it.'),
    ...a.items.map((c) => {
      const text = c.source.text;
      const values = valuesOf(c);
      const passage = el('div', { class: 'intake-source text', dir: 'auto', lang: c.source.language }, highlighted(text, values));
      return el('div', { class: 'candidate', 'data-text': c.source.textId },
        passage, valueList(c, passage),
        el('p', { class: 'precision' }, `SHA-256 ${c.source.sha256.slice(0, 16)}… · `, el('a', { href: `#/intake/texts/${c.source.textId}` }, `text ${c.source.textId}`),
          c.decision.corrected.length ? ` · corrected by hand: ${c.decision.corrected.join(', ')}` : ''));
    }));
}

addIncidentSection(55, () => (session.user ? el('section', { id: 'intake-section', class: 'intake-section' }) : null), fromTexts);
addRoute('intake-text', /^\/intake\/texts\/(\d+)$/, (r) => renderText(r.id), { params: (m) => ({ id: m[1] }) });
addRoute('intake', /^\/intake(?:\?status=([a-z_]+))?$/, (r) => renderIntake(r.status), { params: (m) => ({ status: m[1] || 'open' }) });
addNavLink({ id: 'intake-link', href: '#/intake', label: 'Intake', order: 38, visible: () => can.verify() });
