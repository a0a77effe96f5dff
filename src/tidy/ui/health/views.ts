// Runs in: the options page. The health section and the first run's health check, loaded together
// on first use (sections.ts): they share the score ring and the fix-it queue.
export { HealthSection } from './HealthSection';
export { FirstCheck } from '../../../pages/options/welcome/FirstCheck';
