import { readViewState } from './url-state.js';

// Each view sets itself up as its module loads, so only the one the URL names runs.
const view = readViewState().view ?? 'explorer';
document.body.dataset.view = view;
await (view === 'review' ? import('./review.js') : import('./explorer.js'));
