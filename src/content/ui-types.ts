/**
 * The UI this script drives (written in src/ui). Injected, so the controller can
 * be tested without it and knows nothing about how the UI is drawn.
 */
import type { Finding } from '../engine/types';
import type { PromptSettings } from '../policy';

export interface PromptRequest {
  findings: Finding[];
  draft: string;
  locale: 'nl' | 'en';
  settings: PromptSettings;
  hasMedia: boolean;
  policyTitle?: string;
  policyUrl?: string;
}

export interface PromptResult {
  decision: 'edit' | 'post' | 'dismiss';
  finding?: Finding;
}

export interface BadgeState {
  findings: Finding[];
  status: 'ok' | 'unprotected';
  reason?: string;
}

export interface Badge {
  update(state: BadgeState): void;
  destroy(): void;
}

export interface Highlighter {
  set(marks: Array<{ range: Range; finding: Finding }>): void;
  clear(): void;
  destroy(): void;
}

export interface Ui {
  showPrompt(request: PromptRequest): Promise<PromptResult>;
  /** `locale`: the findings' language, so the badge's words match them. */
  mountBadge(composer: HTMLElement, locale: 'nl' | 'en'): Badge;
  createHighlighter(locale: 'nl' | 'en'): Highlighter;
  /** Whether an event came from this UI (the publish listeners ignore those). */
  isOwnEvent(event: Event): boolean;
}
