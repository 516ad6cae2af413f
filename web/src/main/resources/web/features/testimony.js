// Witness statements on the incident page, by pseudonym with their consent. The server decides what this user may
// see: identities only for admins and investigators, text only where the role or the witness's consent allows.
import { el, $ } from '../shared/dom.js';
import { getJson, sendJson } from '../shared/session.js';
import { addIncidentSection } from './incident.js';

const CONSENT_LABELS = { internal_only: 'internal only', publish_anonymised: 'may be published anonymised', publish_with_name: 'may be published with name' };

async function renderTestimony(incidentId) {
  const box = $('testimony');
  if (!box) return;
  let list;
  try { list = await getJson(`/api/incidents/${incidentId}/testimony`); } catch (err) { box.append(el('p', { class: 'error' }, err.message)); return; }
  // The reader may have moved on meanwhile, perhaps to another incident's page (and its own testimony box).
  if (!box.isConnected) return;
  box.replaceChildren(el('h3', {}, `Testimony (${list.items.length})`));
  const ul = el('ul', { class: 'statements', id: 'statement-list' });
  for (const t of list.items) {
    ul.append(el('li', { class: 'statement' },
      el('div', { class: 'source' }, el('span', { class: 'pseudonym', dir: 'auto' }, t.pseudonym), ' ',
        el('span', { class: `tag consent consent-${t.consent}` }, CONSENT_LABELS[t.consent] || t.consent)),
      el('div', { class: 'precision' }, [`interviewed ${t.interviewedOn}`, t.language ? `in ${t.language}` : null, t.interviewer ? `by ${t.interviewer}` : null].filter(Boolean).join(' · ')),
      t.identity ? el('div', { class: 'identity' }, el('strong', {}, 'Protected identity: '), el('span', { dir: 'auto' }, t.identity.name),
        t.identity.contact ? el('span', { dir: 'auto' }, ` · ${t.identity.contact}`) : null) : null,
      t.textWithheld ? el('div', { class: 'precision withheld' }, 'Text withheld: the witness did not consent to it leaving the team.')
        : el('div', { class: 'text', lang: t.language || null, dir: 'auto' }, t.text)));
  }
  box.append(list.items.length ? ul : el('p', { class: 'precision' }, 'No statements you may see.'));
  if (list.audience === 'admin' || list.audience === 'investigator') box.append(addStatementForm(incidentId));
}

function addStatementForm(incidentId) {
  const msg = el('div');
  const f = el('form', { class: 'incident-form', id: 'statement-form', autocomplete: 'off' },
    el('fieldset', {}, el('legend', {}, 'Add a witness statement'),
      el('label', {}, 'Pseudonym', el('input', { name: 'pseudonym', required: true, placeholder: 'e.g. Witness A, Ariha' })),
      el('label', {}, 'Interviewer', el('input', { name: 'interviewer', required: true })),
      el('div', { class: 'row' },
        el('label', {}, 'Interviewed on', el('input', { name: 'interviewedOn', type: 'date', required: true })),
        el('label', {}, 'Language', el('input', { name: 'language', placeholder: 'ar, en, uk' }))),
      el('label', {}, 'Consent', el('select', { name: 'consent' }, Object.entries(CONSENT_LABELS).map(([v, label]) => el('option', { value: v }, label)))),
      el('label', {}, 'Statement', el('textarea', { name: 'text', required: true })),
      el('label', {}, 'Witness name (sealed)', el('input', { name: 'name', required: true })),
      el('label', {}, 'Contact (sealed)', el('input', { name: 'contact' })),
      el('button', { class: 'secondary', type: 'submit' }, 'Add statement'), msg));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const v = Object.fromEntries(new FormData(f));
    try {
      await sendJson('POST', `/api/incidents/${incidentId}/testimony`, { pseudonym: v.pseudonym, interviewer: v.interviewer, interviewedOn: v.interviewedOn,
        language: v.language || null, consent: v.consent, text: v.text, identity: { name: v.name, contact: v.contact || null } });
      f.reset();
      renderTestimony(incidentId);
    } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  });
  return f;
}

addIncidentSection(70, () => el('section', { id: 'testimony', class: 'testimony' }, el('h3', {}, 'Testimony')), (inc) => renderTestimony(inc.id));
