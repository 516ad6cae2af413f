// Evidence on the incident page (signed in): drag-and-drop upload with per-file progress, the list with hashes and
// near-duplicates, each file's chain of custody, verification steps and the bundle download.
import { el } from '../shared/dom.js';
import { session, can, getJson, sendJson } from '../shared/session.js';
import { addIncidentSection } from './incident.js';

function bytes(n) {
  if (n >= 1 << 30) return `${(n / (1 << 30)).toFixed(1)} GiB`;
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MiB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(1)} KiB`;
  return `${n} bytes`;
}

function evidenceSection(incidentId) {
  const list = el('div', { id: 'evidence-list' }, el('p', { class: 'hint' }, 'Loading evidence…'));
  const queue = el('ul', { class: 'upload-queue', id: 'upload-queue' });
  const input = el('input', { type: 'file', multiple: true, id: 'evidence-input', class: 'visually-hidden' });
  const source = el('input', { type: 'url', id: 'evidence-source', placeholder: 'Source URL (optional), e.g. https://t.me/…' });
  const drop = el('div', { class: 'dropzone', id: 'evidence-drop', tabindex: '0', role: 'button', 'aria-label': 'Add evidence files' },
    el('strong', {}, 'Drop files here'), ' or ', el('label', { for: 'evidence-input', class: 'linkish' }, 'choose files'),
    el('div', { class: 'hint' }, 'Photos, videos, audio, documents; several at once. Each is hashed (SHA-256) and stored once, unchanged.'));
  const start = (files) => { for (const f of files) uploadOne(incidentId, f, source.value.trim(), queue, () => loadEvidence(incidentId, list)); };
  input.addEventListener('change', () => { start(input.files); input.value = ''; });
  drop.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
  for (const t of ['dragenter', 'dragover']) drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add('over'); });
  for (const t of ['dragleave', 'drop']) drop.addEventListener(t, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); start(e.dataTransfer.files); });
  loadEvidence(incidentId, list);
  const bundle = el('a', { class: 'secondary', id: 'evidence-bundle', href: `/api/incidents/${incidentId}/evidence-bundle`, download: '' },
    'Download evidence bundle (zip: files, manifest, custody log)');
  return el('section', { class: 'evidence', id: 'evidence' }, el('h3', {}, 'Evidence'),
    can.edit() ? [drop, input, source, queue] : null, list,
    can.verify() ? [el('div', { class: 'actions' }, bundle), el('p', { class: 'hint' }, 'Check a bundle anywhere with: groundtruth verify-bundle FILE.zip')] : null);
}

// A file whose content contradicts its name is refused (415 TypeMismatch); the investigator may keep it anyway, typed
// by its content and flagged, when the name was changed on purpose.
function uploadOne(incidentId, file, sourceUrl, queue, done, acceptTypeMismatch = false, replacing = null) {
  const bar = el('progress', { max: '100', value: '0' });
  const status = el('span', { class: 'precision' }, 'waiting');
  const item = el('li', { class: 'upload' }, el('span', { class: 'name', dir: 'auto' }, file.name), bar, status);
  if (replacing) replacing.replaceWith(item); else queue.append(item);
  const xhr = new XMLHttpRequest();
  const params = new URLSearchParams({ incident: String(incidentId) });
  if (sourceUrl) params.set('sourceUrl', sourceUrl);
  if (acceptTypeMismatch) params.set('acceptTypeMismatch', 'true');
  xhr.open('POST', `/api/evidence?${params}`);
  xhr.setRequestHeader('X-Evidence-Name', encodeURIComponent(file.name));
  xhr.setRequestHeader('Accept', 'application/json');
  if (session.csrfToken) xhr.setRequestHeader('X-CSRF-Token', session.csrfToken);
  xhr.upload.addEventListener('progress', (e) => {
    if (e.lengthComputable) { bar.value = Math.round((e.loaded / e.total) * 100); status.textContent = `${bytes(e.loaded)} of ${bytes(e.total)}`; }
  });
  xhr.addEventListener('load', () => {
    let body = {};
    try { body = JSON.parse(xhr.responseText); } catch (_) { /* not JSON */ }
    if (xhr.status === 200 || xhr.status === 201) {
      bar.value = 100;
      status.textContent = xhr.status === 200 ? 'already held: added to its custody log' : `stored · SHA-256 ${body.sha256.slice(0, 12)}…`;
      item.classList.add('done');
      done();
    } else {
      item.classList.add('failed');
      status.replaceChildren(el('span', { class: 'error' }, body.description || `${xhr.status} ${xhr.statusText}`));
      if (body.code === 'TypeMismatch') {
        status.append(' ', el('button', { type: 'button', class: 'secondary keep-anyway',
          onclick: () => uploadOne(incidentId, file, sourceUrl, queue, done, true, item) }, 'Keep it anyway, typed by its content'));
      }
    }
  });
  xhr.addEventListener('error', () => { item.classList.add('failed'); status.replaceChildren(el('span', { class: 'error' }, 'the upload broke off; nothing was stored')); });
  status.textContent = 'uploading';
  xhr.send(file);
}

async function loadEvidence(incidentId, target) {
  let page;
  try { page = await getJson(`/api/evidence?incident=${incidentId}`); } catch (err) { target.replaceChildren(el('p', { class: 'error' }, err.message)); return; }
  if (!page.items.length) { target.replaceChildren(el('p', { class: 'hint' }, 'No evidence yet.')); return; }
  const rows = page.items.map((e) => {
    const cap = e.capture;
    const custody = el('details', { class: 'custody' }, el('summary', {}, 'Chain of custody'));
    custody.addEventListener('toggle', () => { if (custody.open) loadCustody(e.id, custody); });
    return [el('tr', { 'data-evidence-id': e.id },
      el('td', {}, can.verify() ? el('a', { href: e.fileHref, download: '', dir: 'auto' }, e.originalName) : el('span', { dir: 'auto' }, e.originalName),
        el('div', { class: 'hash', title: e.sha256 }, `SHA-256 ${e.sha256}`)),
      el('td', {}, e.mediaType, e.nameMismatch ? el('div', { class: 'warn' }, `name says ${e.nameMediaType}`) : null, el('div', { class: 'precision' }, bytes(e.sizeBytes))),
      el('td', {}, cap.capturedAt || '—', cap.capturedAtSource ? el('div', { class: 'precision' }, cap.capturedAtSource) : null,
        cap.latitude !== null ? el('div', { class: 'precision' }, `GPS ${cap.latitude.toFixed(5)}, ${cap.longitude.toFixed(5)}`) : null,
        cap.device ? el('div', { class: 'precision' }, cap.device) : null),
      el('td', { class: 'dups' }, e.nearDuplicates.length
        ? e.nearDuplicates.map((d) => el('div', { class: 'warn' }, `near-duplicate of #${d.evidenceId} ${d.originalName} (${d.distanceBits}/64 bits)`))
        : '—')),
    el('tr', { class: 'custody-row' }, el('td', { colspan: '4' }, custody))];
  });
  target.replaceChildren(el('table', { class: 'evidence-table' },
    el('tr', {}, el('th', {}, 'File'), el('th', {}, 'Type'), el('th', {}, 'Captured'), el('th', {}, 'Near-duplicates')), rows.flat()));
}

async function loadCustody(evidenceId, box) {
  let log;
  try { log = await getJson(`/api/evidence/${evidenceId}/custody`); } catch (err) { box.replaceChildren(box.firstChild, el('p', { class: 'error' }, err.message)); return; }
  const entries = el('ol', { class: 'custody-log' }, log.entries.map((c) => el('li', {},
    el('strong', {}, c.action), ` ${c.at} by ${c.actor}`,
    Object.keys(c.details).length ? el('div', { class: 'precision', dir: 'auto' }, Object.entries(c.details).map(([k, v]) => `${k}: ${v}`).join(' · ')) : null,
    el('div', { class: 'hash', title: `previous ${c.previousHash}` }, `entry ${c.entryHash}`))));
  const msg = el('div');
  const f = el('form', { class: 'incident-form verify-form' },
    el('fieldset', {}, el('legend', {}, 'Record a verification step'),
      el('label', {}, 'Kind', el('select', { name: 'kind' }, ['geolocated', 'chronolocated', 'authenticated', 'other'].map((k) => el('option', { value: k }, k)))),
      el('label', {}, 'How', el('input', { name: 'method', required: true, placeholder: 'e.g. skyline matched against satellite imagery' })),
      el('label', {}, 'Result', el('input', { name: 'result', required: true, placeholder: 'e.g. 35.8135, 36.6115 within 50 m' })),
      el('button', { class: 'secondary', type: 'submit' }, 'Record'), msg));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    try { await sendJson('POST', `/api/evidence/${evidenceId}/verifications`, Object.fromEntries(new FormData(f))); loadCustody(evidenceId, box); } catch (err) { msg.replaceChildren(el('p', { class: 'error' }, err.message)); }
  });
  box.replaceChildren(box.firstChild, entries, can.verify() ? f : null);
}

addIncidentSection(60, (inc) => (session.user ? evidenceSection(inc.id) : null));
