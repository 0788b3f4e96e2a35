// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/types';
import nl from '../../assets/public/_locales/nl/messages.json';
import { mountBadge, type BadgeHandle } from './badge';
import { createTranslator } from './i18n';

const t = createTranslator(nl);

const finding = (severity: Finding['severity'], category: Finding['category'] = 'emotional'): Finding => ({
  rule: category,
  category,
  severity,
  start: 0,
  end: 3,
  message: 'x',
});

let composer: HTMLElement;
let badge: BadgeHandle | undefined;

function setup(options: Parameters<typeof mountBadge>[1] = {}) {
  composer = document.createElement('div');
  composer.contentEditable = 'true';
  document.body.append(composer);
  composer.getBoundingClientRect = () => ({ left: 100, top: 200, right: 500, bottom: 300, width: 400, height: 100, x: 100, y: 200, toJSON() {} }) as DOMRect;
  badge = mountBadge(composer, { t, ...options });
  return badge;
}

function shadow(): ShadowRoot {
  return document.querySelector('volle-zaal-badge')!.shadowRoot!;
}
const dot = () => shadow().querySelector<HTMLElement>('.badge')!;
const live = () => shadow().querySelector<HTMLElement>('[role="status"]')!;

afterEach(() => {
  badge?.destroy();
  composer?.remove();
});

describe('mountBadge', () => {
  it('sits at the composer corner, outside the editor', () => {
    setup();
    expect(composer.querySelector('volle-zaal-badge')).toBeNull();
    expect(document.documentElement.lastElementChild?.tagName.toLowerCase()).toBe('volle-zaal-badge');
    expect(dot().style.left).toBe(`${500 - 24 - 4}px`);
    expect(dot().style.top).toBe(`${300 - 24 - 4}px`);
    expect(dot().hidden).toBe(false);
  });

  it('starts as "loading" until the first check: no check mark, no colour of a verdict, says nothing is checked yet', () => {
    setup();
    expect(dot().dataset.severity).toBe('loading');
    expect(dot().querySelector('svg')).toBeNull();
    expect(dot().getAttribute('aria-label')).toBe('Volle Zaal: de controle wordt geladen, nog niets gecontroleerd');
    expect(dot().className).not.toMatch(/sev-/);
  });

  it('shows a green check and "no findings" when the draft is fine', () => {
    setup();
    badge!.update({ findings: [], status: 'ok' });
    expect(dot().dataset.severity).toBe('ok');
    expect(dot().querySelector('svg')).not.toBeNull();
    expect(dot().getAttribute('aria-label')).toBe('Volle Zaal: geen aandachtspunten');
  });

  it('shows the number of findings coloured by the worst severity, with a polite summary', () => {
    setup();
    badge!.update({ findings: [finding('info'), finding('warn', 'client-name')], status: 'ok' });
    expect(dot().textContent).toBe('2');
    expect(dot().dataset.severity).toBe('warn');
    expect(dot().classList.contains('sev-warn')).toBe(true);
    expect(live().getAttribute('aria-live')).toBe('polite');
    expect(live().textContent).toBe('Volle Zaal: 2 aandachtspunten: naam van een cliënt, emotionele taal');
    expect(dot().getAttribute('title')).toBe(live().textContent);

    badge!.update({ findings: [finding('block', 'minor')], status: 'ok' });
    expect(dot().textContent).toBe('1');
    expect(dot().dataset.severity).toBe('block');
    expect(live().textContent).toBe('Volle Zaal: 1 aandachtspunt: minderjarige');
  });

  it('renders nothing when a check changes nothing it shows, and reads no layout on an update', async () => {
    setup();
    const reads = vi.fn();
    const rect = composer.getBoundingClientRect;
    composer.getBoundingClientRect = () => (reads(), rect());
    badge!.update({ findings: [finding('warn', 'client-name')], status: 'ok' });
    const observer = new MutationObserver(() => {});
    observer.observe(shadow(), { subtree: true, childList: true, attributes: true, characterData: true });
    // Typing on: the same finding at other offsets.
    badge!.update({ findings: [{ ...finding('warn', 'client-name'), start: 5, end: 9 }], status: 'ok' });
    expect(observer.takeRecords()).toHaveLength(0);
    observer.disconnect();
    expect(reads).not.toHaveBeenCalled();
    // The position follows in the next frame.
    await new Promise((r) => requestAnimationFrame(r));
    expect(reads).toHaveBeenCalledTimes(1);
    expect(dot().style.left).toBe(`${500 - 24 - 4}px`);
  });

  it('says when the composer is not protected, and why', () => {
    setup();
    badge!.update({ findings: [], status: 'unprotected', reason: 'publish-control-not-found' });
    expect(dot().textContent).toBe('!');
    expect(dot().dataset.severity).toBe('unprotected');
    expect(dot().getAttribute('aria-label')).toBe('Volle Zaal: niet beschermd hier (de knop om te plaatsen is niet gevonden)');
    badge!.update({ findings: [], status: 'unprotected', reason: 'Alleen-lezen veld' });
    expect(dot().getAttribute('aria-label')).toBe('Volle Zaal: niet beschermd hier (Alleen-lezen veld)');
    badge!.update({ findings: [], status: 'unprotected' });
    expect(dot().getAttribute('aria-label')).toBe('Volle Zaal: niet beschermd hier');
  });

  it('is a button that calls onActivate when it has one, and keeps clicks from the site', () => {
    const onActivate = vi.fn();
    const siteClicks = vi.fn();
    document.addEventListener('click', siteClicks);
    setup({ onActivate });
    expect(dot().tagName).toBe('BUTTON');
    dot().click();
    expect(onActivate).toHaveBeenCalledOnce();
    expect(siteClicks).not.toHaveBeenCalled();
    document.removeEventListener('click', siteClicks);
  });

  it('hides when the composer scrolls out of view and follows it back', async () => {
    setup();
    composer.getBoundingClientRect = () => ({ left: 100, top: -400, right: 500, bottom: -300, width: 400, height: 100, x: 100, y: -400, toJSON() {} }) as DOMRect;
    window.dispatchEvent(new Event('scroll'));
    await new Promise((r) => requestAnimationFrame(r));
    expect(dot().hidden).toBe(true);
    composer.getBoundingClientRect = () => ({ left: 10, top: 50, right: 310, bottom: 150, width: 300, height: 100, x: 10, y: 50, toJSON() {} }) as DOMRect;
    document.body.dispatchEvent(new Event('scroll')); // a scrolling container, caught in capture
    await new Promise((r) => requestAnimationFrame(r));
    expect(dot().hidden).toBe(false);
    expect(dot().style.left).toBe(`${310 - 28}px`);
  });

  it('removes its host on destroy', () => {
    setup();
    badge!.destroy();
    expect(document.querySelector('volle-zaal-badge')).toBeNull();
    badge!.update({ findings: [finding('warn')], status: 'ok' }); // harmless after destroy
    badge = undefined;
  });
});
