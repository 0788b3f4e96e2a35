/**
 * The prompt's module (prompt-ui.js) could not be loaded, in Chromium (./module-builds.ts; the
 * same in Firefox: ./firefox/prompt-module.test.ts). The module arriving late is covered by
 * src/content/controller.test.ts; its normal load by every scenario that opens the prompt.
 */
import { test } from 'vitest';
import { useBuildCopy } from './harness';
import { buildWithoutPrompt, heldWithoutModule } from './module-builds';
import { TEST_RULES } from './rules';

const env = useBuildCopy(buildWithoutPrompt, TEST_RULES);

test('without prompt-ui.js a flagged post stays held, with a notice and the badge saying why, also on the second click', async () => {
  await heldWithoutModule(env, 'prompt');
});
