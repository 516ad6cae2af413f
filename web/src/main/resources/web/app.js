// Groundtruth UI: native ES modules, served as they are (no build step). Each feature module registers its hash
// routes, its navigation link, its parts of the incident page and its start-up work when imported; boot() then draws
// the page. Shared pieces: shared/dom.js (DOM helpers, the stale-render guard), shared/session.js (who is signed in,
// fetch with CSRF), shared/router.js (routes, navigation), shared/search.js (filters and results), shared/boot.js.
import { boot } from './shared/boot.js';
import './features/map.js';
import './features/timeline.js';
import './features/filters.js';
import './features/list.js';
import './features/incident.js';
import './features/incident-form.js';
import './features/assessment.js';
import './features/claims.js';
import './features/merges.js';
import './features/evidence.js';
import './features/testimony.js';
import './features/accounts.js';
import './features/audit.js';

await boot();
