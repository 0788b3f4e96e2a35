/**
 * The badge: a small round status dot at the composer's bottom-right corner. It lives in its
 * own shadow host on `<html>` with `position: fixed` and follows the composer's rectangle,
 * so nothing is ever inserted into the site's editor (frameworks break when one does).
 */
import { CATEGORIES, worstSeverity, type Finding } from '../engine/types';
import { CONTAINED_EVENTS, containEvents, createShadowHost } from './host';
import { defaultTranslator, type Translate, type UiLocale } from './i18n';
import { BADGE_CSS } from './styles';

export interface BadgeState {
  findings: Finding[];
  /**
   * `unprotected`: the extension cannot guard this composer (see `reason`); `loading`: the
   * checking engine is on its way (loaded on demand), so nothing is checked yet.
   */
  status: 'ok' | 'unprotected' | 'loading';
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
function describeBadge(state: BadgeState, t: Translate): string {
  if (state.status === 'unprotected') {
    const reason = state.reason ? reasonText(state.reason, t) : '';
    return reason ? t('badge_unprotected_reason', reason) : t('badge_unprotected');
  }
  if (state.status === 'loading') return t('badge_loading');
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

const SVG = 'http://www.w3.org/2000/svg';

/** The green check of "no findings". */
function check(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG, 'path');
  for (const [name, value] of Object.entries({ d: 'M3 8.5l3 3 7-7', fill: 'none', stroke: 'currentColor', 'stroke-width': '2.6', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }))
    path.setAttribute(name, value);
  svg.append(path);
  return svg;
}

/** Show `state` on the badge element and its live region (plain DOM: the content script carries no UI library). */
function drawBadge(badge: HTMLElement, live: HTMLElement, state: BadgeState, t: Translate): void {
  const label = describeBadge(state, t);
  const count = state.findings.length;
  const worst = worstSeverity(state.findings);
  const look = state.status !== 'ok' ? state.status : count === 0 ? 'ok' : worst;
  badge.className = `badge ${state.status !== 'ok' ? state.status : `sev-${look}`}`;
  badge.title = label;
  badge.setAttribute('aria-label', label);
  badge.dataset.severity = look;
  if (look === 'ok') badge.replaceChildren(check(badge.ownerDocument));
  else badge.textContent = look === 'unprotected' ? '!' : look === 'loading' ? '…' : count > 9 ? '9+' : String(count);
  live.textContent = label;
}

/**
 * Mount a badge for `composer`. It starts as "loading" (nothing checked yet); call `update` after every check
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

  // A button when it does something; mousedown's default would move focus out of the editor
  // (some composers collapse on blur).
  const badge = doc.createElement(options.onActivate ? 'button' : 'div');
  if (options.onActivate) {
    const onActivate = options.onActivate;
    (badge as HTMLButtonElement).type = 'button';
    badge.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
    badge.addEventListener('click', () => onActivate(), { signal });
  } else badge.setAttribute('role', 'img');
  const live = doc.createElement('span');
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(badge, live);
  let state: BadgeState = { findings: [], status: 'loading' };

  const place = () => {
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
    drawBadge(badge, live, state, t);
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

  drawBadge(badge, live, state, t);
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
      remove();
    },
  };
}
