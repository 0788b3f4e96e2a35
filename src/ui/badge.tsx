/**
 * The badge: a small round status dot at the composer's bottom-right corner. It lives in its
 * own shadow host on `<html>` with `position: fixed` and follows the composer's rectangle,
 * so nothing is ever inserted into the site's editor (frameworks break when one does).
 */
import { render } from 'preact';
import { CATEGORIES, worstSeverity, type Finding } from '../engine/types';
import { CONTAINED_EVENTS, containEvents, createShadowHost } from './host';
import { defaultTranslator, type Translate, type UiLocale } from './i18n';
import { BADGE_CSS } from './styles';

export interface BadgeState {
  findings: Finding[];
  /** `unprotected`: the extension cannot guard this composer (see `reason`). */
  status: 'ok' | 'unprotected';
  /** Why not protected: a code such as `publish-control-not-found` (translated when known) or text. */
  reason?: string;
}

export interface BadgeOptions {
  t?: Translate;
  locale?: UiLocale;
  /** Called when the user clicks the badge (or presses Enter on it); makes it a button. */
  onActivate?: () => void;
}

export interface BadgeHandle {
  update(state: BadgeState): void;
  destroy(): void;
}

const SIZE = 24;
const INSET = 4;

/** The badge's accessible name and tooltip, e.g. "Volle Zaal: 2 aandachtspunten: naam van een cliënt, emotionele taal". */
export function describeBadge(state: BadgeState, t: Translate): string {
  if (state.status === 'unprotected') {
    const reason = state.reason ? reasonText(state.reason, t) : '';
    return reason ? t('badge_unprotected_reason', reason) : t('badge_unprotected');
  }
  const count = state.findings.length;
  if (count === 0) return t('badge_ok');
  // Categories in the engine's order, each once: short enough to be read on every change.
  const present = new Set(state.findings.map((f) => f.category));
  const what = CATEGORIES.filter((c) => present.has(c))
    .map((c) => t(`badge_category_${c.replace(/-/g, '_')}`))
    .join(', ');
  return count === 1 ? t('badge_count_one', what) : t('badge_count_other', [String(count), what]);
}

function reasonText(reason: string, t: Translate): string {
  if (!/^[a-z0-9-]+$/i.test(reason)) return reason;
  const key = `badge_reason_${reason.replace(/-/g, '_')}`;
  const text = t(key);
  return text && text !== key ? text : reason;
}

const Check = () => (
  <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

interface BadgeViewProps {
  state: BadgeState;
  t: Translate;
  onActivate?: () => void;
  badgeRef: { current: HTMLElement | null };
}

function BadgeView({ state, t, onActivate, badgeRef }: BadgeViewProps) {
  const label = describeBadge(state, t);
  const count = state.findings.length;
  const worst = worstSeverity(state.findings);
  const kind = state.status === 'unprotected' ? 'unprotected' : count === 0 ? 'sev-ok' : `sev-${worst}`;
  const content = state.status === 'unprotected' ? '!' : count === 0 ? <Check /> : count > 9 ? '9+' : String(count);
  const common = {
    ref: (el: HTMLElement | null) => {
      badgeRef.current = el;
    },
    class: `badge ${kind}`,
    title: label,
    'aria-label': label,
    'data-severity': state.status === 'unprotected' ? 'unprotected' : count === 0 ? 'ok' : worst,
  };
  return (
    <>
      {onActivate ? (
        // mousedown default would move focus out of the editor (some composers collapse on blur).
        <button type="button" {...common} onMouseDown={(e) => e.preventDefault()} onClick={onActivate}>
          {content}
        </button>
      ) : (
        <div role="img" {...common}>
          {content}
        </div>
      )}
      <span class="sr-only" role="status" aria-live="polite">
        {label}
      </span>
    </>
  );
}

/**
 * Mount a badge for `composer`. It starts as "no findings"; call `update` after every check
 * and `destroy` when the composer goes away. Repositioning is throttled to one per frame.
 */
export function mountBadge(composer: HTMLElement, options: BadgeOptions = {}): BadgeHandle {
  const doc = composer.ownerDocument;
  const win = doc.defaultView ?? window;
  const t = options.t ?? defaultTranslator(options.locale);
  const { host, root, remove } = createShadowHost('badge', BADGE_CSS, doc);
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  containEvents(host, CONTAINED_EVENTS, signal);

  const container = doc.createElement('div');
  root.append(container);
  const badgeRef: { current: HTMLElement | null } = { current: null };
  let state: BadgeState = { findings: [], status: 'ok' };

  const place = () => {
    const badge = badgeRef.current;
    if (!badge) return;
    const rect = composer.getBoundingClientRect();
    const visible =
      composer.isConnected &&
      (rect.width > 0 || rect.height > 0) &&
      rect.bottom > 0 &&
      rect.right > 0 &&
      rect.top < win.innerHeight &&
      rect.left < win.innerWidth;
    if (badge.hidden === visible) badge.hidden = !visible;
    if (!visible) return;
    // Inside the corner; a one-line composer gets it vertically centred instead of poking out above.
    const left = `${Math.round(rect.right - SIZE - INSET)}px`;
    const top = `${Math.round(Math.max(rect.top + Math.min(INSET, (rect.height - SIZE) / 2), rect.bottom - SIZE - INSET))}px`;
    // Written only when it moves: every write invalidates style.
    if (badge.style.left !== left) badge.style.left = left;
    if (badge.style.top !== top) badge.style.top = top;
  };

  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };

  /** What the badge shows; a check that changes none of it (typing on) renders nothing. */
  const look = (s: BadgeState) => `${s.status}|${s.findings.length}|${worstSeverity(s.findings)}|${describeBadge(s, t)}`;
  let drawn: string | undefined;
  const draw = () => {
    const next = look(state);
    if (next === drawn) return;
    drawn = next;
    render(<BadgeView state={state} t={t} onActivate={options.onActivate} badgeRef={badgeRef} />, container);
    // Positioned in the next frame: reading the composer's rectangle now would force a layout.
    schedule();
  };

  // Capture: scrolling any container (the composer's dialog, a feed) moves the composer.
  win.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  win.addEventListener('resize', schedule, { passive: true, signal });
  win.visualViewport?.addEventListener('resize', schedule, { passive: true, signal });
  win.visualViewport?.addEventListener('scroll', schedule, { passive: true, signal });
  const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
  resizeObserver?.observe(composer);

  render(<BadgeView state={state} t={t} onActivate={options.onActivate} badgeRef={badgeRef} />, container);
  drawn = look(state);
  place();

  return {
    update(next) {
      if (signal.aborted) return;
      state = next;
      draw();
    },
    destroy() {
      if (signal.aborted) return;
      lifetime.abort();
      resizeObserver?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      render(null, container);
      remove();
    },
  };
}
