// Build-time constants injected by vite.config.ts `define`.
declare const __TARGET__: 'chrome' | 'firefox';
