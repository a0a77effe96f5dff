// Runs in: the options page. A section the first screen does not show, loaded the first time it is
// shown: the page opens on the passwords section, and the code of health, import and export,
// settings and the first run would otherwise be fetched and compiled before the table appears.
// `preload` fetches it ahead (once the page is ready), so moving there later is instant.
import { h, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { log } from '../../../shared/platform/log';

export interface LazySection<P> {
  Component: FunctionComponent<P>;
  preload(): Promise<void>;
}

export function lazySection<P extends object>(load: () => Promise<FunctionComponent<P>>): LazySection<P> {
  let loaded: FunctionComponent<P> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // A file that did not load (an update replaced it) is asked for again next time.
        loading = null;
        log.warn(`section not loaded: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return loading;
  };
  function Component(props: P) {
    const [, rerender] = useState(0);
    useEffect(() => {
      if (!loaded) void preload().then(() => rerender((n) => n + 1));
    }, []);
    return loaded ? h(loaded, props) : null;
  }
  return { Component, preload };
}
