// Runs in: the options page. Import and export, and the first run's steps, loaded together on first
// use (sections.ts): they share the import section and the how-to-export notes.
export { TransferPage } from './TransferPage';
export { Welcome } from './welcome/Welcome';
