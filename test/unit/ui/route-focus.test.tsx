// @vitest-environment happy-dom
// A move to another section of the options page starts the keyboard at that section's heading,
// also when the section's code is loaded on first use and its heading shows only later; and a
// focus the user moved while it loaded, or before the move's first frame, is left where they put it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FunctionComponent } from 'preact';

vi.mock('../../../src/shared/platform/i18n', () => ({ t: (key: string) => key, uiLanguage: () => 'en' }));
vi.mock('../../../src/shared/platform/log', () => ({ log: { warn: () => {}, info: () => {}, error: () => {} } }));

const { useRouteFocus } = await import('../../../src/pages/options/shell/use-route-focus');
const { lazySection } = await import('../../../src/pages/options/shell/lazy');
type Route = import('../../../src/pages/options/shell/routes').Route;

const PASSWORDS: Route = { section: 'passwords', entryId: null, problem: null };
const HEALTH: Route = { section: 'health' };

function HealthHeading() {
  return <section><h1 id="main-heading" tabIndex={-1}>health</h1></section>;
}

/** The health section behind a load this test finishes when it chooses. */
function slowHealth() {
  let finish: () => void = () => {};
  const loaded = new Promise<FunctionComponent<object>>((resolve) => {
    finish = () => resolve(HealthHeading);
  });
  return { view: lazySection(() => loaded), finish: async () => act(async () => { finish(); await loaded; }) };
}

function mount(Health: FunctionComponent<object>) {
  const root = document.createElement('div');
  document.body.append(root);
  function App({ route }: { route: Route }) {
    useRouteFocus(route, true);
    return (
      <>
        <nav><a id="nav-health" href="#/health">health</a><input id="search" /></nav>
        <main>{route.section === 'health' ? <Health /> : <section><h1 id="main-heading" tabIndex={-1}>passwords</h1></section>}</main>
      </>
    );
  }
  return {
    show: (route: Route) => act(() => render(<App route={route} />, root)),
    /** Rendered outside act, as in the page: the effects wait for the next frame. */
    showBeforeEffects: (route: Route) => render(<App route={route} />, root),
  };
}

const focusedId = () => document.activeElement?.id ?? '';
const focus = (id: string) => (document.getElementById(id) as HTMLElement).focus();

/** On the passwords section, the user follows the nav's health link: the move to health. */
async function moveToHealth(Health: FunctionComponent<object>): Promise<void> {
  const app = mount(Health);
  await app.show(PASSWORDS);
  focus('nav-health');
  await app.show(HEALTH);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the focus after a move to another section', () => {
  it('stays where the page put it on the first section shown', async () => {
    const { view } = slowHealth();
    const app = mount(view.Component);
    await app.show(PASSWORDS);
    expect(focusedId()).toBe('');
  });

  it('starts at the heading of a section already loaded', async () => {
    await moveToHealth(() => <HealthHeading />);
    expect(focusedId()).toBe('main-heading');
    expect(document.activeElement?.textContent).toBe('health');
  });

  it('starts at the heading of a section loaded on first use, once its heading shows', async () => {
    const health = slowHealth();
    await moveToHealth(health.view.Component);
    expect(document.getElementById('main-heading')).toBeNull();
    await health.finish();
    expect(focusedId()).toBe('main-heading');
    expect(document.activeElement?.textContent).toBe('health');
  });

  it('leaves a focus the user moved while the section loaded', async () => {
    const health = slowHealth();
    await moveToHealth(health.view.Component);
    focus('search');
    await health.finish();
    expect(document.getElementById('main-heading')).not.toBeNull();
    expect(focusedId()).toBe('search');
  });

  it('leaves a focus the user moved before the first frame after the move', async () => {
    const app = mount(() => <HealthHeading />);
    await app.show(PASSWORDS);
    focus('nav-health');
    app.showBeforeEffects(HEALTH);
    expect(document.getElementById('main-heading')?.textContent).toBe('health');
    focus('search');
    // The effect names the section in the title before it decides the focus.
    await vi.waitFor(() => expect(document.title).toBe('navHealth · extName'));
    expect(focusedId()).toBe('search');
  });
});
