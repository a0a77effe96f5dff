// Runs in: the action popup, as index.html's first script, a classic script bundled on its own
// (vite.config.ts earlyScripts): asks the background for the first screen while the popup's
// modules load (first-request.ts).
import { firstRequest } from './first-request';

void firstRequest();
