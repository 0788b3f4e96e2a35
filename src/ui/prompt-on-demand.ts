/**
 * The prompt, loaded on demand. Its code (src/ui/prompt.tsx with Preact and its messages) is an
 * ES module of its own that the content script fetches when it first finds a composer, at idle,
 * so it is there before the first publish; a publish held before then waits for it. When it
 * cannot be loaded, the person is told in a notice and the caller keeps the publish held; the
 * next attempt tries to load it again.
 */
import { defaultTranslator } from './i18n';
import { showNotice } from './notice';
import type { PromptRequest, PromptResult, PromptUnavailable } from './port';

export interface PromptModule {
  showPrompt(request: PromptRequest): Promise<PromptResult>;
}

export interface PromptOnDemand {
  /** Start loading the module (when idle, once a composer is found); a failure is retried on the next call. */
  preload(): void;
  /** The prompt's answer, or `unavailable` after telling the person (the publish must stay held). */
  showPrompt(request: PromptRequest): Promise<PromptResult | PromptUnavailable>;
}

export function promptOnDemand(load: () => Promise<PromptModule>, tell: (request: PromptRequest) => void = tellUnavailable): PromptOnDemand {
  let loading: Promise<PromptModule> | undefined;
  const module = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      // The reason for the console; no draft text is in it.
      console.error(`Volle Zaal: the prompt could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }));
  return {
    preload() {
      module().catch(() => undefined);
    },
    async showPrompt(request) {
      let prompt: PromptModule;
      try {
        prompt = await module();
      } catch {
        tell(request);
        return { decision: 'unavailable' };
      }
      return prompt.showPrompt(request);
    },
  };
}

function tellUnavailable(request: PromptRequest): void {
  showNotice('notice_prompt_unavailable', defaultTranslator(request.locale));
}
