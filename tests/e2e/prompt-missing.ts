/**
 * A build without the prompt's module (prompt-ui.js), for the Chromium and the Firefox test: a
 * flagged post must stay held (the test rules are not fail-closed, so this is not fail-closed's
 * doing), a notice must say so, the badge must say why, and a second attempt is held the same way.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROMPT_MODULE_FILE } from '../../src/ui/page-keys';
import { activations, badges, editorText, FLAGGED, published, until, type ScenarioEnv } from './scenarios';

/** A copy of the build in `dir` without prompt-ui.js; returns its path (remove it when done). */
export function buildWithoutPrompt(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'vz-no-prompt-'));
  cpSync(dir, copy, { recursive: true });
  rmSync(join(copy, PROMPT_MODULE_FILE));
  return copy;
}

const NOTICE = `document.querySelector('volle-zaal-notice')?.shadowRoot?.querySelector('[role="alert"]')`;

export async function heldWithoutPrompt(env: Pick<ScenarioEnv, 'open'>): Promise<void> {
  const p = await env.open('x');
  const editor = '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]';
  await p.click(editor);
  await p.type(FLAGGED);
  // The check after typing has run (as when a person reaches for the button): it would replace the badge's reason.
  await new Promise((r) => setTimeout(r, 600));
  for (let attempt = 1; attempt <= 2; attempt++) {
    await p.click('[data-testid="tweetButtonInline"]');
    const notice = (await until(() => p.evaluate<string | null>(`${NOTICE}?.textContent ?? null`), { what: 'the notice' }))!;
    if (!notice.includes('je bericht is niet geplaatst')) throw new Error(`notice: ${notice}`);
    await until(async () => (await badges(p)).some((b) => b.includes('de vraag kon niet geladen worden')), { what: "the badge's reason" });
    if ((await activations(p)) !== 0 || (await published(p)).length !== 0) throw new Error('the site saw the post');
    if (await p.evaluate<boolean>(`!!document.querySelector('volle-zaal-prompt')`)) throw new Error('a prompt opened');
    await p.click('volle-zaal-notice >>> button');
    await until(() => p.evaluate<boolean>(`!document.querySelector('volle-zaal-notice')`), { what: 'the notice to close' });
  }
  if ((await editorText(p, editor)) !== FLAGGED) throw new Error('the draft changed');
}
