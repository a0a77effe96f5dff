// A setup file of the e2e project (vitest.config.ts): a test that runs out of time says which
// harness steps were still under way, and for how long, instead of only "Test timed out in
// 60000ms" (harness/profile.ts tracks them). Each wait of the harness has its own deadline and
// names itself when it passes; a test times out only when its steps together outlast the test,
// or a browser call has no deadline of its own: then this is the only clue to which one hung.
import { beforeEach, onTestFailed } from 'vitest';
import { describeSteps, resetSteps } from './profile';

beforeEach(() => {
  resetSteps();
  onTestFailed(({ task }) => {
    for (const error of task.result?.errors ?? []) {
      if (/timed out in \d+ms/i.test(error.message)) error.message = `${error.message}\n${describeSteps()}`;
    }
  });
});
