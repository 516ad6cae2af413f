// The timeline: incidents per week (per month over two years) for the filters without the period; dragging across it
// sets the period filter.
import { $ } from '../shared/dom.js';
import { filter, filtersChanged, onResults } from '../shared/search.js';

const canvas = $('timeline');
let bins = [];          // [{start: Date-string, end: Date-string, count}]
let drag = null;        // {x0, x1} in CSS pixels while dragging

function isoDay(d) { return d.toISOString().slice(0, 10); }
function addDays(day, n) { const d = new Date(day + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return isoDay(d); }
function endOfMonth(month) { const d = new Date(month + '-01T00:00:00Z'); d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); return isoDay(d); }

function makeBins(stats) {
  if (!stats.firstDay) return [];
  const spanDays = (Date.parse(stats.lastDay) - Date.parse(stats.firstDay)) / 86400000;
  if (spanDays > 730) {
    const out = []; let m = stats.firstDay.slice(0, 7);
    const last = stats.lastDay.slice(0, 7);
    while (m <= last) {
      out.push({ start: m + '-01', end: endOfMonth(m), count: stats.perMonth[m] || 0, label: m });
      const d = new Date(m + '-01T00:00:00Z'); d.setUTCMonth(d.getUTCMonth() + 1); m = d.toISOString().slice(0, 7);
    }
    return out;
  }
  const weeks = Object.keys(stats.perWeek).sort();
  const out = []; let w = weeks[0];
  while (w <= weeks[weeks.length - 1]) { out.push({ start: w, end: addDays(w, 6), count: stats.perWeek[w] || 0, label: 'week of ' + w }); w = addDays(w, 7); }
  return out;
}

function drawTimeline() {
  const dpr = window.devicePixelRatio || 1;
  const w = canvas.clientWidth, h = canvas.clientHeight;
  canvas.width = Math.round(w * dpr); canvas.height = Math.round(h * dpr);
  const g = canvas.getContext('2d');
  g.setTransform(dpr, 0, 0, dpr, 0, 0);
  g.clearRect(0, 0, w, h);
  if (!bins.length) { g.fillStyle = '#5f6b73'; g.font = '12px system-ui'; g.fillText('No dated incidents', 8, h / 2); return; }
  const axis = 14, max = Math.max(1, ...bins.map((b) => b.count)), bw = w / bins.length;
  const selFrom = filter.from, selTo = filter.to;
  bins.forEach((b, i) => {
    const bh = (b.count / max) * (h - axis - 16);
    const inside = (!selFrom || b.end >= selFrom) && (!selTo || b.start <= selTo);
    g.fillStyle = (selFrom || selTo) && !inside ? '#c9cfd3' : '#b3261e';
    g.fillRect(i * bw + 0.5, h - axis - bh, Math.max(1, bw - 1), bh);
  });
  g.fillStyle = '#5f6b73'; g.font = '11px system-ui'; g.textBaseline = 'bottom';
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const monthly = bins.length > 1 && bins[0].label.length === 7;
  let lastKey = '', lastEnd = -100;
  bins.forEach((b, i) => {
    const key = monthly ? b.start.slice(0, 4) : b.start.slice(0, 7);
    if (key === lastKey) return;
    const x = i * bw;
    const text = monthly ? key : (lastKey === '' || b.start.slice(5, 7) === '01' ? `${MONTHS[+b.start.slice(5, 7) - 1]} ${b.start.slice(0, 4)}` : MONTHS[+b.start.slice(5, 7) - 1]);
    lastKey = key;
    if (x < lastEnd + 6) return;
    g.fillRect(x, h - axis, 1, 4);
    g.fillText(text, x + 2, h);
    lastEnd = x + 2 + g.measureText(text).width;
  });
  g.textBaseline = 'top';
  g.fillText(`max ${max.toLocaleString('en')} per ${monthly ? 'month' : 'week'}`, 4, 2);
  if (drag) {
    g.fillStyle = 'rgba(26, 95, 180, .18)';
    g.fillRect(Math.min(drag.x0, drag.x1), 0, Math.abs(drag.x1 - drag.x0), h - axis);
  }
}

function binAt(x) {
  const i = Math.min(bins.length - 1, Math.max(0, Math.floor((x / canvas.clientWidth) * bins.length)));
  return bins[i];
}
canvas.addEventListener('pointerdown', (e) => {
  if (!bins.length) return;
  canvas.setPointerCapture(e.pointerId);
  drag = { x0: e.offsetX, x1: e.offsetX };
  drawTimeline();
});
canvas.addEventListener('pointermove', (e) => { if (drag) { drag.x1 = e.offsetX; drawTimeline(); } });
canvas.addEventListener('pointerup', (e) => {
  if (!drag) return;
  const a = binAt(Math.min(drag.x0, e.offsetX)), b = binAt(Math.max(drag.x0, e.offsetX));
  drag = null;
  setPeriod(a.start, b.end);
});

function setPeriod(from, to) {
  filter.from = from || ''; filter.to = to || '';
  $('f-from').value = filter.from; $('f-to').value = filter.to;
  filtersChanged();
}
$('timeline-clear').addEventListener('click', () => setPeriod('', ''));
window.addEventListener('resize', drawTimeline);

onResults((r) => {
  bins = makeBins(r.stats);
  $('timeline-clear').hidden = !(filter.from || filter.to);
  $('timeline-label').textContent = filter.from || filter.to
    ? `Period: ${filter.from || 'start'} to ${filter.to || 'end'}`
    : 'Drag across the timeline to choose a period.';
  drawTimeline();
});
