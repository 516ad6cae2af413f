// The spotter's page (issue 11): report a sighting with one thumb. Everything is chosen from buttons (post, event,
// aircraft, count, base, heading); the token is given once (or by a link /spot#token=...) and kept on the phone
// with the last post, language and theatre. Sends POST /api/sightings with the X-Spotter-Token header; nothing
// else leaves the phone unless the spotter asks to add the phone's position.
const store = window.localStorage;
const T = {
  en: { title: 'Report a sighting', token: 'Your spotter token', save: 'Save', post: 'Your post', theatre: 'Where',
    event: 'What happened', aircraft: 'Aircraft', count: 'How many', base: 'From which base', heading: 'Heading',
    unknown: 'Not known', notSeen: 'Not seen', send: 'Send', sending: 'Sending…', sent: 'Sent', gps: 'Add my phone\'s position',
    gpsOn: 'Position added', forget: 'Forget my token', alert: 'Alert', ignored: 'Noted, no new alert', offline: 'Not sent: no connection. Try again.',
    needed: 'Choose: ', SY: 'Syria', UA: 'Ukraine', tokenNote: 'Given by your network\'s admin. It stays on this phone.',
    events: { take_off: 'Take-off', overflight: 'Overflight', heading: 'On course', circling: 'Circling', strike_seen: 'Strike seen',
      strike_heard: 'Strike heard', landing: 'Landing', returned_to_base: 'Returned to base' },
    points: { N: 'N', NE: 'NE', E: 'E', SE: 'SE', S: 'S', SW: 'SW', W: 'W', NW: 'NW' } },
  ar: { title: 'الإبلاغ عن مشاهدة', token: 'رمز الراصد', save: 'حفظ', post: 'نقطة المراقبة', theatre: 'المنطقة',
    event: 'ماذا حدث', aircraft: 'الطائرة', count: 'العدد', base: 'من أي قاعدة', heading: 'الاتجاه',
    unknown: 'غير معروف', notSeen: 'لم يُرَ', send: 'إرسال', sending: 'جارٍ الإرسال…', sent: 'تم الإرسال', gps: 'إضافة موقع الهاتف',
    gpsOn: 'أُضيف الموقع', forget: 'نسيان الرمز', alert: 'تحذير', ignored: 'سُجّلت، لا تحذير جديد', offline: 'لم يُرسل: لا اتصال. حاول مجدداً.',
    needed: 'اختر: ', SY: 'سوريا', UA: 'أوكرانيا', tokenNote: 'يعطيك إياه مسؤول الشبكة. يبقى على هذا الهاتف.',
    events: { take_off: 'إقلاع', overflight: 'تحليق', heading: 'في مسار', circling: 'تحويم', strike_seen: 'مشاهدة غارة',
      strike_heard: 'سماع غارة', landing: 'هبوط', returned_to_base: 'عودة إلى القاعدة' },
    points: { N: 'شمال', NE: 'شمال شرق', E: 'شرق', SE: 'جنوب شرق', S: 'جنوب', SW: 'جنوب غرب', W: 'غرب', NW: 'شمال غرب' } },
  uk: { title: 'Повідомити про спостереження', token: 'Ваш токен спостерігача', save: 'Зберегти', post: 'Ваш пост', theatre: 'Де',
    event: 'Що сталося', aircraft: 'Повітряне судно', count: 'Скільки', base: 'З якої бази', heading: 'Курс',
    unknown: 'Невідомо', notSeen: 'Не видно', send: 'Надіслати', sending: 'Надсилання…', sent: 'Надіслано', gps: 'Додати позицію телефону',
    gpsOn: 'Позицію додано', forget: 'Забути токен', alert: 'Тривога', ignored: 'Прийнято, нової тривоги немає', offline: 'Не надіслано: немає зв’язку. Спробуйте ще.',
    needed: 'Оберіть: ', SY: 'Сирія', UA: 'Україна', tokenNote: 'Його дає адміністратор мережі. Він залишається на цьому телефоні.',
    events: { take_off: 'Зліт', overflight: 'Проліт', heading: 'Рух курсом', circling: 'Кружляння', strike_seen: 'Видно удар',
      strike_heard: 'Чути удар', landing: 'Посадка', returned_to_base: 'Повернення на базу' },
    points: { N: 'Пн', NE: 'Пн-Сх', E: 'Сх', SE: 'Пд-Сх', S: 'Пд', SW: 'Пд-Зх', W: 'Зх', NW: 'Пн-Зх' } },
};
const COMPASS = ['NW', 'N', 'NE', 'W', null, 'E', 'SW', 'S', 'SE'];
const COUNTS = ['1', '2', '3', '4', '6', '10'];
const BASE_EVENTS = ['take_off', 'landing', 'returned_to_base'];

const state = { lang: store.getItem('gt-spot-lang') || 'en', token: store.getItem('gt-spot-token'), post: store.getItem('gt-spot-post'),
  theatre: store.getItem('gt-spot-theatre'), event: null, aircraft: null, count: '1', base: '', heading: '', lat: null, lon: null,
  reference: null, posts: [], status: null };

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}
const t = () => T[state.lang];

function choice(id, value, label, current, pick) {
  return el('button', { type: 'button', id, 'aria-pressed': String(value === current), onclick: () => { pick(value); draw(); } }, label);
}

function group(legend, cls, buttons) {
  return el('fieldset', {}, el('legend', {}, legend), el('div', { class: `choices ${cls || ''}` }, buttons));
}

function missing() {
  const need = [];
  if (!state.event) need.push(t().event);
  if (!state.aircraft) need.push(t().aircraft);
  if (state.event === 'take_off' && !state.base) need.push(t().base);
  if (state.posts.length > 1 && !state.post) need.push(t().post);
  return need;
}

function draw() {
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  document.title = `Groundtruth · ${t().title}`;
  const root = document.getElementById('spot');
  const langs = el('div', { class: 'langs' }, ['ar', 'en', 'uk'].map((l) => choice(`lang-${l}`, l, { ar: 'العربية', en: 'English', uk: 'Українська' }[l],
    state.lang, (v) => { state.lang = v; store.setItem('gt-spot-lang', v); })));
  if (!state.token) {
    const input = el('input', { id: 'token', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false' });
    root.replaceChildren(langs, el('h1', {}, t().title), el('label', { for: 'token' }, t().token), input,
      el('p', { class: 'note' }, t().tokenNote),
      el('button', { type: 'button', id: 'save-token', onclick: () => { if (input.value.trim()) { saveToken(input.value.trim()); } } }, t().save));
    return;
  }
  const ref = state.reference || { events: [], aircraft: [], bases: [] };
  const theatres = [...new Set(ref.aircraft.map((a) => a.theatre))];
  if (!state.theatre && theatres.length) state.theatre = theatres[0];
  const parts = [langs, el('h1', {}, t().title)];
  if (state.posts.length > 1) {
    parts.push(group(t().post, '', state.posts.map((p, i) => choice(`post-${i}`, p, p, state.post, (v) => { state.post = v; store.setItem('gt-spot-post', v); }))));
  }
  if (theatres.length > 1) {
    parts.push(group(t().theatre, '', theatres.map((th) => choice(`theatre-${th}`, th, t()[th] || th, state.theatre,
      (v) => { state.theatre = v; state.aircraft = null; state.base = ''; store.setItem('gt-spot-theatre', v); }))));
  }
  parts.push(group(t().event, '', ref.events.map((e) => choice(`event-${e}`, e, t().events[e] || e, state.event, (v) => { state.event = v; }))));
  parts.push(group(t().aircraft, '', ref.aircraft.filter((a) => a.theatre === state.theatre)
    .map((a, i) => choice(`aircraft-${i}`, a.type, a.names[state.lang] || a.type, state.aircraft, (v) => { state.aircraft = v; }))));
  parts.push(group(t().count, 'three', COUNTS.map((n) => choice(`count-${n}`, n, n === '10' ? '10+' : n, state.count, (v) => { state.count = v; }))));
  const bases = ref.bases.filter((b) => b.theatre === state.theatre);
  const baseGroup = group(t().base, '', [choice('base-none', '', t().unknown, state.base, (v) => { state.base = v; }),
    ...bases.map((b, i) => choice(`base-${i}`, b.code, b.names[state.lang] || b.code, state.base, (v) => { state.base = v; }))]);
  if (!BASE_EVENTS.includes(state.event)) baseGroup.classList.add('hidden');
  parts.push(baseGroup);
  parts.push(group(t().heading, 'compass', COMPASS.map((p) => (p === null
    ? choice('heading-none', '', t().notSeen, state.heading, (v) => { state.heading = v; })
    : choice(`heading-${p}`, p, t().points[p], state.heading, (v) => { state.heading = v; })))));
  parts.push(el('button', { type: 'button', id: 'gps', onclick: useGps }, state.lat === null ? t().gps : t().gpsOn));
  const statusBox = el('div', { id: 'status', class: `status ${state.status ? state.status.kind : ''}`, role: 'status', 'aria-live': 'polite' },
    state.status ? state.status.text : '');
  parts.push(statusBox);
  parts.push(el('button', { type: 'button', id: 'forget', onclick: () => { store.removeItem('gt-spot-token'); state.token = null; draw(); } }, t().forget));
  const need = missing();
  parts.push(el('button', { type: 'button', id: 'send', class: 'send', disabled: need.length > 0 || state.status?.kind === 'busy',
    onclick: send, title: need.length ? t().needed + need.join(', ') : null }, state.status?.kind === 'busy' ? t().sending : t().send));
  root.replaceChildren(...parts);
}

function saveToken(token) {
  state.token = token;
  store.setItem('gt-spot-token', token);
  loadPosts();
  draw();
}

function useGps() {
  if (!navigator.geolocation) return;
  navigator.geolocation.getCurrentPosition((p) => { state.lat = p.coords.latitude.toFixed(5); state.lon = p.coords.longitude.toFixed(5); draw(); },
    () => {}, { enableHighAccuracy: true, timeout: 15000 });
}

/** Now, with the phone's offset, as the API wants: 2015-11-29T11:35:00+02:00. */
function nowWithOffset() {
  const d = new Date();
  const pad = (n) => String(Math.abs(n)).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
    + `${off >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

async function send() {
  const body = { observedAt: nowWithOffset(), aircraft: state.aircraft, count: state.count, event: state.event, theatre: state.theatre };
  if (state.post) body.post = state.post;
  if (state.base && BASE_EVENTS.includes(state.event)) body.base = state.base;
  if (state.heading) body.heading = state.heading;
  if (state.lat !== null) { body.lat = state.lat; body.lon = state.lon; }
  state.status = { kind: 'busy', text: t().sending };
  draw();
  try {
    const r = await fetch('/api/sightings', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Spotter-Token': state.token }, body: JSON.stringify(body) });
    const a = await r.json();
    if (r.status === 201) {
      const changes = a.alerts.map((c) => `${t().alert}: ${c.level} (${c.change})`);
      state.status = { kind: 'ok', text: `✓ ${t().sent}. ${changes.length ? changes.join('; ') : t().ignored}` };
      state.event = null; state.heading = ''; state.lat = null; state.lon = null;
    } else {
      const problems = (a.problems || []).map((p) => `${p.field}: ${p.message}`);
      state.status = { kind: 'error', text: problems.length ? problems.join(' · ') : a.description };
      if (r.status === 401) { store.removeItem('gt-spot-token'); state.token = null; }
    }
  } catch (e) {
    state.status = { kind: 'error', text: t().offline };
  }
  draw();
}

async function loadPosts() {
  try {
    const r = await fetch('/api/sightings/posts', { headers: { 'X-Spotter-Token': state.token } });
    if (r.status === 401) { store.removeItem('gt-spot-token'); state.token = null; draw(); return; }
    const a = await r.json();
    state.posts = a.posts;
    if (!state.posts.includes(state.post)) state.post = state.posts.length === 1 ? state.posts[0] : null;
    draw();
  } catch (e) { console.warn('posts', e); }
}

async function start() {
  const m = location.hash.match(/token=([A-Za-z0-9_-]+)/);
  if (m) {
    store.setItem('gt-spot-token', m[1]);
    state.token = m[1];
    history.replaceState(null, '', location.pathname); // the token leaves the address bar and the history
  }
  state.reference = await (await fetch('/api/warning/reference')).json();
  draw();
  if (state.token) await loadPosts();
  document.body.dataset.ready = 'true';
}
start();
