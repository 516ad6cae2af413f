// Starting the page: who is signed in; then each feature's loading (basemap, filter choices) side by side; the first
// search; the page the address names; then what needs the page drawn.
import { loadSession } from './session.js';
import { refresh } from './search.js';
import { startRouting } from './router.js';

const loading = [];
const started = [];
/** Work to finish before the first page is drawn; a failure is logged under {@code name} and does not stop the page. */
export function atStart(name, fn) { loading.push({ name, fn }); }
/** Runs once the first page is drawn; the page counts as ready when every such step has finished. */
export function whenStarted(fn) { started.push(fn); }

export async function boot() {
  await loadSession();
  await Promise.all(loading.map(({ name, fn }) => fn().catch((e) => console.warn(name, e))));
  await refresh();
  startRouting();
  await Promise.all(started.map((fn) => fn()));
  document.body.dataset.ready = 'true';
}
