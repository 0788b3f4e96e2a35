/**
 * The one interface between the content script and the page UI: the content script calls
 * these, src/ui implements them (entrypoints/content.ts wires them), and tests can stand in.
 */
import type { Locale } from '../engine/types';
import type { BadgeHandle } from './badge';
import type { Highlighter } from './highlights';
import type { PromptRequest, PromptResult } from './prompt';

export type { BadgeHandle, BadgeState } from './badge';
export type { Highlighter } from './highlights';
export type { PromptRequest, PromptResult } from './prompt';

/**
 * The prompt's code could not be loaded (it is fetched on demand, src/ui/prompt-on-demand.ts): the
 * person has been told, and the publish must stay held.
 */
export interface PromptUnavailable {
  decision: 'unavailable';
}

export interface Ui {
  showPrompt(request: PromptRequest): Promise<PromptResult | PromptUnavailable>;
  /** `locale`: the findings' language, so the badge's words match them. */
  mountBadge(composer: HTMLElement, locale: Locale): BadgeHandle;
  createHighlighter(locale: Locale): Highlighter;
  /** Tell the person a publish stays held because the checking engine could not be loaded (a notice). */
  engineUnavailable(locale: Locale): void;
  /** Whether an event came from this UI (the publish listeners ignore those). */
  isOwnEvent(event: Event): boolean;
  /** Whether an element hosts this UI (its shadow root is never searched for composers). */
  isOwnHost(element: Element): boolean;
}
