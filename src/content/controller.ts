/**
 * The content script's logic: watch composers, check drafts as people type, and
 * hold the publish action when the draft has findings until the person decides.
 * It reads the editors and never writes into them.
 */
import { checkDraft } from '../engine/check';
import { SEVERITY_RANK, worstSeverity, type DraftContext, type Finding, type Locale } from '../engine/types';
import type { LoadedPolicy } from '../policy';
import type { SiteAdapter } from '../sites/adapter';
import type { EditorHandle } from '../sites/editors';
import type { TextMap } from '../sites/editors/text-map';
import { isOwnUiEvent } from '../ui/host';
import { hashDraft } from './hash';
import type { Badge, Highlighter, Ui } from './ui-types';
import { reportPromptOutcome } from '../distribution/report-outcome';

export interface ControllerOptions {
  adapter: SiteAdapter;
  policy: LoadedPolicy;
  ui: Ui;
  locale: Locale;
  /** Ends every listener, observer and timer. */
  signal: AbortSignal;
  doc?: Document;
  /** Quiet time after typing before a check (never on the keystroke itself). */
  debounceMs?: number;
  /**
   * Longest wait for idle time once the quiet time is over. The check then runs in an idle
   * period (after the frame), so it does not push a keystroke's paint; the cap keeps the
   * underline within ~300 ms of the last key even on a page that is never idle.
   */
  idleTimeoutMs?: number;
}

interface ComposerState {
  editor: EditorHandle;
  badge: Badge | null;
  abort: AbortController;
  /** The debounce timer or idle callback waiting to check this draft (one per quiet period, not per key). */
  timer: ReturnType<typeof setTimeout> | undefined;
  idle: number | undefined;
  /** When the draft last changed (performance.now()); the pending timer re-arms until it is quiet. */
  changedAt: number;
  lastText: string | null;
  /** Account, media and publish control of this composer: DOM queries, cached until the page outside the editor changes. */
  surroundings: { context: DraftContext; gap: string | undefined } | null;
  findings: Finding[];
  marks: Array<{ range: Range; finding: Finding }>;
  unprotected?: string;
}

/** What set off a publish: a click on the control, a keyboard shortcut, or Enter in a comment box. */
type Trigger = { kind: 'click'; control: HTMLElement } | { kind: 'shortcut' | 'enter'; init: KeyboardEventInit };

/** One pass for exactly this draft through exactly this control. */
interface Token {
  target: Element;
  hash: string;
}

export interface Controller {
  /** Composers currently watched (for tests). */
  composers(): HTMLElement[];
  /** Scan for composers now. */
  scan(): void;
}

const HOLD = new Set(['warn', 'block']);

/** Start watching the page. Everything stops when `signal` aborts. */
export function startController(options: ControllerOptions): Controller {
  const { adapter, policy, ui, locale, signal } = options;
  const doc = options.doc ?? document;
  const win = doc.defaultView ?? window;
  const debounceMs = options.debounceMs ?? 150;
  const idleTimeoutMs = options.idleTimeoutMs ?? 100;
  const now = () => win.performance?.now() ?? Date.now();
  // Content scripts have requestIdleCallback in Chromium and Firefox; a plain timer elsewhere.
  const requestIdle: (fn: () => void, timeout: number) => number =
    typeof win.requestIdleCallback === 'function'
      ? (fn, timeout) => win.requestIdleCallback(fn, { timeout })
      : (fn) => win.setTimeout(fn, 0) as unknown as number;
  const cancelIdle: (id: number) => void = typeof win.cancelIdleCallback === 'function' ? (id) => win.cancelIdleCallback(id) : (id) => win.clearTimeout(id);
  const states = new Map<HTMLElement, ComposerState>();
  let highlighter: Highlighter | null = null;
  let token: Token | null = null;
  let prompting = false;
  /** Drafts the person said were wrongly flagged ("Deze melding klopt niet"); memory only. */
  const dismissed = new Set<string>();

  const safe = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };

  const context = (editor: HTMLElement): DraftContext => ({
    platform: adapter.platform,
    account: safe(() => adapter.account(editor), 'personal'),
    hasMedia: safe(() => adapter.hasMedia(editor), false),
    isReply: safe(() => adapter.isReply(editor), false),
  });

  const protectionGap = (editor: HTMLElement): string | undefined => {
    if (adapter.submitsOnEnter(editor)) return undefined;
    return adapter.findPublish(editor) ? undefined : 'publish-control-not-found';
  };

  const renderMarks = () => {
    if (!highlighter) highlighter = safe(() => ui.createHighlighter(locale), null);
    const all = [...states.values()].flatMap((s) => s.marks);
    safe(() => (all.length ? highlighter?.set(all) : highlighter?.clear()), undefined);
  };

  /** The composer's account, media and publish control: asked of the DOM once per page change, not per check. */
  const surroundings = (state: ComposerState, fresh = false) => {
    if (fresh || !state.surroundings) {
      const root = state.editor.root;
      state.surroundings = { context: context(root), gap: safe(() => protectionGap(root), 'adapter-failed') };
    }
    return state.surroundings;
  };

  /** Check one composer's draft now and show the result. */
  const runCheck = (state: ComposerState, force = false) => {
    state.timer = undefined;
    state.idle = undefined;
    const root = state.editor.root;
    if (!root.isConnected) return;
    let text: string;
    let map: TextMap | null;
    try {
      // One walk gives the text and its offset ↔ DOM mapping (a textarea has no mapping).
      map = state.editor.map();
      text = map ? map.text : state.editor.read();
    } catch {
      state.unprotected = 'editor-unreadable';
      state.badge?.update({ findings: [], status: 'unprotected', reason: state.unprotected });
      return;
    }
    const { context: ctx, gap } = surroundings(state, force);
    if (!force && text === state.lastText && gap === state.unprotected) return;
    state.lastText = text;
    let findings: Finding[] = [];
    let failure = gap;
    try {
      const result = checkDraft(text, ctx, policy.engine, { locale });
      findings = result.findings;
      if (result.errors.length) failure ??= 'engine-error';
    } catch {
      failure ??= 'engine-error';
    }
    state.findings = findings;
    state.unprotected = failure;
    state.marks = [];
    if (map) {
      for (const f of findings) {
        const range = map.range(f.start, f.end);
        if (range) state.marks.push({ range, finding: f });
      }
    }
    safe(() => state.badge?.update({ findings, status: failure ? 'unprotected' : 'ok', reason: failure }), undefined);
    renderMarks();
  };

  /**
   * Called on every keystroke, so it only notes the time: one timer per quiet period (re-armed
   * for the rest of the quiet time when it fires early), then the check waits for idle time.
   */
  const schedule = (state: ComposerState, at = now()) => {
    state.changedAt = at;
    if (state.timer === undefined && state.idle === undefined) state.timer = setTimeout(() => settle(state), debounceMs);
  };
  const settle = (state: ComposerState) => {
    state.timer = undefined;
    const quietFor = now() - state.changedAt;
    if (quietFor < debounceMs - 1) {
      state.timer = setTimeout(() => settle(state), debounceMs - quietFor);
      return;
    }
    state.idle = requestIdle(() => {
      state.idle = undefined;
      // Typing resumed while waiting for idle time: wait for the next quiet period.
      if (now() - state.changedAt < debounceMs - 1) settle(state);
      else runCheck(state);
    }, idleTimeoutMs);
  };
  const cancelScheduled = (state: ComposerState) => {
    if (state.timer !== undefined) clearTimeout(state.timer);
    if (state.idle !== undefined) cancelIdle(state.idle);
    state.timer = undefined;
    state.idle = undefined;
  };

  const attach = (root: HTMLElement): ComposerState => {
    const existing = states.get(root);
    if (existing) return existing;
    const abort = new AbortController();
    const state: ComposerState = {
      editor: adapter.editor(root),
      badge: null,
      abort,
      timer: undefined,
      idle: undefined,
      changedAt: 0,
      lastText: null,
      surroundings: null,
      findings: [],
      marks: [],
    };
    states.set(root, state);
    state.badge = safe(() => ui.mountBadge(root, locale), null);
    // The event's own time stamp (same clock as performance.now()): no call on the keystroke.
    const onChange = (e: Event) => schedule(state, e.timeStamp || now());
    for (const type of ['input', 'paste', 'compositionend', 'cut', 'drop'])
      root.addEventListener(type, onChange, { signal: abort.signal, passive: true });
    runCheck(state);
    return state;
  };

  const detach = (root: HTMLElement) => {
    const state = states.get(root);
    if (!state) return;
    states.delete(root);
    state.abort.abort();
    cancelScheduled(state);
    safe(() => state.badge?.destroy(), undefined);
    if (state.marks.length) renderMarks();
  };

  const scan = () => {
    for (const root of [...states.keys()]) if (!root.isConnected) detach(root);
    // The page around the editors changed: account, media and publish control are asked again.
    for (const state of states.values()) state.surroundings = null;
    for (const root of safe(() => adapter.findComposers(doc), [])) {
      const state = attach(root);
      // The publish control may appear after the editor (dialogs render in steps).
      if (state.unprotected === 'publish-control-not-found' && !surroundings(state).gap) runCheck(state, true);
    }
  };

  /** True when every record is a change inside an editor we already watch (typing): nothing to discover. */
  const onlyInsideEditors = (records: MutationRecord[]): boolean => {
    if (states.size === 0) return false;
    let inside: HTMLElement | undefined;
    next: for (const { target } of records) {
      if (inside?.contains(target)) continue;
      for (const root of states.keys())
        if (root.contains(target)) {
          inside = root;
          continue next;
        }
      // Elsewhere (or the editor's own parent, when the editor is removed): look again.
      return false;
    }
    return true;
  };

  // Discovery: a cheap observer that only raises a flag; the scan runs at most every 200 ms.
  // Typing mutates the editor on every key: those records are skipped without a scan.
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (scanTimer === undefined && !onlyInsideEditors(records))
      scanTimer = setTimeout(() => {
        scanTimer = undefined;
        scan();
      }, 200);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  win.addEventListener(
    'focusin',
    (e) => {
      const root = e.target instanceof Element ? safe(() => adapter.composerOf(e.target as Element), null) : null;
      if (root) attach(root);
    },
    { capture: true, signal },
  );

  /** The composer whose publish control contains `target`. */
  const composerForControl = (target: Element): { state: ComposerState; control: HTMLElement } | null => {
    for (const state of states.values()) {
      const control = safe(() => adapter.findPublish(state.editor.root), null);
      if (control && control.contains(target)) return { state, control };
    }
    // Not yet known (clicked before the observer ran): scan once.
    scan();
    for (const state of states.values()) {
      const control = safe(() => adapter.findPublish(state.editor.root), null);
      if (control && control.contains(target)) return { state, control };
    }
    return null;
  };

  const stop = (e: Event) => {
    e.stopImmediatePropagation();
    e.preventDefault();
  };

  /** Replay the publish action the person confirmed, once. */
  const replay = (state: ComposerState, trigger: Trigger, hash: string) => {
    const root = state.editor.root;
    // The prompt is over: the replayed event must not be taken for a second click while it is open.
    prompting = false;
    if (trigger.kind === 'click') {
      token = { target: trigger.control, hash };
      trigger.control.click();
    } else {
      const control = trigger.kind === 'shortcut' ? adapter.findPublish(root) : null;
      if (control) {
        token = { target: control, hash };
        control.click();
      } else {
        token = { target: root, hash };
        root.focus();
        root.dispatchEvent(new KeyboardEvent('keydown', { ...trigger.init, bubbles: true, cancelable: true, composed: true }));
      }
    }
    // A token the site never used (it ignored our event) must not linger.
    token = null;
  };

  /** Should this publish be held? Decides synchronously, as the event must be stopped now. */
  const decide = (state: ComposerState, target: Element): { hold: false } | { hold: true; findings: Finding[]; text: string; failed: boolean } => {
    let text: string;
    try {
      text = state.editor.read();
    } catch {
      return policy.prompt.failClosed ? { hold: true, findings: [], text: '', failed: true } : { hold: false };
    }
    const hash = hashDraft(text);
    if (token && token.target === target && token.hash === hash) {
      token = null;
      return { hold: false };
    }
    const ctx = context(state.editor.root);
    let findings: Finding[];
    let failed = false;
    try {
      const result = checkDraft(text, ctx, policy.engine, { locale });
      findings = result.findings;
      failed = result.errors.length > 0;
    } catch {
      findings = [];
      failed = true;
    }
    if (failed) {
      state.unprotected = 'engine-error';
      safe(() => state.badge?.update({ findings, status: 'unprotected', reason: 'engine-error' }), undefined);
    }
    const worst = worstSeverity(findings);
    const orgPrompt = policy.prompt.promptOnEveryOrganisationPost && ctx.account === 'organisation';
    if (!HOLD.has(worst) && !orgPrompt) {
      return failed && policy.prompt.failClosed ? { hold: true, findings, text, failed } : { hold: false };
    }
    if (dismissed.has(hash) && worst !== 'block') return { hold: false };
    return { hold: true, findings, text, failed };
  };

  const prompt = async (state: ComposerState, trigger: Trigger, first: { findings: Finding[]; text: string; failed: boolean }) => {
    prompting = true;
    let current = first;
    try {
      for (let round = 0; round < 5; round++) {
        if (current.failed && current.findings.length === 0) return; // fail-closed: held, badge explains
        const sorted = [...current.findings].sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
        const result = await ui.showPrompt({
          findings: sorted,
          draft: current.text,
          locale,
          settings: policy.prompt,
          hasMedia: safe(() => adapter.hasMedia(state.editor.root), false),
          policyTitle: policy.file.title,
          policyUrl: policy.file.policyUrl,
        });
        reportPromptOutcome(sorted, result.decision); // counts per rule only, when the policy turns statistics on
        const hash = hashDraft(current.text);
        if (result.decision === 'dismiss') {
          dismissed.add(hash);
          return;
        }
        if (result.decision === 'edit') {
          const at = result.finding ?? sorted[0];
          safe(() => state.editor.placeCaret(at ? at.start : state.editor.read().length), undefined);
          return;
        }
        // 'post': only this draft. If it changed meanwhile, check it again.
        const target = trigger.kind === 'click' ? trigger.control : state.editor.root;
        const now = safe(() => state.editor.read(), null);
        if (now === current.text) {
          if (worstSeverity(current.findings) === 'block' && !policy.prompt.allowPostAnyway.block) return;
          replay(state, trigger, hash);
          return;
        }
        token = null;
        const again = decide(state, target);
        if (!again.hold) {
          replay(state, trigger, hashDraft(now ?? ''));
          return;
        }
        current = again;
      }
    } catch {
      // The prompt itself failed: never leave the person stuck unless the policy says so.
      if (!policy.prompt.failClosed) {
        state.unprotected = 'prompt-failed';
        safe(() => state.badge?.update({ findings: state.findings, status: 'unprotected', reason: 'prompt-failed' }), undefined);
        replay(state, trigger, hashDraft(current.text));
      }
    } finally {
      prompting = false;
    }
  };

  const intercept = (e: Event, state: ComposerState, trigger: Trigger, target: Element) => {
    if (prompting) {
      // One question at a time; a second click while it is open does nothing.
      stop(e);
      return;
    }
    const verdict = decide(state, target);
    if (!verdict.hold) return;
    stop(e);
    void prompt(state, trigger, verdict);
  };

  win.addEventListener(
    'click',
    (e) => {
      if (!(e.target instanceof Element) || isOwnUiEvent(e)) return;
      const hit = composerForControl(e.target);
      if (hit) intercept(e, hit.state, { kind: 'click', control: hit.control }, hit.control);
    },
    { capture: true, signal },
  );

  win.addEventListener(
    'keydown',
    (e) => {
      // Every keystroke passes here: only Enter and Space can publish, everything else leaves at once.
      if (e.key !== 'Enter' && e.key !== ' ') return;
      if (e.isComposing || e.keyCode === 229 || !(e.target instanceof Element) || isOwnUiEvent(e)) return;
      const target = e.target;
      const init: KeyboardEventInit = { key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey, keyCode: e.keyCode, which: e.which } as KeyboardEventInit;
      if (e.key === 'Enter') {
        const root = safe(() => adapter.composerOf(target), null);
        if (root) {
          const state = attach(root);
          if (e.ctrlKey || e.metaKey) return intercept(e, state, { kind: 'shortcut', init }, root);
          if (!e.shiftKey && !e.altKey && adapter.submitsOnEnter(root)) return intercept(e, state, { kind: 'enter', init }, root);
          return;
        }
      }
      if ((e.key === 'Enter' || e.key === ' ') && target.closest('[role="button"], button')) {
        const hit = composerForControl(target);
        if (hit) intercept(e, hit.state, { kind: 'click', control: hit.control }, hit.control);
      }
    },
    { capture: true, signal },
  );

  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (scanTimer !== undefined) clearTimeout(scanTimer);
    for (const root of [...states.keys()]) detach(root);
    safe(() => highlighter?.destroy(), undefined);
  });

  scan();
  return { composers: () => [...states.keys()], scan };
}
