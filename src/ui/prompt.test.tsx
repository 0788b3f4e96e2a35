// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/types';
import type { PromptSettings } from '../policy/compile';
import nl from '../../assets/public/_locales/nl/messages.json';
import { isOwnUiEvent } from './host';
import { createTranslator } from './i18n';
import { closePrompt, excerptAround, groupFindings, isPromptOpen, showPrompt, type PromptRequest } from './prompt';

const t = createTranslator(nl);
const draft = 'Vandaag met Jan Peeters (8 jaar) uit leefgroep De Vlinder naar zee. Wat een rotdag, die directie kan de pot op!';

const nameFinding: Finding = {
  rule: 'client-name',
  category: 'client-name',
  severity: 'warn',
  start: draft.indexOf('Jan Peeters'),
  end: draft.indexOf('Jan Peeters') + 'Jan Peeters'.length,
  message: 'Dit lijkt de naam van een cliënt.',
  quote: 'Gegevens van cliënten gebruik je alleen voor goede zorg.',
  link: 'https://example.org/beleid#clienten',
};
const angryFinding: Finding = {
  rule: 'emotional/profanity',
  category: 'emotional',
  severity: 'warn',
  start: draft.indexOf('de pot op'),
  end: draft.indexOf('de pot op') + 'de pot op'.length,
  message: 'Dit klinkt boos.',
  quote: 'Tel tot 10, echt, dat helpt.',
};
const blockFinding: Finding = { ...nameFinding, rule: 'minor', category: 'minor', severity: 'block', message: 'Een minderjarige, herkenbaar.' };

const settings: PromptSettings = {
  cooldownSeconds: 10,
  cooldownRules: ['emotional'],
  allowPostAnyway: { info: true, warn: true, block: false },
  promptOnEveryOrganisationPost: false,
  askConsentWithMedia: true,
  failClosed: false,
  wording: {},
};

function request(over: Partial<PromptRequest> = {}): PromptRequest {
  return { findings: [nameFinding], draft, locale: 'nl', settings, hasMedia: false, ...over };
}

function dialogRoot(): ShadowRoot {
  const host = document.documentElement.querySelector('volle-zaal-prompt');
  if (!host?.shadowRoot) throw new Error('no prompt host');
  return host.shadowRoot;
}
const q = <T extends Element = HTMLElement>(sel: string) => dialogRoot().querySelector<T>(sel as string) as T | null;
const button = (action: string) => q<HTMLButtonElement>(`[data-action="${action}"]`);

function press(target: Element, key: string, shiftKey = false): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  closePrompt();
  vi.useRealTimers();
});

describe('showPrompt', () => {
  it('is a labelled modal dialog asking the full-room question', async () => {
    const done = showPrompt(request(), { t });
    const dialog = q('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = dialogRoot().getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Zou je dit ook zeggen in een volle zaal?');
    expect(dialog.getAttribute('aria-describedby')).toContain('vz-lead');
    button('edit')!.click();
    await done;
  });

  it('in a thread, names the post each finding is in and quotes only that post', async () => {
    const thread = 'Open atelier vandaag, iedereen welkom.\n\nOdilia schilderde een vuurtoren.';
    const start = thread.indexOf('Odilia');
    const done = showPrompt(
      request({ draft: thread, parts: [{ start: 0, end: 38 }, { start: 40, end: thread.length }], findings: [{ ...nameFinding, start, end: start + 6 }] }),
      { t },
    );
    const card = q('.finding')!;
    expect(card.querySelector('.part')?.textContent).toBe('Bericht 2 van 2');
    expect(card.querySelector('.excerpt')?.textContent).not.toContain('welkom');
    expect(card.querySelector('mark')?.textContent).toBe('Odilia');
    button('edit')!.click();
    await done;
  });

  it("uses the policy's own wording when it has one", async () => {
    const done = showPrompt(request({ settings: { ...settings, wording: { title: { nl: 'Even checken', en: 'Quick check' } } } }), { t });
    expect(q('#vz-title')!.textContent).toBe('Even checken');
    expect(q('#vz-lead')!.textContent).toContain('Zou je dit ook zeggen in een volle zaal?');
    closePrompt();
    await done;
  });

  it('lists every finding with its marked text, reason, policy words and link', async () => {
    const done = showPrompt(request({ findings: [nameFinding, angryFinding], policyUrl: 'https://example.org/beleid' }), { t });
    const items = dialogRoot().querySelectorAll('li.finding');
    expect(items).toHaveLength(2);
    expect(items[0]!.querySelector('mark')!.textContent).toBe('Jan Peeters');
    expect(items[0]!.querySelector('.excerpt')!.textContent).toContain('Vandaag met');
    expect(items[0]!.textContent).toContain('Dit lijkt de naam van een cliënt.');
    expect(items[0]!.querySelector('blockquote')!.textContent).toBe('Gegevens van cliënten gebruik je alleen voor goede zorg.');
    expect(items[1]!.querySelector('mark')!.textContent).toBe('de pot op');
    expect(items[1]!.textContent).toContain('Dit klinkt boos.');
    const links = [...dialogRoot().querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/beleid#clienten', 'https://example.org/beleid']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toContain('noopener');
    }
    closePrompt();
    await done;
  });

  it('never links to a non-web URL from the rule file', async () => {
    const done = showPrompt(request({ findings: [{ ...nameFinding, link: 'javascript:alert(1)' }] }), { t });
    expect(dialogRoot().querySelector('a')).toBeNull();
    closePrompt();
    await done;
  });

  it('Aanpassen resolves edit with the first finding', async () => {
    const done = showPrompt(request({ findings: [nameFinding, angryFinding] }), { t });
    expect(button('edit')!.textContent).toBe('Aanpassen');
    button('edit')!.click();
    await expect(done).resolves.toEqual({ decision: 'edit', finding: nameFinding });
    expect(document.querySelector('volle-zaal-prompt')).toBeNull();
    expect(isPromptOpen()).toBe(false);
  });

  it("a finding's own button resolves edit with that finding", async () => {
    const done = showPrompt(request({ findings: [nameFinding, angryFinding] }), { t });
    const show = dialogRoot().querySelectorAll<HTMLButtonElement>('[data-action="show"]');
    show[1]!.click();
    await expect(done).resolves.toEqual({ decision: 'edit', finding: angryFinding });
  });

  it('Esc resolves edit', async () => {
    const done = showPrompt(request({ findings: [angryFinding, nameFinding], cooldownActive: false }), { t });
    press(button('post')!, 'Escape');
    await expect(done).resolves.toEqual({ decision: 'edit', finding: angryFinding });
  });

  it('"Deze melding klopt niet" resolves dismiss', async () => {
    const done = showPrompt(request(), { t });
    expect(button('dismiss')!.textContent).toBe('Deze melding klopt niet');
    button('dismiss')!.click();
    await expect(done).resolves.toEqual({ decision: 'dismiss', finding: nameFinding });
  });

  it('Toch plaatsen resolves post when allowed', async () => {
    const done = showPrompt(request(), { t });
    expect(button('post')!.textContent).toBe('Toch plaatsen');
    expect(button('post')!.disabled).toBe(false);
    button('post')!.click();
    await expect(done).resolves.toEqual({ decision: 'post', finding: nameFinding });
  });

  it('offers no way to post a block finding, and says why', async () => {
    const done = showPrompt(request({ findings: [nameFinding, blockFinding] }), { t });
    expect(button('post')).toBeNull();
    expect(q('#vz-blocked')!.textContent).toContain('laat niet toe');
    expect(q('[role="dialog"]')!.getAttribute('aria-describedby')).toContain('vz-blocked');
    closePrompt();
    await done;
  });

  it('follows the policy when it allows posting despite a warning or not', async () => {
    const done = showPrompt(request({ settings: { ...settings, allowPostAnyway: { info: true, warn: false, block: false } } }), { t });
    expect(button('post')).toBeNull();
    closePrompt();
    await done;
  });

  describe('cooldown', () => {
    beforeEach(() => vi.useFakeTimers());

    it('keeps Toch plaatsen disabled for the cooldown after strong language, with a countdown', async () => {
      const done = showPrompt(request({ findings: [nameFinding, angryFinding] }), { t });
      expect(button('post')!.disabled).toBe(true);
      expect(q('#vz-cooldown-advice')!.textContent).toBe('Tel tot 10, echt, dat helpt.');
      expect(q('#vz-cooldown')!.textContent).toBe('Toch plaatsen kan over 10 seconden.');
      expect(q('[aria-live="polite"]')).not.toBeNull();

      await vi.advanceTimersByTimeAsync(3000);
      expect(q('#vz-cooldown')!.textContent).toBe('Toch plaatsen kan over 7 seconden.');
      expect(button('post')!.disabled).toBe(true);
      await vi.advanceTimersByTimeAsync(2000);
      expect(q('[aria-live="polite"]')!.textContent).toBe('Toch plaatsen kan over 5 seconden.');
      await vi.advanceTimersByTimeAsync(5000);
      expect(button('post')!.disabled).toBe(false);
      expect(q('[aria-live="polite"]')!.textContent).toBe('Je kunt nu toch plaatsen.');
      button('post')!.click();
      await expect(done).resolves.toMatchObject({ decision: 'post' });
    });

    it('after the cooldown, says consent is still missing instead of "you can post now"', async () => {
      const done = showPrompt(request({ findings: [angryFinding], hasMedia: true }), { t });
      await vi.advanceTimersByTimeAsync(10_000);
      expect(button('post')!.disabled).toBe(true);
      expect(q('#vz-cooldown')!.textContent).toBe('Vink eerst aan dat iedereen toestemming gaf.');
      q<HTMLInputElement>('input[type="checkbox"]')!.click();
      await vi.advanceTimersByTimeAsync(0);
      expect(q('#vz-cooldown')!.textContent).toBe('Je kunt nu toch plaatsen.');
      expect(button('post')!.disabled).toBe(false);
      closePrompt();
      await done;
    });

    it('matches sub-rules of a listed family but not look-alike ids', async () => {
      const done = showPrompt(request({ findings: [{ ...angryFinding, rule: 'emotionalish' }] }), { t });
      expect(button('post')!.disabled).toBe(false);
      closePrompt();
      await done;
    });

    it('runs when the caller forces it, and not when the caller says the user already waited', async () => {
      let done = showPrompt(request({ cooldownActive: true }), { t });
      expect(button('post')!.disabled).toBe(true);
      closePrompt();
      await done;
      done = showPrompt(request({ findings: [angryFinding], cooldownActive: false }), { t });
      expect(button('post')!.disabled).toBe(false);
      closePrompt();
      await done;
    });
  });

  it('with media, asks to confirm consent before posting', async () => {
    const done = showPrompt(request({ hasMedia: true }), { t });
    const post = button('post')!;
    const checkbox = q<HTMLInputElement>('input[type="checkbox"]')!;
    expect(checkbox.closest('label')!.textContent).toContain('Iedereen die herkenbaar is, gaf toestemming');
    expect(post.disabled).toBe(true);
    checkbox.click();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(button('post')!.disabled).toBe(false);
    button('post')!.click();
    await expect(done).resolves.toMatchObject({ decision: 'post' });
  });

  it('does not ask about consent when the policy does not', async () => {
    const done = showPrompt(request({ hasMedia: true, settings: { ...settings, askConsentWithMedia: false } }), { t });
    expect(q('input[type="checkbox"]')).toBeNull();
    expect(button('post')!.disabled).toBe(false);
    closePrompt();
    await done;
  });

  it('moves focus to Aanpassen and keeps Tab inside the dialog', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const done = showPrompt(request({ policyUrl: 'https://example.org/beleid' }), { t });
    const root = dialogRoot();
    expect(root.activeElement).toBe(button('edit'));

    const focusables = [...root.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input')];
    const last = focusables[focusables.length - 1]!;
    expect(last).toBe(button('dismiss'));
    // Shift+Tab on the first wraps to the last; Tab on the last wraps to the first.
    const first = focusables[0]!;
    first.focus();
    expect(press(first, 'Tab', true).defaultPrevented).toBe(true);
    expect(root.activeElement).toBe(last);
    press(last, 'Tab');
    expect(root.activeElement).toBe(first);
    press(first, 'Tab');
    expect(root.activeElement).toBe(focusables[1]);

    button('edit')!.click();
    await done;
    // Focus returns to where it was.
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('keeps keyboard events away from the site', async () => {
    const seen: string[] = [];
    const listener = (e: Event) => seen.push(e.type);
    document.addEventListener('keydown', listener);
    window.addEventListener('keyup', listener);
    const done = showPrompt(request(), { t });
    press(button('post')!, 'Enter');
    button('post')!.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true, composed: true }));
    expect(seen).toEqual([]);
    document.removeEventListener('keydown', listener);
    window.removeEventListener('keyup', listener);
    closePrompt();
    await done;
  });

  it('marks its events as our own, so the content script can let them be', async () => {
    const seen: boolean[] = [];
    const listener = (e: Event) => seen.push(isOwnUiEvent(e));
    window.addEventListener('keydown', listener, true);
    const done = showPrompt(request(), { t });
    press(button('edit')!, 'Enter');
    press(document.body, 'Enter');
    window.removeEventListener('keydown', listener, true);
    expect(seen).toEqual([true, false]);
    closePrompt();
    await done;
  });

  it('shows one prompt at a time: a second call gets the open one', async () => {
    const first = showPrompt(request(), { t });
    const second = showPrompt(request({ findings: [angryFinding] }), { t });
    expect(second).toBe(first);
    expect(document.querySelectorAll('volle-zaal-prompt')).toHaveLength(1);
    button('edit')!.click();
    await expect(second).resolves.toMatchObject({ finding: nameFinding });
  });

  it('speaks English when the findings are English', async () => {
    const en = createTranslator((await import('../../assets/public/_locales/en/messages.json')).default);
    const done = showPrompt(request({ locale: 'en' }), { t: en });
    expect(q('#vz-title')!.textContent).toBe('Would you say this in a full room?');
    expect(button('post')!.textContent).toBe('Post anyway');
    closePrompt();
    await done;
  });
});

describe('findings about the same text', () => {
  // The built-in recogniser and the organisation's own rule both flag "Jan Peeters".
  const orgRule: Finding = {
    ...nameFinding,
    rule: 'org.clients',
    severity: 'block',
    message: 'Deze naam staat op de cliëntenlijst.',
    quote: 'Namen van cliënten komen nooit online.',
    link: 'https://example.org/beleid#lijst',
  };
  const surname: Finding = { ...nameFinding, rule: 'org.surnames', start: draft.indexOf('Peeters'), message: 'Een familienaam.', quote: undefined, link: undefined };

  it('shows one card listing both reasons, with the worst severity and each quote and link', async () => {
    const done = showPrompt(request({ findings: [nameFinding, orgRule, angryFinding], policyUrl: 'https://example.org/beleid' }), { t });
    const items = dialogRoot().querySelectorAll('li.finding');
    expect(items).toHaveLength(2);
    const card = items[0]!;
    expect(card.classList.contains('sev-block')).toBe(true);
    expect(card.querySelector('.sev-label')!.textContent).toBe('Niet toegestaan');
    expect(card.querySelectorAll('mark')).toHaveLength(1);
    expect(card.querySelector('mark')!.textContent).toBe('Jan Peeters');
    expect(card.getAttribute('data-rule')).toBe('client-name org.clients');
    const reasons = [...card.querySelectorAll('li.reason')];
    expect(reasons.map((r) => r.getAttribute('data-rule'))).toEqual(['client-name', 'org.clients']);
    expect(reasons[0]!.textContent).toContain('Dit lijkt de naam van een cliënt.');
    expect(reasons[1]!.textContent).toContain('Deze naam staat op de cliëntenlijst.');
    // Severities differ, so each reason says its own.
    expect(reasons[0]!.querySelector('.reason-sev')!.textContent).toContain('Let op');
    expect([...card.querySelectorAll('blockquote')].map((b) => b.textContent)).toEqual([
      'Gegevens van cliënten gebruik je alleen voor goede zorg.',
      'Namen van cliënten komen nooit online.',
    ]);
    expect([...card.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/beleid#clienten', 'https://example.org/beleid#lijst']);
    // "Toon in bericht" once, described by both reasons.
    const show = card.querySelectorAll<HTMLButtonElement>('[data-action="show"]');
    expect(show).toHaveLength(1);
    expect(show[0]!.getAttribute('aria-describedby')!.split(' ').map((id) => dialogRoot().getElementById(id)!.textContent)).toEqual([
      'Let op: Dit lijkt de naam van een cliënt.',
      'Niet toegestaan: Deze naam staat op de cliëntenlijst.',
    ]);
    // Counted as the cards show them.
    expect(q('#vz-lead')!.textContent).toContain('2 aandachtspunten');
    show[0]!.click();
    await expect(done).resolves.toEqual({ decision: 'edit', finding: nameFinding });
  });

  it('groups overlapping spans and keeps an exact repeat once, with the general policy link once', async () => {
    const repeat: Finding = { ...nameFinding, rule: 'org.copy' };
    const done = showPrompt(request({ findings: [{ ...nameFinding, link: undefined }, surname, { ...repeat, link: undefined }], policyUrl: 'https://example.org/beleid' }), { t });
    const items = dialogRoot().querySelectorAll('li.finding');
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('mark')!.textContent).toBe('Jan Peeters');
    expect(items[0]!.querySelectorAll('li.reason')).toHaveLength(2);
    expect(items[0]!.querySelector('.reason-sev')).toBeNull(); // same severity: no per-reason label
    expect([...items[0]!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.org/beleid']);
    expect(q('#vz-lead')!.textContent).toContain('Eén aandachtspunt');
    closePrompt();
    await done;
  });

  it('keeps apart findings next to each other, around each other, or about the whole draft', () => {
    const age: Finding = { ...nameFinding, rule: 'age', start: draft.indexOf('(8 jaar)'), end: draft.indexOf('(8 jaar)') + 8 };
    const sentence: Finding = { ...angryFinding, rule: 'emotional/tone', start: 0, end: draft.length };
    const whole: Finding = { ...angryFinding, rule: 'disclaimer', start: 0, end: 0 };
    const groups = groupFindings([nameFinding, age, sentence, whole, { ...whole, rule: 'disclaimer/2' }]);
    expect(groups.map((g) => g.findings.map((f) => f.rule))).toEqual([['client-name'], ['age'], ['emotional/tone'], ['disclaimer'], ['disclaimer/2']]);
    expect(groupFindings([nameFinding, orgRule])).toEqual([
      { start: nameFinding.start, end: nameFinding.end, severity: 'block', findings: [nameFinding, orgRule], reasons: [nameFinding, orgRule] },
    ]);
  });
});

describe('excerptAround', () => {
  it('cuts at word boundaries and keeps the marked part whole', () => {
    const text = 'een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien';
    const start = text.indexOf('tien elf');
    const e = excerptAround(text, start, start + 'tien elf'.length);
    expect(e.marked).toBe('tien elf');
    expect(e.before.startsWith('…')).toBe(true);
    // The excerpt starts at a whole word: the original has a space right before it.
    const shown = e.before.slice(1);
    expect(text[text.indexOf(shown) - 1]).toBe(' ');
    expect(e.after.endsWith('…')).toBe(true);
  });

  it('does not split an emoji', () => {
    const text = `${'a'.repeat(39)}😀 Jan is hier`;
    const start = text.indexOf('Jan');
    const e = excerptAround(text, start, start + 3);
    expect(e.before).not.toMatch(/[\uD800-\uDBFF]$|^…?[\uDC00-\uDFFF]/);
  });
});
