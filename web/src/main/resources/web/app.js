// Groundtruth UI: native ES modules, served as they are (no build step). /ui/features.js imports the UI modules of the
// features this server serves (each WebFeature names its own); each module registers its hash routes, its navigation
// link, its parts of the incident page and its start-up work when imported; boot() then draws the page. Shared
// pieces: shared/dom.js (DOM helpers, the stale-render guard), shared/session.js (who is signed in, fetch with CSRF),
// shared/router.js (routes, navigation), shared/search.js (filters and results), shared/boot.js.
import { boot } from './shared/boot.js';
import '/ui/features.js';

await boot();
