/**
 * CSS for the shadow roots. Sizes are in px/em, not rem: sites change the root font size
 * (rem would follow them), while browser zoom scales px just the same.
 */

/** Severity colours; never the only cue (every badge, finding and tooltip also says it in words). */
const COLORS = {
  info: '#0b57d0',
  warn: '#f2a900',
  block: '#b3261e',
  ok: '#1e7b34',
  unprotected: '#5f6368',
} as const;

/** Reset the host: inherited page styles (font, colour, line height…) stop here. */
const HOST_RESET = `
:host { all: initial !important; }
* { box-sizing: border-box; }
.sr-only {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;

const FONT = `font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;`;

/** Shadow-root CSS of the prompt dialog (light and dark, forced colours, reduced motion). */
export const PROMPT_CSS = `${HOST_RESET}
:host {
  position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;
  display: block !important;
}
.backdrop {
  --vz-bg: #ffffff; --vz-fg: #1a1a1a; --vz-muted: #4a4a4a; --vz-line: #8a8a8a;
  --vz-soft: #f3f4f6; --vz-focus: #0b57d0; --vz-primary: #0b57d0; --vz-primary-fg: #ffffff;
  --vz-mark: #fff0b3;
  position: fixed; inset: 0; display: flex; align-items: center; justify-content: center;
  padding: 16px; background: rgba(0, 0, 0, 0.55); ${FONT} color: var(--vz-fg);
}
@media (prefers-color-scheme: dark) {
  .backdrop {
    --vz-bg: #1f1f1f; --vz-fg: #f2f2f2; --vz-muted: #c8c8c8; --vz-line: #9a9a9a;
    --vz-soft: #2c2c2c; --vz-focus: #8ab4f8; --vz-primary: #8ab4f8; --vz-primary-fg: #0b1f3a;
    --vz-mark: #6b5200;
  }
}
.dialog {
  background: var(--vz-bg); color: var(--vz-fg); width: min(38em, 100%);
  max-height: 100%; border-radius: 12px; border: 1px solid var(--vz-line);
  box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35); animation: vz-in 120ms ease-out;
  display: flex; flex-direction: column; overflow: hidden;
}
.head { padding: 1.1em 1.5em 0.2em; flex: none; }
.body { flex: 1 1 auto; min-height: 0; overflow: auto; padding: 0.2em 1.5em 0.75em; margin: 0; }
.foot { flex: none; padding: 0.75em 1.5em 1em; border-top: 1px solid var(--vz-line); }
/* Very short viewports (200% zoom on a laptop): one scroller is easier than three cramped panes. */
@media (max-height: 420px) {
  .dialog { display: block; overflow: auto; }
  .body { overflow: visible; }
}
@keyframes vz-in { from { opacity: 0; transform: translateY(6px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .dialog { animation: none; } }
h2 { font-size: 1.3em; line-height: 1.3; margin: 0 0 0.35em; font-weight: 700; }
p { margin: 0 0 0.6em; }
.lead { color: var(--vz-muted); }
ul.findings { list-style: none; display: grid; gap: 0.75em; align-content: start; }
.finding {
  border: 1px solid var(--vz-line); border-left: 6px solid var(--vz-sev); border-radius: 8px;
  padding: 0.7em 0.9em;
}
.finding.sev-info { --vz-sev: ${COLORS.info}; }
.finding.sev-warn { --vz-sev: ${COLORS.warn}; }
.finding.sev-block { --vz-sev: ${COLORS.block}; }
.sev-label {
  display: inline-block; font-size: 0.8em; font-weight: 700; letter-spacing: 0.02em;
  padding: 0.05em 0.55em; border-radius: 999px; margin-bottom: 0.35em;
  background: var(--vz-sev); color: #fff;
}
.sev-warn .sev-label { color: #1a1a1a; }
.part { font-size: 0.8em; font-weight: 600; margin-left: 0.5em; }
.excerpt {
  margin: 0 0 0.5em; padding: 0.4em 0.6em; background: var(--vz-soft); border-radius: 6px;
  white-space: pre-wrap; overflow-wrap: anywhere;
}
mark {
  background: var(--vz-mark); color: inherit; padding: 0 0.1em; border-radius: 2px;
  text-decoration: underline wavy var(--vz-sev); text-decoration-thickness: 2px; text-underline-offset: 3px;
}
.message { font-weight: 600; }
.suggestion { color: var(--vz-fg); }
figure.quote { margin: 0.4em 0 0.5em; padding: 0 0 0 0.8em; border-left: 3px solid var(--vz-line); }
figure.quote figcaption { font-size: 0.85em; color: var(--vz-muted); }
figure.quote blockquote { margin: 0; font-style: italic; }
a { color: var(--vz-primary); text-decoration: underline; text-underline-offset: 2px; }
.finding-actions { display: flex; flex-wrap: wrap; gap: 0.4em 1em; align-items: center; }
/* One card, several reasons for the same text (a built-in check and the organisation's own rule). */
ul.reasons { list-style: none; margin: 0 0 0.5em; padding: 0; display: grid; gap: 0.5em; }
li.reason + li.reason { border-top: 1px dashed var(--vz-line); padding-top: 0.5em; }
.reason-sev { font-weight: 700; }
.reason-link { margin: 0 0 0.2em; }
.blocked {
  border: 2px solid ${COLORS.block}; border-radius: 8px; padding: 0.6em 0.8em; font-weight: 600;
}
.consent { display: flex; gap: 0.6em; align-items: flex-start; margin: 0 0 0.2em; font-weight: 600; cursor: pointer; }
.consent input { width: 1.25em; height: 1.25em; margin: 0.15em 0 0; flex: none; accent-color: var(--vz-primary); }
.hint { font-size: 0.9em; color: var(--vz-muted); }
.consent + .hint { margin: 0 0 0 2.1em; }
.cooldown-box { margin: 0.5em 0 0; }
.actions { display: flex; flex-wrap: wrap; gap: 0.6em; margin-top: 0.75em; align-items: center; }
.foot > :first-child { margin-top: 0; }
.actions .spacer { flex: 1 1 auto; }
button {
  font: inherit; font-weight: 600; border-radius: 8px; padding: 0.5em 1.1em; cursor: pointer;
  border: 2px solid var(--vz-primary); background: var(--vz-bg); color: var(--vz-primary);
  min-height: 44px;
}
button.primary { background: var(--vz-primary); color: var(--vz-primary-fg); }
button.link {
  border-color: transparent; background: none; padding: 0.5em 0.3em; text-decoration: underline;
  color: var(--vz-muted); font-weight: 500;
}
button.small { min-height: 0; padding: 0.15em 0.6em; font-size: 0.9em; }
button:disabled { cursor: not-allowed; border-color: var(--vz-line); color: var(--vz-muted); background: var(--vz-soft); }
:focus-visible { outline: 3px solid var(--vz-focus); outline-offset: 2px; }
@media (forced-colors: active) {
  .finding { border-left-color: CanvasText; }
  .sev-label { border: 1px solid CanvasText; }
  mark { background: Mark; color: MarkText; }
  button:disabled { color: GrayText; border-color: GrayText; }
}
`;

/** Shadow-root CSS of the composer badge. */
export const BADGE_CSS = `${HOST_RESET}
:host { position: fixed !important; top: 0 !important; left: 0 !important; z-index: 2147483645 !important;
  display: block !important; width: 0 !important; height: 0 !important; overflow: visible !important; }
/* z-index: below the highlight tooltip (which may overlap the corner), below the prompt. */
.badge {
  position: fixed; width: 24px; height: 24px; border-radius: 50%; display: flex; align-items: center;
  justify-content: center; ${FONT} font-size: 13px; font-weight: 700; line-height: 1;
  color: #fff; border: 2px solid #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.45); padding: 0; margin: 0;
  transition: background-color 150ms; cursor: default; user-select: none;
}
button.badge { cursor: pointer; }
.badge[hidden] { display: none; }
.badge.sev-info { background: ${COLORS.info}; }
.badge.sev-warn { background: ${COLORS.warn}; color: #1a1a1a; }
.badge.sev-block { background: ${COLORS.block}; }
.badge.sev-ok { background: ${COLORS.ok}; }
.badge.unprotected { background: ${COLORS.unprotected}; }
/* Loading the checks: not a verdict, so no colour of one. */
.badge.loading { background: #fff; color: ${COLORS.unprotected}; border-color: ${COLORS.unprotected}; }
.badge svg { width: 14px; height: 14px; }
.badge:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (prefers-reduced-motion: reduce) { .badge { transition: none; } }
@media (forced-colors: active) { .badge { border-color: CanvasText; forced-color-adjust: none; } }
`;

/** Shadow-root CSS of the highlight overlay: fallback boxes and the tooltip. */
export const MARKS_CSS = `${HOST_RESET}
:host { position: fixed !important; top: 0 !important; left: 0 !important; z-index: 2147483646 !important;
  display: block !important; width: 0 !important; height: 0 !important; overflow: visible !important;
  pointer-events: none !important; }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid; }
.box.sev-info { border-color: ${COLORS.info}; background: rgba(11, 87, 208, 0.10); }
.box.sev-warn { border-color: #c98b00; background: rgba(242, 169, 0, 0.18); }
.box.sev-block { border-color: ${COLORS.block}; background: rgba(179, 38, 30, 0.12); }
.tooltip {
  position: fixed; max-width: min(26em, calc(100vw - 16px)); pointer-events: auto;
  ${FONT} font-size: 14px; background: #1a1a1a; color: #fff; border-radius: 6px;
  padding: 0.45em 0.7em; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.35); border-left: 5px solid var(--vz-sev);
}
.tooltip[hidden] { display: none; }
.tooltip.passive { pointer-events: none; }
.tooltip.sev-info { --vz-sev: #8ab4f8; }
.tooltip.sev-warn { --vz-sev: ${COLORS.warn}; }
.tooltip.sev-block { --vz-sev: #f28b82; }
.tooltip strong { display: block; font-size: 0.85em; }
@media (forced-colors: active) { .box { border-color: Highlight; } .tooltip { border: 1px solid CanvasText; } }
`;

/** The page-level stylesheet for the CSS Custom Highlight API: the only style outside a shadow root. */
export const HIGHLIGHT_PAGE_CSS = `
::highlight(volle-zaal-info) { text-decoration: underline wavy ${COLORS.info} 2px; background-color: rgba(11, 87, 208, 0.08); }
::highlight(volle-zaal-warn) { text-decoration: underline wavy #c98b00 2px; background-color: rgba(242, 169, 0, 0.16); }
::highlight(volle-zaal-block) { text-decoration: underline wavy ${COLORS.block} 2px; background-color: rgba(179, 38, 30, 0.10); }
`;

/** Shadow-root CSS of a notice: a short message at the top of the page, above the site, below the prompt. */
export const NOTICE_CSS = `${HOST_RESET}
:host { position: fixed !important; top: 16px !important; left: 50% !important; transform: translateX(-50%) !important;
  z-index: 2147483646 !important; display: block !important; width: min(440px, calc(100vw - 32px)) !important; }
.notice {
  display: flex; gap: 12px; align-items: flex-start; padding: 12px 12px 12px 16px; ${FONT} font-size: 15px;
  color: #1a1a1a; background: #fff; border-left: 6px solid ${COLORS.block}; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.35);
}
.notice p { margin: 0; flex: 1; }
.notice button { ${FONT} font-size: 14px; padding: 4px 12px; border: 1px solid #5f6368; border-radius: 6px; background: #fff; color: #1a1a1a; cursor: pointer; }
.notice button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .notice, .notice button { background: #202124; color: #e8eaed; } }
@media (forced-colors: active) { .notice { border: 2px solid CanvasText; } }
`;
