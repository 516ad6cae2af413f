// The footer credits the datasets whose incidents this reader can see, and only those (the licences ask for credit;
// crediting a dataset the store does not hold misleads).
import { $ } from '../shared/dom.js';
import { getJson, onSessionChange } from '../shared/session.js';

const CREDITS = {
  'syrian-archive': 'Syrian Archive (CC BY-SA 4.0)',
  'ucdp-ged': 'UCDP GED (CC BY 4.0; Sundberg & Melander 2013)',
  acled: 'ACLED (acleddata.com, under its terms of use)',
};

async function showCredits() {
  const stats = await getJson('/api/stats');
  const named = Object.keys(stats.perDataset || {}).filter((d) => d && d !== 'manual' && d !== 'api');
  $('data-credits').textContent = named.length
    ? `Incident data: ${named.map((d) => CREDITS[d] || d).join('; ')}; each report names its source.`
    : 'Incident data as credited in each report\'s source.';
}

// Signing in or out changes what the reader sees (staff see drafts too); the first call comes as the session loads.
onSessionChange(() => { showCredits().catch((e) => console.warn('credits', e)); });
