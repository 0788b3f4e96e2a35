// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import nl from '../../../assets/public/_locales/nl/messages.json';
import type { StatusReply } from '../../distribution/protocol';
import { createTranslator } from '../i18n';
import { PopupApp, type Protection } from './popup-app';

const t = createTranslator(nl);
const status: StatusReply = {
  active: { origin: 'managed', id: 'org.zorg', title: 'Beleid Zorg vzw', version: '4', receivedAt: 0, signature: 'managed-channel' },
  status: { ok: false, at: 0, source: 'url', message: 'bad-signature' },
  managed: { hasInline: true, hasPublicKey: true, refreshMinutes: 60, lockUserRules: true },
  keys: { source: 'managed', fingerprints: ['ab12 cd34 ef56 7890'] },
  hasUserRules: false,
  statistics: { enabled: false, byManaged: false },
};

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function show(protection: Protection | null, openOptions = () => {}, s: StatusReply = status) {
  render(<PopupApp status={s} protection={protection} t={t} locale="nl" openOptions={openOptions} />, root);
  return root.textContent ?? '';
}

describe('popup', () => {
  it('shows the active policy, its origin and a failed sync with "previous kept"', () => {
    const text = show(null);
    expect(root.querySelector('#popup-policy')!.textContent).toContain('Beleid Zorg vzw');
    expect(text).toContain('Ingesteld door je organisatie');
    expect(root.querySelector('#popup-sync')!.textContent).toContain('de handtekening klopt niet');
    expect(text).toContain('Het vorige regelbestand blijft actief: Beleid Zorg vzw (versie 4).');
  });

  it('never says "the previous one stays" when the default runs: it names the default and why', () => {
    const text = show(null, undefined, { ...status, active: { origin: 'default', id: 'volle-zaal:default', title: 'Standaard', version: '1', signature: 'none' } });
    expect(text).not.toContain('vorige');
    expect(root.querySelector('#popup-sync')!.textContent).toContain('Het standaardbeleid van Volle Zaal is actief');
  });

  it('shows a running sync and a file still signed with the previous key', () => {
    show(null, undefined, {
      ...status,
      active: { origin: 'url', id: 'org.zorg', title: 'Beleid Zorg vzw', version: '4', signature: 'previous-key', verifiedWith: '1111 2222 3333 4444' },
      syncing: { since: 0, url: 'https://org.example/r.json', deadline: 1 },
      status: { ok: false, at: 0, source: 'url', message: 'old-key' },
    });
    expect(root.querySelector('#popup-syncing')!.textContent).toContain('Bezig met ophalen van https://org.example/r.json');
    expect(root.querySelector('#popup-signature')!.textContent).toContain('vorige sleutel (1111 2222 3333 4444)');
    expect(root.querySelector('#popup-sync')!.textContent).toContain('onderteken het opnieuw met de nieuwe sleutel');
  });

  it.each([
    [{ state: 'protected', site: 'linkedin' } as const, 'Beschermd op deze site (LinkedIn).'],
    [{ state: 'disabled', site: 'x' } as const, 'Je organisatie heeft Volle Zaal uitgeschakeld voor X.'],
    [{ state: 'unprotected' } as const, 'Niet actief op deze site.'],
  ])('says whether this site is protected: %o', (protection, sentence) => {
    show(protection);
    expect(root.querySelector('#protection')!.textContent).toContain(sentence);
  });

  it('opens the options page', () => {
    const open = vi.fn();
    show(null, open);
    root.querySelector<HTMLButtonElement>('#open-options')!.click();
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('protectionFor', async () => {
  const { protectionFor } = await import('./protection');
  const { siteForHost } = await import('../../sites');
  const { defaultPolicy, loadPolicy } = await import('../../policy');
  const noX = loadPolicy({ format: 1, id: 'org.a', version: '1', title: 'A', extends: 'volle-zaal:default', sites: { x: { enabled: false } } });
  if (!noX.ok) throw new Error('test policy');

  it.each([
    ['https://www.linkedin.com/feed/', { state: 'protected', site: 'linkedin' }],
    ['https://x.com/home', { state: 'protected', site: 'x' }],
    ['https://www.example.org/', { state: 'unprotected' }],
    [undefined, { state: 'unprotected' }],
    ['chrome://newtab/', { state: 'unprotected' }],
  ])('%s → %o', (url, expected) => {
    expect(protectionFor(url, defaultPolicy(), siteForHost)).toEqual(expected);
  });

  it('says when the rule file switched a known site off', () => {
    expect(protectionFor('https://x.com/home', noX.policy, siteForHost)).toEqual({ state: 'disabled', site: 'x' });
  });
});
