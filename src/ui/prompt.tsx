/**
 * The "volle zaal" prompt: a modal dialog shown before a draft with findings is posted.
 * Edit (Aanpassen) is the default and the first focus; "Toch plaatsen" only when the policy
 * allows it for the worst severity, after a cooldown for strong language ("Tel tot 10, echt,
 * dat helpt.") and after confirming consent when media is attached.
 */
import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { SEVERITY_RANK, worstSeverity, type Finding, type Locale, type ReportedSeverity } from '../engine/types';
import type { PromptSettings } from '../policy/compile';
import { CONTAINED_EVENTS, containEvents, createShadowHost } from './host';
import { browserTranslator, type Translate } from './i18n';
// Only the prompt's messages (`?prompt`, src/ui/page-keys.ts): this file is a module of its own, loaded on demand.
import enMessages from '../../assets/public/_locales/en/messages.json?prompt';
import nlMessages from '../../assets/public/_locales/nl/messages.json?prompt';
import { PROMPT_CSS } from './styles';

export interface PromptRequest {
  findings: Finding[];
  /** The draft the findings' offsets point into. Rendered in excerpts only; never leaves the page. */
  draft: string;
  /** Language of the findings' messages; the prompt speaks it too. */
  locale: Locale;
  settings: PromptSettings;
  /** An image or video is attached (asks for consent when the policy says so). */
  hasMedia: boolean;
  policyTitle?: string;
  /** Fallback link for findings without their own `link`. */
  policyUrl?: string;
  /**
   * Force the cooldown on (`true`) or off (`false`, e.g. the user already waited for this
   * draft). When absent, the cooldown runs when a finding matches `settings.cooldownRules`.
   */
  cooldownActive?: boolean;
  /** A thread: where each post's text lies in `draft`, so every finding says which post it is in. */
  parts?: readonly PromptPart[];
}

/** One post of a thread, as a span of the prompt's draft. */
interface PromptPart {
  start: number;
  end: number;
}

export interface PromptResult {
  /**
   * `edit`: back to the draft (Aanpassen, Esc, or a finding's "toon"); `post`: post anyway;
   * `dismiss`: the user says the warning is wrong. `dismiss` is feedback, not a permission:
   * the caller decides whether it lets the post through (it should not for a finding whose
   * severity the policy does not allow to post).
   */
  decision: 'edit' | 'post' | 'dismiss';
  /** For `edit`, the finding to show (the first unless the user picked one); otherwise the first finding. */
  finding?: Finding;
}

/** Extras beyond the request, for tests and special pages. */
export interface PromptOptions {
  /** Translator; defaults to the extension's messages in `request.locale`. */
  t?: Translate;
  document?: Document;
}

/** Whether a rule id is covered by a cooldown entry (a family covers its sub-rules). */
function matchesRule(rule: string, entries: readonly string[]): boolean {
  return entries.some((entry) => rule === entry || rule.startsWith(`${entry}/`));
}

/** A finding's context in the draft: `marked` is the offending part, shown in `<mark>`. */
export interface Excerpt {
  before: string;
  marked: string;
  after: string;
}

const CONTEXT_CHARS = 40;
const MAX_MARKED = 160;

/** Do not cut a surrogate pair in half (emoji are common in posts). */
function safeIndex(text: string, index: number, forward: boolean): number {
  const code = text.charCodeAt(index);
  if (code >= 0xdc00 && code <= 0xdfff) return forward ? index + 1 : index - 1;
  return index;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** A short excerpt of `draft` around `start..end`, cut at word boundaries, whitespace collapsed. */
export function excerptAround(draft: string, start: number, end: number): Excerpt {
  const s = Math.max(0, Math.min(start, draft.length));
  const e = Math.max(s, Math.min(end, draft.length));
  let marked = draft.slice(s, e);
  if (marked.length > MAX_MARKED) marked = `${marked.slice(0, safeIndex(marked, MAX_MARKED - 10, false))}…`;

  const from = safeIndex(draft, Math.max(0, s - CONTEXT_CHARS), true);
  let before = draft.slice(from, s);
  if (from > 0) {
    const space = before.search(/\s/);
    if (space >= 0 && space < before.length - 1) before = before.slice(space + 1);
    before = `…${before}`;
  }
  const to = safeIndex(draft, Math.min(draft.length, e + CONTEXT_CHARS), false);
  let after = draft.slice(e, to);
  if (to < draft.length) {
    const space = after.search(/\s\S*$/);
    if (space > 0) after = after.slice(0, space);
    after = `${after}…`;
  }
  return { before: squash(before).trimStart(), marked: squash(marked), after: squash(after).trimEnd() };
}

/**
 * Findings about the same text, shown as one card: a built-in recogniser and an organisation's
 * own rule often flag the same name. `severity` is the worst of them; `reasons` keeps each
 * finding's own message, suggestion, quote and link (exact repeats once).
 */
export interface FindingGroup {
  /** The card's marked text: from the first finding's start to the last one's end. */
  start: number;
  end: number;
  severity: ReportedSeverity;
  /** Every finding in the group, in the order given. */
  findings: Finding[];
  /** What the card says: one entry per distinct reason. */
  reasons: Finding[];
}

/** Longest span that shares a card with any overlapping one (a full name, a short phrase). */
const SHARED_SPAN_CHARS = 40;

/**
 * Two spans are about the same text when they overlap and neither is a much longer stretch
 * (a sentence) around the other: "Odilia" and "Odilia Verbraeken" share a card; a name and
 * an angry sentence containing it do not.
 */
function sameText(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return false;
  const longer = Math.max(a.end - a.start, b.end - b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return longer <= SHARED_SPAN_CHARS || longer <= 3 * shorter;
}

/**
 * Group findings that cover the same or overlapping text. Findings without a span (about the
 * whole draft) stay on their own, and so does a long span around a short one.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const finding of findings) {
    const hasSpan = finding.end > finding.start;
    const group = hasSpan ? groups.find((g) => g.end > g.start && g.findings.some((f) => sameText(f, finding))) : undefined;
    if (!group) {
      groups.push({ start: finding.start, end: finding.end, severity: finding.severity, findings: [finding], reasons: [finding] });
      continue;
    }
    group.findings.push(finding);
    group.start = Math.min(group.start, finding.start);
    group.end = Math.max(group.end, finding.end);
    if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[group.severity]) group.severity = finding.severity;
    const repeat = group.reasons.some(
      (r) => r.message === finding.message && r.suggestion === finding.suggestion && r.quote === finding.quote && r.link === finding.link,
    );
    if (!repeat) group.reasons.push(finding);
  }
  return groups;
}

/** Only web links from the rule file become anchors (no `javascript:` and the like). */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface PromptViewProps {
  request: PromptRequest;
  t: Translate;
  onDone(result: PromptResult): void;
}

function PromptView({ request, t, onDone }: PromptViewProps) {
  const { findings, settings, locale } = request;
  const first = findings[0];
  const groups = groupFindings(findings);
  const worst = worstSeverity(findings);
  const canPost = worst === 'off' ? true : settings.allowPostAnyway[worst as ReportedSeverity] === true;
  const needConsent = canPost && request.hasMedia && settings.askConsentWithMedia;
  const cooldownSeconds =
    canPost && settings.cooldownSeconds > 0 && (request.cooldownActive ?? findings.some((f) => matchesRule(f.rule, settings.cooldownRules)))
      ? settings.cooldownSeconds
      : 0;

  const [consent, setConsent] = useState(false);
  const [remaining, setRemaining] = useState(cooldownSeconds);
  const [announced, setAnnounced] = useState('');
  const dialogRef = useRef<HTMLDivElement>(null);
  // The interval outlives renders; it reads the current consent through this ref.
  const consentRef = useRef(consent);
  consentRef.current = consent;
  const readyText = () => (needConsent && !consentRef.current ? t('prompt_consent_first') : t('prompt_cooldown_done'));

  // Layout effect, not effect: it starts with the render, so the countdown is exact and testable.
  useLayoutEffect(() => {
    if (cooldownSeconds === 0) return;
    const deadline = Date.now() + cooldownSeconds * 1000;
    const id = setInterval(() => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setRemaining(left);
      // Polite and sparse: a screen reader hears "5 seconds" and "now", not every tick.
      if (left === 0) {
        setAnnounced(readyText());
        clearInterval(id);
      } else if (left % 5 === 0) setAnnounced(waitText(t, left));
    }, 500);
    return () => clearInterval(id);
  }, []);

  const title = settings.wording.title?.[locale] ?? t('prompt_title');
  const question = settings.wording.question?.[locale] ?? (settings.wording.title ? t('prompt_title') : undefined);
  // Counted as the cards show them: two rules on one name are one point of attention.
  const summary =
    groups.length === 0
      ? t('prompt_summary_none')
      : groups.length === 1
        ? t('prompt_summary_one')
        : t('prompt_summary_other', String(groups.length));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone({ decision: 'edit', finding: first });
      return;
    }
    if (event.key !== 'Tab') return;
    const dialog = dialogRef.current;
    if (!dialog) return;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const active = (dialog.getRootNode() as ShadowRoot).activeElement;
    const index = active ? items.indexOf(active as HTMLElement) : -1;
    const next = event.shiftKey
      ? index <= 0 ? items[items.length - 1] : items[index - 1]
      : index === -1 || index === items.length - 1 ? items[0] : items[index + 1];
    event.preventDefault();
    next?.focus();
  };

  const postBlockers = [
    remaining > 0 ? 'vz-cooldown' : '',
    needConsent && !consent ? 'vz-consent-first' : '',
  ].filter(Boolean);

  return (
    <div class="backdrop">
      <div
        ref={dialogRef}
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="vz-title"
        aria-describedby={['vz-lead', canPost ? '' : 'vz-blocked', cooldownSeconds ? 'vz-cooldown-advice' : ''].filter(Boolean).join(' ')}
        lang={locale}
        onKeyDown={onKeyDown}
      >
        <div class="head">
          <h2 id="vz-title">{title}</h2>
          <div id="vz-lead" class="lead">
            {question && <p>{question}</p>}
            <p>{summary}</p>
            {request.policyTitle && <p class="hint">{t('prompt_policy_source', request.policyTitle)}</p>}
          </div>
        </div>

        {/* Only the findings scroll: the question stays on top and the decision at the bottom. */}
        {findings.length > 0 && (
          <ul class="findings body" aria-label={t('prompt_findings_label')}>
            {groups.map((group, i) => (
              <FindingItem
                key={i}
                index={i}
                group={group}
                draft={request.draft}
                part={partOf(request.parts, group.start)}
                parts={request.parts?.length ?? 0}
                policyUrl={request.policyUrl}
                t={t}
                onShow={() => onDone({ decision: 'edit', finding: group.findings[0] })}
              />
            ))}
          </ul>
        )}

        <div class="foot">
          {!canPost && (
            <p id="vz-blocked" class="blocked">
              {t('prompt_blocked')}
            </p>
          )}

          {needConsent && (
            <>
              <label class="consent">
                <input
                  type="checkbox"
                  checked={consent}
                  aria-describedby="vz-consent-hint"
                  onChange={(e) => setConsent((e.currentTarget as HTMLInputElement).checked)}
                />
                <span>{t('prompt_consent')}</span>
              </label>
              <p id="vz-consent-hint" class="hint">
                {t('prompt_consent_hint')}
              </p>
              {!consent && (
                <p id="vz-consent-first" class="sr-only">
                  {t('prompt_consent_first')}
                </p>
              )}
            </>
          )}

          {cooldownSeconds > 0 && (
            <p class="cooldown-box">
              <strong id="vz-cooldown-advice" class="cooldown">
                {t('prompt_cooldown_advice')}
              </strong>{' '}
              <span id="vz-cooldown" aria-hidden="true">
                {remaining > 0 ? waitText(t, remaining) : readyText()}
              </span>
              <span class="sr-only" role="status" aria-live="polite">
                {announced}
              </span>
            </p>
          )}

          <div class="actions">
            <button type="button" class="primary" data-action="edit" onClick={() => onDone({ decision: 'edit', finding: first })}>
              {t('prompt_edit')}
            </button>
            {canPost && (
              <button
                type="button"
                data-action="post"
                disabled={postBlockers.length > 0}
                aria-describedby={postBlockers.join(' ') || undefined}
                onClick={() => onDone({ decision: 'post', finding: first })}
              >
                {findings.length === 0 ? t('prompt_post') : t('prompt_post_anyway')}
              </button>
            )}
            <span class="spacer" />
            {findings.length > 0 && (
              <button type="button" class="link" data-action="dismiss" onClick={() => onDone({ decision: 'dismiss', finding: first })}>
                {t('prompt_dismiss')}
              </button>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

function waitText(t: Translate, seconds: number): string {
  return seconds === 1 ? t('prompt_cooldown_one') : t('prompt_cooldown_other', String(seconds));
}

/** The post of a thread a finding at `at` is in (with its index); nothing for a single post. */
function partOf(parts: readonly PromptPart[] | undefined, at: number): (PromptPart & { index: number }) | undefined {
  if (!parts || parts.length < 2) return undefined;
  const index = parts.findIndex((p) => at >= p.start && at <= p.end);
  return index < 0 ? undefined : { ...parts[index]!, index };
}

interface FindingItemProps {
  group: FindingGroup;
  index: number;
  draft: string;
  /** Which post of a thread the finding is in, and how many posts there are. */
  part?: PromptPart & { index: number };
  parts: number;
  policyUrl: string | undefined;
  t: Translate;
  onShow(): void;
}

/** A reason's policy words (quote) and suggestion, under its message. */
function ReasonDetails({ finding, t }: { finding: Finding; t: Translate }) {
  return (
    <>
      {finding.suggestion && <p class="suggestion">{t('prompt_suggestion', finding.suggestion)}</p>}
      {finding.quote && (
        <figure class="quote">
          <figcaption>{t('prompt_quote_label')}</figcaption>
          <blockquote>{finding.quote}</blockquote>
        </figure>
      )}
    </>
  );
}

function PolicyLink({ href, t }: { href: string; t: Translate }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {t('prompt_policy_link')}
      <span class="sr-only"> {t('prompt_new_tab')}</span>
    </a>
  );
}

function FindingItem({ group, index, draft, part, parts, policyUrl, t, onShow }: FindingItemProps) {
  const hasSpan = group.end > group.start && group.start < draft.length;
  // In a thread the excerpt stays inside its own post.
  const from = part?.start ?? 0;
  const excerpt = hasSpan ? excerptAround(draft.slice(from, part?.end ?? draft.length), group.start - from, group.end - from) : undefined;
  const { reasons } = group;
  const single = reasons.length === 1 ? reasons[0]! : undefined;
  const messageIds = reasons.map((_, r) => (single ? `vz-msg-${index}` : `vz-msg-${index}-${r}`));
  // One card, several reasons: each keeps its own link; the policy's general link once, for the card.
  const ownLinks = reasons.map((r) => safeUrl(r.link));
  const cardLink = single ? safeUrl(single.link ?? policyUrl) : ownLinks.some(Boolean) ? undefined : safeUrl(policyUrl);
  const mixed = reasons.some((r) => r.severity !== group.severity);
  return (
    <li class={`finding sev-${group.severity}`} data-rule={group.findings.map((f) => f.rule).join(' ')}>
      <span class="sev-label">{t(`prompt_severity_${group.severity}`)}</span>
      {part && <span class="part">{t('prompt_part', [String(part.index + 1), String(parts)])}</span>}
      {excerpt && (
        <p class="excerpt">
          {excerpt.before}
          <span class="sr-only"> {t('prompt_mark_start')} </span>
          <mark>{excerpt.marked}</mark>
          <span class="sr-only"> ({t('prompt_mark_end')}) </span>
          {excerpt.after}
        </p>
      )}
      {single ? (
        <>
          <p class="message" id={messageIds[0]}>
            {single.message}
          </p>
          <ReasonDetails finding={single} t={t} />
        </>
      ) : (
        <ul class="reasons">
          {reasons.map((reason, r) => (
            <li class={`reason sev-${reason.severity}`} data-rule={reason.rule} key={r}>
              <p class="message" id={messageIds[r]}>
                {mixed && <span class="reason-sev">{t(`prompt_severity_${reason.severity}`)}: </span>}
                {reason.message}
              </p>
              <ReasonDetails finding={reason} t={t} />
              {ownLinks[r] && (
                <p class="reason-link">
                  <PolicyLink href={ownLinks[r]!} t={t} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {(hasSpan || cardLink) && (
        <div class="finding-actions">
          {hasSpan && (
            <button type="button" class="small" data-action="show" aria-describedby={messageIds.join(' ')} onClick={onShow}>
              {t('prompt_show')}
            </button>
          )}
          {cardLink && <PolicyLink href={cardLink} t={t} />}
        </div>
      )}
    </li>
  );
}

/** The element that has focus, looking inside shadow roots (the composer may live in one). */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

interface OpenPrompt {
  promise: Promise<PromptResult>;
  close(decision: PromptResult['decision']): void;
}

let open: OpenPrompt | undefined;

/**
 * Show the prompt and wait for the user's decision. Only one prompt exists at a time: a call
 * while one is open returns the open prompt's promise (a double click on "Post" must not stack
 * dialogs, and the first caller keeps its answer); its `request` is ignored.
 * The host is removed and focus goes back to where it was before the promise resolves.
 */
export function showPrompt(request: PromptRequest, options: PromptOptions = {}): Promise<PromptResult> {
  if (open) return open.promise;
  const doc = options.document ?? document;
  const t = options.t ?? browserTranslator({ nl: nlMessages, en: enMessages }, 'prompt_title', request.locale);
  const previousFocus = deepActiveElement(doc);
  const { host, root, remove } = createShadowHost('prompt', PROMPT_CSS, doc);
  const lifetime = new AbortController();
  // Keys typed here must not reach the site's shortcuts (X closes its composer on Esc), and
  // clicks must not look like "clicked outside the composer" to its listeners.
  containEvents(host, CONTAINED_EVENTS, lifetime.signal);

  let resolve!: (result: PromptResult) => void;
  const promise = new Promise<PromptResult>((r) => (resolve = r));
  const container = doc.createElement('div');
  root.append(container);

  let done = false;
  const finish = (result: PromptResult) => {
    if (done) return;
    done = true;
    lifetime.abort();
    render(null, container);
    remove();
    open = undefined;
    if (previousFocus?.isConnected) previousFocus.focus({ preventScroll: true });
    resolve(result);
  };

  render(<PromptView request={request} t={t} onDone={finish} />, container);
  const initial = root.querySelector<HTMLElement>('[data-action="edit"]');
  // preventScroll: on a short screen the dialog scrolls as a whole, and its question must stay in view.
  initial?.focus({ preventScroll: true });

  // A modal keeps focus: if the site (or a click elsewhere) moves it out, bring it back.
  doc.addEventListener(
    'focusin',
    (event) => {
      const inside = event.composedPath().includes(host) || (event.target as Node).getRootNode?.() === root;
      if (!inside) initial?.focus({ preventScroll: true });
    },
    { capture: true, signal: lifetime.signal },
  );

  open = { promise, close: (decision) => finish({ decision, finding: request.findings[0] }) };
  return promise;
}

/** Close an open prompt (page navigation, composer gone). Resolves it with `decision`, default `edit`. */
export function closePrompt(decision: PromptResult['decision'] = 'edit'): void {
  open?.close(decision);
}

/** Whether a prompt is open. */
export function isPromptOpen(): boolean {
  return open !== undefined;
}
