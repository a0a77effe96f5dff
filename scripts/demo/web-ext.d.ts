// The slice of web-ext's programmatic API `npm start` uses (the package ships no types).
declare module 'web-ext' {
  interface RunParams {
    sourceDir: string;
    firefox?: string;
    firefoxProfile?: string;
    keepProfileChanges?: boolean;
    pref?: Record<string, string | number | boolean>;
    startUrl?: string[];
    noReload?: boolean;
    noInput?: boolean;
    args?: string[];
  }
  interface ExtensionRunner {
    registerCleanup(callback: () => void): void;
    exit(): Promise<void>;
  }
  const webExt: { cmd: { run(params: RunParams, options?: { shouldExitProgram?: boolean }): Promise<ExtensionRunner> } };
  export default webExt;
}
