// The public submission page (issue 13 item 3): anyone sends an account of a strike, with photos or videos and a
// contact if they wish. It goes to a moderation queue; nothing is published before a person has reviewed it. The page
// sends no cookie (credentials: 'omit'), so a submission is never tied to an account, and keeps nothing on the phone
// but the language chosen.
const T = {
  en: { title: 'Report a strike', lead: 'Tell us what happened: when, where, what was hit, who was hurt. Write in any of our languages.',
    text: 'What happened', textNote: 'Your own words. Dates, places and numbers help most.', files: 'Photos or videos (optional)',
    filesNote: (n, mb) => `Up to ${n} files, ${mb} MB each.`, contact: 'How we can reach you (optional)',
    contactNote: 'Sealed when it arrives; only investigators can open it.', send: 'Send', sending: 'Sending…',
    fileSent: (k, n) => `File ${k} of ${n} sent`, done: 'Thank you. Your account was received and waits for a moderator; nothing is published before a person has reviewed it.',
    offline: 'Not sent: no connection. Your text is still here; try again.', empty: 'Write what happened first.',
    tooMany: (n) => `At most ${n} files.`, privacy: 'We do not keep your internet address. Your contact, if you give one, is encrypted. A moderator reads every account before anything from it is used.',
    noFiles: 'This server does not take files.', fileFailed: 'A file could not be sent: ' },
  ar: { title: 'الإبلاغ عن غارة', lead: 'أخبرنا بما حدث: متى وأين وما الذي أُصيب ومن تضرر. اكتب بأي من لغاتنا.',
    text: 'ماذا حدث', textNote: 'بكلماتك. التواريخ والأماكن والأعداد تساعد أكثر.', files: 'صور أو فيديوهات (اختياري)',
    filesNote: (n, mb) => `حتى ${n} ملفات، ${mb} ميغابايت لكل ملف.`, contact: 'كيف نتواصل معك (اختياري)',
    contactNote: 'يُشفَّر فور وصوله؛ لا يفتحه إلا المحققون.', send: 'إرسال', sending: 'جارٍ الإرسال…',
    fileSent: (k, n) => `أُرسل الملف ${k} من ${n}`, done: 'شكراً لك. وصلتنا شهادتك وهي بانتظار المراجعة؛ لا يُنشر شيء قبل أن يراجعه شخص.',
    offline: 'لم يُرسل: لا اتصال. نصّك ما زال هنا؛ حاول مجدداً.', empty: 'اكتب ما حدث أولاً.',
    tooMany: (n) => `${n} ملفات كحد أقصى.`, privacy: 'لا نحتفظ بعنوانك على الإنترنت. وسيلة التواصل، إن أعطيتها، تُشفَّر. يقرأ مراجعٌ كل شهادة قبل استخدام أي شيء منها.',
    noFiles: 'هذا الخادم لا يستقبل ملفات.', fileFailed: 'تعذّر إرسال ملف: ' },
  uk: { title: 'Повідомити про удар', lead: 'Розкажіть, що сталося: коли, де, що було уражено, хто постраждав. Пишіть будь-якою з наших мов.',
    text: 'Що сталося', textNote: 'Вашими словами. Найбільше допомагають дати, місця й числа.', files: 'Фото або відео (необов’язково)',
    filesNote: (n, mb) => `До ${n} файлів, до ${mb} МБ кожен.`, contact: 'Як з вами зв’язатися (необов’язково)',
    contactNote: 'Шифрується одразу після отримання; відкрити можуть лише слідчі.', send: 'Надіслати', sending: 'Надсилання…',
    fileSent: (k, n) => `Надіслано файл ${k} з ${n}`, done: 'Дякуємо. Ваше повідомлення отримано й чекає на модератора; нічого не публікується, доки його не перегляне людина.',
    offline: 'Не надіслано: немає зв’язку. Ваш текст залишився тут; спробуйте ще.', empty: 'Спершу опишіть, що сталося.',
    tooMany: (n) => `Не більше ${n} файлів.`, privacy: 'Ми не зберігаємо вашу інтернет-адресу. Контакт, якщо ви його залишите, шифрується. Модератор читає кожне повідомлення, перш ніж щось із нього використати.',
    noFiles: 'Цей сервер не приймає файлів.', fileFailed: 'Не вдалося надіслати файл: ' },
};
const NAMES = { en: 'English', ar: 'العربية', uk: 'Українська' };

function pickLanguage() {
  const saved = window.localStorage.getItem('gt-submit-lang');
  if (saved && T[saved]) return saved;
  const nav = (navigator.language || 'en').slice(0, 2);
  return T[nav] ? nav : 'en';
}

const state = { lang: pickLanguage(), settings: null, status: null, busy: false, done: false };
const t = () => T[state.lang];

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function setLanguage(lang) {
  // what was typed stays: only the page's words change
  state.lang = lang;
  window.localStorage.setItem('gt-submit-lang', lang);
  draw();
}

let form = null;
function buildForm() {
  const s = state.settings;
  form = {
    text: el('textarea', { id: 'submit-text', name: 'text', maxlength: s.maxCharacters, required: true, dir: 'auto' }),
    files: s.maxFiles > 0 ? el('input', { id: 'submit-files', type: 'file', name: 'files', multiple: true, accept: 'image/*,video/*' }) : null,
    contact: s.contact ? el('input', { id: 'submit-contact', type: 'text', name: 'contact', maxlength: 500, autocomplete: 'off', dir: 'auto' }) : null,
  };
}

function draw() {
  const root = document.getElementById('submit');
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  document.title = `Groundtruth · ${t().title}`;
  const s = state.settings;
  const langs = el('div', { class: 'langs' }, Object.keys(T).map((l) => el('button', { type: 'button', lang: l, id: `lang-${l}`,
    'aria-pressed': String(l === state.lang), onclick: () => setLanguage(l) }, NAMES[l])));
  const status = state.status ? el('p', { class: `status ${state.status.kind}`, id: 'submit-status', role: 'status' }, state.status.text) : null;
  if (state.done) {
    root.replaceChildren(langs, el('h1', {}, t().title), status);
    return;
  }
  const mb = Math.floor(s.maxFileBytes / (1 << 20));
  root.replaceChildren(langs, el('h1', {}, t().title), el('p', { class: 'lead' }, t().lead),
    el('form', { id: 'submit-form', onsubmit: (e) => { e.preventDefault(); send(); } },
      el('label', { for: 'submit-text' }, t().text), form.text, el('p', { class: 'note' }, t().textNote),
      form.files ? [el('label', { for: 'submit-files' }, t().files), form.files, el('p', { class: 'note' }, t().filesNote(s.maxFiles, mb))] : null,
      form.contact ? [el('label', { for: 'submit-contact' }, t().contact), form.contact, el('p', { class: 'note' }, t().contactNote)] : null,
      status,
      el('button', { class: 'send', type: 'submit', id: 'submit-send', disabled: state.busy }, state.busy ? t().sending : t().send)),
    el('p', { class: 'privacy' }, t().privacy));
}

async function post(url, headers, body) {
  // no cookie, ever: a submission is anonymous whoever sends it
  const r = await fetch(url, { method: 'POST', credentials: 'omit', headers, body });
  const a = await r.json().catch(() => ({}));
  return { ok: r.ok, status: r.status, body: a };
}

async function send() {
  const text = form.text.value.trim();
  if (!text) { state.status = { kind: 'error', text: t().empty }; draw(); return; }
  const files = form.files ? [...form.files.files] : [];
  if (files.length > state.settings.maxFiles) { state.status = { kind: 'error', text: t().tooMany(state.settings.maxFiles) }; draw(); return; }
  state.busy = true; state.status = { kind: 'busy', text: t().sending }; draw();
  try {
    const payload = { text };
    if (form.contact && form.contact.value.trim()) payload.contact = form.contact.value.trim();
    const a = await post('/api/submissions', { 'Content-Type': 'application/json', Accept: 'application/json' }, JSON.stringify(payload));
    if (!a.ok) { state.status = { kind: 'error', text: a.body.code === 'EmptyText' ? t().empty : a.body.description || `${a.status}` }; return; }
    const failures = [];
    for (let k = 0; k < files.length; k++) {
      const f = await post('/api/submissions/files', { 'X-Submission-Receipt': a.body.receipt, 'X-File-Name': encodeURIComponent(files[k].name),
        'Content-Type': files[k].type || 'application/octet-stream' }, files[k]);
      if (!f.ok) failures.push(`${files[k].name}: ${f.body.description || f.status}`);
      state.status = { kind: 'busy', text: t().fileSent(k + 1, files.length) }; draw();
    }
    state.done = true;
    state.status = { kind: failures.length ? 'error' : 'ok', text: t().done + (failures.length ? ` ${t().fileFailed}${failures.join('; ')}` : '') };
    form.text.value = ''; if (form.contact) form.contact.value = '';
  } catch (e) {
    state.status = { kind: 'error', text: t().offline };
  } finally {
    state.busy = false;
    draw();
  }
}

async function start() {
  try {
    const r = await fetch('/api/submissions/settings', { credentials: 'omit' });
    state.settings = await r.json();
    if (!r.ok) { document.getElementById('submit').replaceChildren(el('p', { class: 'status error' }, state.settings.description || 'unavailable')); return; }
  } catch (e) {
    document.getElementById('submit').replaceChildren(el('p', { class: 'status error' }, T[state.lang].offline));
    return;
  }
  buildForm();
  draw();
  document.body.dataset.ready = 'true';
}
start();
