/** ../module-builds.ts in Firefox ESR: a build without prompt-ui.js holds the post and says so. */
import { expect, test } from 'vitest';
import { buildWithoutPrompt, heldWithoutModule, useFirefoxBuildCopy } from '../module-builds';

const env = await useFirefoxBuildCopy(buildWithoutPrompt);

test('without prompt-ui.js a flagged post stays held, with a notice and the badge saying why, also on the second click', async () => {
  await heldWithoutModule(env, 'prompt');
  // The failed import is reported (the console says why); nothing else went wrong.
  expect(env.run().takeExtensionErrors().filter((line) => !/prompt/i.test(line))).toEqual([]);
});
