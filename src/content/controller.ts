/**
 * The content script's logic, wiring small units together: discovery (document and open
 * shadow roots), a quiet timer per composer, the checker, the hold, and the UI port. It reads
 * the editors and never writes into them.
 */
import type { Finding, Locale } from '../engine/types';
import type { PageRules } from '../distribution/page-policy';
import type { SiteAdapter } from '../sites/adapter';
import { containsAcross } from '../sites/dom';
import type { EditorHandle } from '../sites/editors';
import type { TextMap } from '../sites/editors/text-map';
import type { BadgeHandle, Highlighter, Ui } from '../ui/port';
import { createChecker, type Gap, type Surroundings } from './checker';
import type { EngineOnDemand } from './engine-on-demand';
import { eventElement, watchTrees } from './discovery';
import { createHold, type Publish, type Trigger } from './hold';
import { quietTimer, type QuietTimer } from './quiet';

export interface ControllerOptions {
  adapter: SiteAdapter;
  /** The active rule file; the engine compiles it once it is loaded. */
  rules: PageRules;
  /** The checking engine, loaded once a composer is found and shared by every restart. */
  engine: EngineOnDemand;
  ui: Ui;
  locale: Locale;
  /** Ends every listener, observer and timer. */
  signal: AbortSignal;
  doc?: Document;
  /** Quiet time after typing before a check (never on the keystroke itself). */
  debounceMs?: number;
  /** Longest wait for idle time once the quiet time is over (keeps the underline within ~300 ms). */
  idleTimeoutMs?: number;
  /** A gap of the whole page: every composer shows it, and a publish is treated as unprotected. */
  pageGap?: Gap;
}

interface ComposerState {
  editor: EditorHandle;
  badge: BadgeHandle | null;
  abort: AbortController;
  timer: QuietTimer;
  lastText: string | null;
  /** Account, media and what is missing: DOM queries, cached until the page outside the editor changes. */
  surroundings: Surroundings | null;
  findings: Finding[];
  marks: Array<{ range: Range; finding: Finding }>;
  unprotected?: string;
}

export interface Controller {
  /** Composers currently watched (for tests). */
  composers(): HTMLElement[];
  /** Scan for composers now. */
  scan(): void;
}

const safe = <T>(fn: () => T, fallback: T): T => {
  try {
    return fn();
  } catch {
    return fallback;
  }
};

/** Start watching the page. Everything stops when `signal` aborts. */
export function startController(options: ControllerOptions): Controller {
  const { adapter, rules, ui, locale, signal } = options;
  const policy = rules.policy;
  const doc = options.doc ?? document;
  const win = doc.defaultView ?? window;
  const debounceMs = options.debounceMs ?? 150;
  const idleTimeoutMs = options.idleTimeoutMs ?? 100;
  const checker = createChecker(adapter, rules, locale, options.engine);
  const states = new Map<HTMLElement, ComposerState>();
  let highlighter: Highlighter | null = null;

  const showBadge = (state: ComposerState, findings: Finding[], reason: string | undefined) => {
    state.unprotected = reason;
    safe(() => state.badge?.update({ findings, status: reason ? 'unprotected' : 'ok', reason }), undefined);
  };

  /**
   * Wait for the engine (at idle while typing, at once for a publish); once it is here, every
   * composer not checked yet is checked. When it cannot be loaded, their badges say so.
   */
  const awaitEngine = (now: boolean): Promise<void> => {
    const arrival = checker.whenReady(now);
    arrival.then(
      () => {
        if (!signal.aborted) for (const state of states.values()) if (state.lastText === null) runCheck(state, true);
      },
      () => {
        if (!signal.aborted) for (const state of states.values()) runCheck(state);
      },
    );
    return arrival;
  };

  const hold = createHold({
    policy,
    ui,
    locale,
    checker,
    loadEngine: () => awaitEngine(true),
    onFailure: (publish, reason, findings) => {
      for (const editor of publish.editors) {
        const state = states.get(editor.root);
        if (state) showBadge(state, findings, reason);
      }
    },
  });

  const renderMarks = () => {
    if (!highlighter) highlighter = safe(() => ui.createHighlighter(locale), null);
    const all = [...states.values()].flatMap((s) => s.marks);
    safe(() => (all.length ? highlighter?.set(all) : highlighter?.clear()), undefined);
  };

  const surroundings = (state: ComposerState, fresh = false): Surroundings => {
    if (fresh || !state.surroundings) {
      const found = checker.surroundings(state.editor.root);
      state.surroundings = options.pageGap ? { ...found, gap: found.gap ?? options.pageGap } : found;
    }
    return state.surroundings;
  };

  /** Check one composer's draft now and show the result. */
  const runCheck = (state: ComposerState, force = false) => {
    const root = state.editor.root;
    if (!root.isConnected) return;
    let text: string;
    let map: TextMap | null;
    try {
      // One walk gives the text and its offset ↔ DOM mapping (a textarea has no mapping).
      map = state.editor.map();
      text = map ? map.text : state.editor.read();
    } catch {
      showBadge(state, [], 'editor-unreadable');
      return;
    }
    const { context, gap } = surroundings(state, force);
    // An empty box publishes nothing: sites render its button only once there is text (LinkedIn's legacy form).
    const missing = gap === 'publish-control-not-found' && !text.trim() ? undefined : gap;
    if (!checker.ready()) {
      // Nothing is checked yet: the badge says why, or that the check is on its way.
      state.lastText = null;
      if (missing) showBadge(state, [], missing);
      else if (checker.engineFailed()) showBadge(state, [], 'engine-not-loaded');
      else {
        state.unprotected = undefined;
        safe(() => state.badge?.update({ findings: [], status: 'loading' }), undefined);
      }
      // After a failure only a publish tries again (hold.ts), not every pause in typing.
      if (!checker.engineFailed()) awaitEngine(false).catch(() => undefined);
      return;
    }
    if (!force && text === state.lastText && gap === state.unprotected) return;
    state.lastText = text;
    const result = checker.check(text, context);
    state.findings = result.findings;
    state.marks = [];
    if (map) {
      for (const f of result.findings) {
        const range = map.range(f.start, f.end);
        if (range) state.marks.push({ range, finding: f });
      }
    }
    showBadge(state, result.findings, missing ?? (result.failed ? 'engine-error' : undefined));
    renderMarks();
  };

  const attach = (root: HTMLElement): ComposerState => {
    const existing = states.get(root);
    if (existing) return existing;
    const abort = new AbortController();
    const state: ComposerState = {
      editor: adapter.editor(root),
      badge: null,
      abort,
      timer: quietTimer(win, () => runCheck(state), debounceMs, idleTimeoutMs),
      lastText: null,
      surroundings: null,
      findings: [],
      marks: [],
    };
    states.set(root, state);
    state.badge = safe(() => ui.mountBadge(root, locale), null);
    // The event's own time stamp (same clock as performance.now()): no call on the keystroke.
    const onChange = (e: Event) => state.timer.poke(e.timeStamp || undefined);
    for (const type of ['input', 'paste', 'compositionend', 'cut', 'drop']) root.addEventListener(type, onChange, { signal: abort.signal, passive: true });
    runCheck(state);
    return state;
  };

  const detach = (root: HTMLElement) => {
    const state = states.get(root);
    if (!state) return;
    states.delete(root);
    state.abort.abort();
    state.timer.cancel();
    safe(() => state.badge?.destroy(), undefined);
    if (state.marks.length) renderMarks();
  };

  const scan = () => {
    trees.refresh();
    for (const root of [...states.keys()]) if (!root.isConnected) detach(root);
    // The page around the editors changed: account, media and publish control are asked again.
    for (const state of states.values()) state.surroundings = null;
    for (const root of safe(() => adapter.findComposers(...trees.roots()), [])) {
      const state = attach(root);
      // The publish control may appear after the editor (dialogs render in steps, buttons after typing).
      if (state.unprotected !== surroundings(state).gap) runCheck(state, true);
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
      return false;
    }
    return true;
  };

  // Discovery: cheap observers that only raise a flag; the scan runs at most every 200 ms.
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const scanSoon = () => {
    if (scanTimer === undefined)
      scanTimer = setTimeout(() => {
        scanTimer = undefined;
        scan();
      }, 200);
  };
  /** True when every record only adds or removes hosts of our own UI (a badge, a notice): nothing to discover. */
  const onlyOwnUi = (records: MutationRecord[]): boolean =>
    records.every(
      (r) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeType === Node.ELEMENT_NODE && ui.isOwnHost(n as Element)),
    );

  const trees = watchTrees(
    doc,
    (records) => {
      // A notice or badge of ours appearing must not trigger a scan: it would check again and
      // replace the badge's reason for a held publish ("de vraag kon niet geladen worden").
      if (!onlyInsideEditors(records) && !onlyOwnUi(records)) scanSoon();
    },
    (element) => ui.isOwnHost(element),
  );

  const composerAt = (el: Element): ComposerState | null => {
    const root = safe(() => adapter.composerOf(el), null);
    if (!root) return null;
    if (!states.has(root)) trees.refresh(); // a shadow root attached since the last scan
    return attach(root);
  };

  win.addEventListener(
    'focusin',
    (e) => {
      const el = eventElement(e);
      if (el && !ui.isOwnEvent(e)) composerAt(el);
    },
    { capture: true, signal },
  );

  /** Everything one publish sends: every watched editor whose publish control is `control` (a thread), in page order. */
  const publishOf = (control: HTMLElement | null, origin: ComposerState): Publish => {
    const members = control
      ? [...states.values()].filter((s) => s.editor.root.isConnected && safe(() => adapter.findPublish(s.editor.root), null) === control)
      : [origin];
    if (!members.includes(origin)) members.push(origin);
    members.sort((a, b) => (a.editor.root.compareDocumentPosition(b.editor.root) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const { context, gap } = surroundings(origin, true);
    // The thread's gap is any member's: one unreadable post leaves the thread unprotected.
    const anyGap = gap ?? members.map((m) => surroundings(m).gap).find(Boolean);
    return { editors: members.map((m) => m.editor), origin: origin.editor, control, context, gap: anyGap };
  };

  /** The publish control containing `target`, and the composer(s) it sends. */
  const publishForControl = (target: Element): { publish: Publish; control: HTMLElement } | null => {
    const find = () => {
      for (const state of states.values()) {
        const controls = safe(() => adapter.publishControls(state.editor.root), []);
        const control = controls.find((c) => containsAcross(c, target));
        // The thread is everything the main control sends; the clicked one is what gets replayed.
        if (control) return { publish: publishOf(controls[0]!, state), control };
      }
      return null;
    };
    // Not yet known (clicked before the observer ran, or X moved the button): scan once, for
    // button-like targets only (a scan walks the page; most clicks are not on a control).
    return find() ?? (target.closest('button, [role="button"], input[type="submit"]') ? (scan(), find()) : null);
  };

  /** Fail-closed: a control that looks like publishing, in the landmark of a composer we could not protect. */
  const unprotectedScopeOf = (target: Element): boolean => {
    if (!policy.prompt.failClosed) return false;
    const control = target.closest('button, [role="button"], input[type="submit"]');
    if (!control || !adapter.looksLikePublish(control)) return false;
    return [...states.values()].some((s) => {
      if (!surroundings(s).gap) return false;
      const scope = safe(() => adapter.scope(s.editor.root), null);
      return !!scope && containsAcross(scope, control);
    });
  };

  const onActivate = (e: Event, target: Element) => {
    const hit = publishForControl(target);
    if (hit) return hold.intercept(e, hit.publish, { kind: 'click', control: hit.control });
    if (unprotectedScopeOf(target)) hold.block(e);
  };

  win.addEventListener(
    'click',
    (e) => {
      const target = eventElement(e);
      if (!target || ui.isOwnEvent(e)) return;
      onActivate(e, target);
      // A click may open a composer in a shadow root attached just now (no mutation reaches us).
      if (!e.defaultPrevented) scanSoon();
    },
    { capture: true, signal },
  );

  win.addEventListener(
    'keydown',
    (e) => {
      // Every keystroke passes here: only Enter and Space can publish, everything else leaves at once.
      if (e.key !== 'Enter' && e.key !== ' ') return;
      if (e.isComposing || e.keyCode === 229 || ui.isOwnEvent(e)) return;
      const target = eventElement(e);
      if (!target) return;
      if (e.key === 'Enter') {
        const state = composerAt(target);
        if (state) {
          const root = state.editor.root;
          // Enter picks a name from an open mention list; it publishes nothing.
          if (safe(() => adapter.typeaheadOpen(root), false)) return;
          const init = { key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey, keyCode: e.keyCode, which: e.which } as KeyboardEventInit;
          const shortcut = e.ctrlKey || e.metaKey;
          const onEnter = !shortcut && !e.shiftKey && !e.altKey && safe(() => adapter.submitsOnEnter(root), false);
          if (!shortcut && !onEnter) return;
          const control = safe(() => adapter.findPublish(root), null);
          const trigger: Trigger = { kind: shortcut ? 'shortcut' : 'enter', init };
          return hold.intercept(e, publishOf(shortcut ? control : null, state), trigger);
        }
      }
      if (target.closest('[role="button"], button')) onActivate(e, target);
    },
    { capture: true, signal },
  );

  signal.addEventListener('abort', () => {
    trees.disconnect();
    if (scanTimer !== undefined) clearTimeout(scanTimer);
    for (const root of [...states.keys()]) detach(root);
    safe(() => highlighter?.destroy(), undefined);
  });

  scan();
  return { composers: () => [...states.keys()], scan };
}
