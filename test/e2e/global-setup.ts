// Once per E2E run, before any file: the browsers' template profiles (harness/profile-template.ts)
// and the fixture sites' certificate (harness/certificate.ts).
import type { TestProject } from 'vitest/node';
import { fixtureTls } from './harness/certificate';
import { warmChromiumProfile } from './harness/chromium';
import { warmFirefoxProfile } from './harness/firefox';
import { makeTemplates } from './harness/profile-template';
import { BROWSERS } from './harness/suite';

export default async function setup(project: TestProject): Promise<() => void> {
  const { templates, remove } = await makeTemplates(BROWSERS, (name, dir) => (name === 'chromium' ? warmChromiumProfile(dir) : warmFirefoxProfile(dir)));
  project.provide('profileTemplates', templates);
  project.provide('fixtureTls', fixtureTls());
  return remove;
}
