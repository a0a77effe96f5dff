// Build-time constants injected by vite.config.ts `define`.
declare const __TARGET__: 'chrome' | 'firefox';
/** Have I Been Pwned's range API, ending in `/range/` (tidy/core/health/breach.ts). */
declare const __BREACH_RANGE_URL__: string;
/** The detector's keyword tables as regex sources, computed by the build (detect/core/keyword-sources.ts); undefined in Node. */
declare const __KEYWORD_TABLES__: import('./detect/core/keyword-sources').KeywordTables | undefined;
