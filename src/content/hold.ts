/**
 * Holding a publish: decide synchronously whether the click or key must be stopped, ask the
 * person, and replay exactly that action once they choose to post. The replay goes to the
 * site's own control (inside its shadow tree when it lives in one), so the site publishes
 * the text that was checked.
 */
import { SEVERITY_RANK, worstSeverity, type DraftContext, type Finding, type Locale } from '../engine/types';
import type { PolicySettings } from '../policy/settings';
import type { EditorHandle } from '../sites/editors';
import type { Ui } from '../ui/port';
import type { Checker, Gap, GroupDraft } from './checker';
import { reportPromptOutcome } from '../distribution/report-outcome';
import { hashDraft } from './hash';

/** What set off a publish: a click on the control, a keyboard shortcut, or Enter in a comment box. */
export type Trigger = { kind: 'click'; control: HTMLElement } | { kind: 'shortcut' | 'enter'; init: KeyboardEventInit };

/** The editors one publish sends (one, or every post of a thread), with what we know around them. */
export interface Publish {
  editors: EditorHandle[];
  /** Where the key was pressed (for a key trigger), else the first editor. */
  origin: EditorHandle;
  control: HTMLElement | null;
  context: DraftContext;
  gap: Gap | undefined;
}

export interface HoldOptions {
  policy: PolicySettings;
  ui: Ui;
  locale: Locale;
  checker: Checker;
  /** Load the engine now (a publish came before it); rejects when it cannot be loaded. */
  loadEngine(): Promise<void>;
  /** The engine failed on this publish: the badge must say so. */
  onFailure(publish: Publish, reason: Gap | 'prompt-failed' | 'prompt-not-loaded', findings: Finding[]): void;
}

export interface Hold {
  /** Called from the capture-phase listener: stops `event` when the draft must wait for the person. */
  intercept(event: Event, publish: Publish, trigger: Trigger): void;
  /** Stop `event` without a question (fail-closed, the badge explains). */
  block(event: Event): void;
}

const HOLD = new Set(['warn', 'block']);

/** `text`: what would be published (to let exactly that through when nothing holds it). */
type Verdict = { hold: false; text: string } | { hold: true; draft: GroupDraft };

export function createHold({ policy, ui, locale, checker, loadEngine, onFailure }: HoldOptions): Hold {
  /** One pass for exactly this draft through exactly this control. */
  let token: { target: Element; hash: string } | null = null;
  let prompting = false;
  /** Drafts the person chose to post anyway or said were wrongly flagged; memory only, hashes only. */
  const decided = new Set<string>();
  const failClosed = policy.prompt.failClosed;

  const stop = (e: Event) => {
    e.stopImmediatePropagation();
    e.preventDefault();
  };

  const targetOf = (publish: Publish, trigger: Trigger): Element => (trigger.kind === 'click' ? trigger.control : publish.origin.root);

  const decide = (publish: Publish, target: Element): Verdict => {
    let draft: GroupDraft;
    try {
      draft = checker.checkGroup(publish.editors, publish.context);
    } catch {
      return failClosed ? { hold: true, draft: { text: '', parts: [], findings: [], failed: true } } : { hold: false, text: '' };
    }
    const hash = hashDraft(draft.text);
    if (token && token.target === target && token.hash === hash) {
      token = null;
      return { hold: false, text: draft.text };
    }
    if (draft.failed) onFailure(publish, 'engine-error', draft.findings);
    const worst = worstSeverity(draft.findings);
    const orgPrompt = policy.prompt.promptOnEveryOrganisationPost && publish.context.account === 'organisation';
    if (!HOLD.has(worst) && !orgPrompt) {
      // Nothing to ask, but the composer is not fully protected: fail-closed holds it (the badge says why).
      return failClosed && (draft.failed || publish.gap) ? { hold: true, draft: { ...draft, failed: true } } : { hold: false, text: draft.text };
    }
    if (decided.has(hash) && worst !== 'block') return { hold: false, text: draft.text };
    return { hold: true, draft };
  };

  const replay = (publish: Publish, trigger: Trigger, hash: string) => {
    // The prompt is over: the replayed event must not be taken for a second click while it is open.
    prompting = false;
    const control = trigger.kind === 'click' ? trigger.control : trigger.kind === 'shortcut' ? publish.control : null;
    if (control?.isConnected) {
      token = { target: control, hash };
      // A DOM click from inside the control's own tree (a shadow root's, too) is what the sites accept.
      control.click();
    } else {
      const root = publish.origin.root;
      token = { target: root, hash };
      root.focus();
      root.dispatchEvent(new KeyboardEvent('keydown', { ...(trigger.kind === 'click' ? {} : trigger.init), bubbles: true, cancelable: true, composed: true }));
    }
    // A token the site never used (it ignored our event) must not linger.
    token = null;
  };

  const placeCaret = (publish: Publish, draft: GroupDraft, finding: Finding | undefined) => {
    try {
      if (!finding) return publish.origin.placeCaret(publish.origin.read().length);
      const i = Math.max(0, draft.parts.findIndex((p) => finding.start >= p.start && finding.start <= p.end));
      const editor = publish.editors[i] ?? publish.origin;
      editor.placeCaret(finding.start - (draft.parts[i]?.start ?? 0));
    } catch {
      /* the editor went away meanwhile */
    }
  };

  const ask = async (publish: Publish, trigger: Trigger, first: GroupDraft) => {
    prompting = true;
    let current = first;
    try {
      for (let round = 0; round < 5; round++) {
        if (current.failed && current.findings.length === 0) return; // fail-closed: held, the badge explains
        const sorted = [...current.findings].sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
        const result = await ui.showPrompt({
          findings: sorted,
          draft: current.text,
          parts: current.parts,
          locale,
          settings: policy.prompt,
          hasMedia: !!publish.context.hasMedia,
          policyTitle: policy.file.title,
          policyUrl: policy.file.policyUrl,
        });
        // The prompt's module did not load: held (even when the policy is not fail-closed, since
        // nobody was asked), the person was told, and the badge says so until the next check.
        if (result.decision === 'unavailable') return onFailure(publish, 'prompt-not-loaded', current.findings);
        reportPromptOutcome(sorted, result.decision); // counts per rule only, when the policy turns statistics on
        const hash = hashDraft(current.text);
        if (result.decision === 'dismiss') {
          decided.add(hash);
          return;
        }
        if (result.decision === 'edit') return placeCaret(publish, current, result.finding ?? sorted[0]);
        // 'post': only this draft. If it changed meanwhile, check it again.
        if (worstSeverity(current.findings) === 'block' && !policy.prompt.allowPostAnyway.block) return;
        token = null;
        const again = decide(publish, targetOf(publish, trigger));
        const same = again.hold && hashDraft(again.draft.text) === hash;
        if (!again.hold || same) {
          decided.add(hash);
          replay(publish, trigger, hashDraft(again.hold ? current.text : again.text));
          return;
        }
        current = again.draft;
      }
    } catch {
      // The prompt itself failed: never leave the person stuck unless the policy says so.
      if (!failClosed) {
        onFailure(publish, 'prompt-failed', current.findings);
        replay(publish, trigger, hashDraft(current.text));
      }
    } finally {
      prompting = false;
    }
  };

  /**
   * A publish made before the engine arrived: held until the engine has checked it, then asked
   * or let through exactly as it would have been. When the engine cannot be loaded it stays
   * held and the person is told; the next attempt loads it again.
   */
  const afterEngine = async (publish: Publish, trigger: Trigger) => {
    prompting = true;
    try {
      await loadEngine();
    } catch {
      prompting = false;
      ui.engineUnavailable(locale);
      return onFailure(publish, 'engine-not-loaded', []);
    }
    prompting = false;
    const verdict = decide(publish, targetOf(publish, trigger));
    if (verdict.hold) return ask(publish, trigger, verdict.draft);
    replay(publish, trigger, hashDraft(verdict.text));
  };

  return {
    intercept(event, publish, trigger) {
      if (prompting) {
        // One question at a time; a second click while it is open does nothing.
        stop(event);
        return;
      }
      if (!checker.ready()) {
        // Never a silent pass: the draft waits for the engine (a second click meanwhile too).
        stop(event);
        void afterEngine(publish, trigger);
        return;
      }
      const verdict = decide(publish, targetOf(publish, trigger));
      if (!verdict.hold) return;
      stop(event);
      void ask(publish, trigger, verdict.draft);
    },
    block: stop,
  };
}
