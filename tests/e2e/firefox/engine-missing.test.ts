/** ../module-builds.ts in Firefox ESR: a build without engine.js holds the post and says so. */
import { expect, test } from 'vitest';
import { buildWithoutEngine, heldWithoutModule, useFirefoxBuildCopy } from '../module-builds';

const env = await useFirefoxBuildCopy(buildWithoutEngine);

test('without engine.js a flagged post stays held, with a notice and the badge saying "niet beschermd hier" and why, also on the second click', async () => {
  await heldWithoutModule(env, 'engine');
  // The failed import is reported (the console says why); nothing else went wrong.
  const errors = env.run().takeExtensionErrors();
  expect(errors.some((line) => /checking engine could not be loaded/.test(line))).toBe(true);
  expect(errors.filter((line) => !/engine/i.test(line))).toEqual([]);
});
