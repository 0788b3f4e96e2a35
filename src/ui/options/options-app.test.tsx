// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import nl from '../../../assets/public/_locales/nl/messages.json';
import type { Replies, Request, StatusReply } from '../../policy/protocol';
import { defaultPolicy } from '../../policy';
import { createTranslator } from '../i18n';
import { OptionsApp, type OptionsDeps } from './options-app';

const t = createTranslator(nl);

function statusReply(over: Partial<StatusReply> = {}): StatusReply {
  return {
    active: { origin: 'default', id: 'volle-zaal.default', title: 'Standaard', version: '1', signature: 'none' },
    status: null,
    managed: { hasInline: false, hasPublicKey: false, refreshMinutes: 60, lockUserRules: false },
    keys: { fingerprints: [] },
    hasUserRules: false,
    statistics: { enabled: false, byManaged: false },
    ...over,
  };
}

function fakeDeps(status: StatusReply, replies: Partial<{ [K in keyof Replies]: Replies[K] }> = {}) {
  const sent: Request[] = [];
  const deps: OptionsDeps = {
    send: (async (request: Request) => {
      sent.push(request);
      if (request.kind === 'get-status') return status;
      return replies[request.kind];
    }) as OptionsDeps['send'],
    activePolicy: async () => defaultPolicy(),
    watch: () => () => undefined,
    requestOrigin: vi.fn(async () => true),
    personal: {
      split: (input) => input.split('\n').filter(Boolean),
      count: async () => 0,
      add: vi.fn(async (names: readonly string[]) => names.length),
      remove: vi.fn(async () => 0),
      clear: vi.fn(async () => undefined),
    },
    stats: async () => ({}),
    download: vi.fn(),
    confirm: vi.fn(() => true),
  };
  return { deps, sent };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(deps: OptionsDeps) {
  await act(async () => {
    render(<OptionsApp deps={deps} t={t} locale="nl" />, root);
  });
  await act(async () => {}); // get-status resolves
}

const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);

/** Type into a field as the browser reports it (an input event), and let Preact render. */
async function typeIn(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Submit the form a field belongs to. */
async function submit(field: Element) {
  await act(async () => {
    field.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('options page', () => {
  it('shows the active policy, its origin and the last sync problems by path', async () => {
    const { deps } = fakeDeps(
      statusReply({
        active: { origin: 'url', id: 'org.zorg', title: 'Beleid Zorg', version: '7', receivedAt: 0, signature: 'not-required' },
        status: { ok: false, at: 0, source: 'url', message: 'invalid', issues: [{ path: 'rules[2] (id org.x).pattern', message: 'bad' }] },
      }),
    );
    await mount(deps);
    expect($('#active-title-value')!.textContent).toBe('Beleid Zorg');
    expect($('#active-origin')!.textContent).toContain('Gesynchroniseerd van de URL');
    expect($('#sync-status .issue-path')!.textContent).toBe('rules[2] (id org.x).pattern');
    expect($('#sync-status')!.textContent).toContain('Het vorige regelbestand blijft actief: Beleid Zorg (versie 7).');
  });

  it('lists import problems in a focused error summary linked to the field', async () => {
    const { deps, sent } = fakeDeps(statusReply(), {
      'import-rules': { ok: false, reason: 'invalid', issues: [{ path: 'severity[0].rule', message: 'unknown rule' }] },
    });
    await mount(deps);
    const textarea = $<HTMLTextAreaElement>('#import-text')!;
    await typeIn(textarea, '{"format":1}');
    await submit($<HTMLFormElement>('#import-submit')!);
    expect(sent.at(-1)).toEqual({ kind: 'import-rules', json: '{"format":1}' });
    const summary = $('#import-errors')!;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.querySelector('.issue-path')!.textContent).toBe('severity[0].rule');
    expect(document.activeElement).toBe(summary);
    expect(textarea.getAttribute('aria-describedby')).toBe('import-errors');
  });

  it('locks the URL field and hides import when the organisation manages them', async () => {
    const { deps } = fakeDeps(
      statusReply({ managed: { rulesUrl: 'https://org.example/r.json', hasInline: false, hasPublicKey: false, refreshMinutes: 60, lockUserRules: true } }),
    );
    await mount(deps);
    const url = $<HTMLInputElement>('#rules-url')!;
    expect(url.value).toBe('https://org.example/r.json');
    expect(url.readOnly).toBe(true);
    expect($('#rules-url-hint')!.textContent).toContain('Ingesteld door je organisatie');
    expect($('#import-text')).toBeNull();
    expect($('#sync-now')).not.toBeNull();
  });

  it('asks host permission for the URL origin only, then saves', async () => {
    const { deps, sent } = fakeDeps(statusReply(), { 'set-rules-url': { ok: true, status: { ok: true, at: 0, source: 'url', message: 'updated' } } });
    await mount(deps);
    const url = $<HTMLInputElement>('#rules-url')!;
    await typeIn(url, 'https://intranet.zorg.example/vz/rules.json');
    await submit(url);
    await act(async () => {});
    expect(deps.requestOrigin).toHaveBeenCalledWith('https://intranet.zorg.example');
    expect(sent).toContainEqual({ kind: 'set-rules-url', url: 'https://intranet.zorg.example/vz/rules.json' });
    expect($('#url-message')!.textContent).toContain('nieuw regelbestand ingeladen');
  });

  it('runs the rule tester in the page without sending the draft', async () => {
    const { deps, sent } = fakeDeps(statusReply());
    await mount(deps);
    const draft = $<HTMLTextAreaElement>('#tester-draft')!;
    await typeIn(draft, 'Bel me op 0470 12 34 56, die klote directie!!!');
    expect(root.querySelectorAll('#tester-results .finding').length).toBeGreaterThan(0);
    expect(JSON.stringify(sent)).not.toContain('0470');
  });
});

describe('options page, managed sync details', () => {
  it('shows the sync interval and URL, and that a signature is required', async () => {
    const { deps } = fakeDeps(
      statusReply({
        effectiveUrl: 'https://org.example/r.json',
        managed: { rulesUrl: 'https://org.example/r.json', hasInline: false, hasPublicKey: true, refreshMinutes: 30, lockUserRules: false },
        keys: { source: 'managed', fingerprints: ['ab12 cd34 ef56 7890'] },
      }),
    );
    await mount(deps);
    expect($('#sync-schedule')!.textContent).toBe('Elke 30 minuten van https://org.example/r.json.');
    expect($('#active-policy')!.textContent).toContain('geldige handtekening');
    expect($('#import-signature')).not.toBeNull();
  });
});

describe('options page: generic hosts', () => {
  it('asks for permission on the policy\'s generic hosts that lack it, and hides once granted', async () => {
    const { deps } = fakeDeps(statusReply());
    let missing = ['https://forum.zorg.example/*'];
    deps.missingGenericHosts = vi.fn(async () => missing);
    deps.requestOrigins = vi.fn(async () => {
      missing = [];
      return true;
    });
    await mount(deps);
    await act(async () => {});
    const section = $('section[aria-labelledby="generic-title"]');
    expect(section?.textContent).toContain('Volle Zaal ook gebruiken op: forum.zorg.example');
    const button = [...section!.querySelectorAll('button')].find((b) => b.textContent === 'Toestemming geven')!;
    await act(async () => button.click());
    await act(async () => {});
    expect(deps.requestOrigins).toHaveBeenCalledWith(['https://forum.zorg.example/*']);
    expect($('section[aria-labelledby="generic-title"]')).toBeNull();
  });

  it('shows nothing when every listed host is granted', async () => {
    const { deps } = fakeDeps(statusReply());
    deps.missingGenericHosts = async () => [];
    deps.requestOrigins = vi.fn(async () => true);
    await mount(deps);
    await act(async () => {});
    expect($('section[aria-labelledby="generic-title"]')).toBeNull();
  });
});

describe('options page: trust', () => {
  it('says what is active and why: signature state, keys, a running sync', async () => {
    const { deps } = fakeDeps(
      statusReply({
        active: { origin: 'url', id: 'org.zorg', title: 'Beleid Zorg', version: '7', signature: 'previous-key', verifiedWith: '1111 2222 3333 4444', url: 'https://org.example/r.json' },
        keys: { source: 'pinned', fingerprints: ['aaaa bbbb cccc dddd'] },
        syncing: { since: 0, url: 'https://org.example/r.json', deadline: Date.now() + 60_000 },
        status: { ok: false, at: 0, source: 'url', url: 'https://org.example/r.json', message: 'timeout', detail: '30' },
      }),
    );
    await mount(deps);
    expect($('#active-signature')!.textContent).toContain('Ondertekend met een vorige sleutel (1111 2222 3333 4444)');
    expect($('#active-keys')!.textContent).toContain('aaaa bbbb cccc dddd (vastgezet met een instelcode)');
    expect($('#sync-running')!.textContent).toContain('Bezig met ophalen van https://org.example/r.json');
    expect($('#sync-status')!.textContent).toContain('de server antwoordde niet binnen 30 seconden');
    expect($('#sync-status')!.textContent).toContain('Het vorige regelbestand blijft actief: Beleid Zorg (versie 7).');
  });

  it('after a burst of storage changes, shows the latest status even when an older answer comes last', async () => {
    // A sync sets its running marker, then removes it and writes its status: two refreshes overlap.
    const running = statusReply({ syncing: { since: 0, url: 'https://org.example/r.json', deadline: Date.now() + 60_000 } });
    const done = statusReply({ status: { ok: false, at: 0, source: 'url', url: 'https://org.example/r.json', message: 'bad-signature' } });
    const answers: Array<(reply: StatusReply) => void> = [];
    let onChange = () => {};
    const { deps } = fakeDeps(statusReply());
    deps.send = (async (request: Request) =>
      request.kind === 'get-status' && answers.length < 3 ? new Promise<StatusReply>((resolve) => answers.push(resolve)) : statusReply()) as OptionsDeps['send'];
    deps.watch = (cb) => ((onChange = cb), () => undefined);
    await act(async () => {
      render(<OptionsApp deps={deps} t={t} locale="nl" />, root);
    });
    await act(async () => {
      answers[0]!(statusReply());
      onChange(); // the marker is set
      onChange(); // the marker is gone and the status written
    });
    await act(async () => {
      answers[2]!(done); // the newer answer arrives first …
      answers[1]!(running); // … the older one last
    });
    await act(async () => {}); // both answers are processed
    expect($('#sync-running')).toBeNull();
    expect($('#sync-status')!.textContent).toContain('de handtekening klopt niet');
  });

  it('shows what the active policy contains, read-only for the organisation\'s file', async () => {
    const { loadPolicy } = await import('../../policy');
    const loaded = loadPolicy({
      format: 1, id: 'org.zorg', version: '7', title: 'Beleid Zorg', extends: 'volle-zaal:default',
      people: { clients: ['Odilia Verbraeken'], staff: ['Wout Claes', 'Els Peeters'] },
      rules: [{ id: 'org.zeester', category: 'internal', severity: 'block', pattern: { words: ['zeester'] }, message: { nl: 'Intern.', en: 'Internal.' }, examples: { fires: ['zeester'], clean: ['zee'] } }],
    });
    if (!loaded.ok) throw new Error('test policy');
    const { deps } = fakeDeps(statusReply({ active: { origin: 'url', id: 'org.zorg', title: 'Beleid Zorg', version: '7', signature: 'verified', verifiedWith: 'x' } }));
    deps.activePolicy = async () => loaded.policy;
    deps.personal.count = async () => 3;
    await mount(deps);
    expect($('#contents-clients')!.textContent).toBe('1 leesbaar, 0 gehasht, 0 voornamen (tellen alleen met zorgcontext)');
    expect($('#contents-personal')!.textContent).toBe('3');
    expect($('#contents-rules')!.textContent).toContain('1 (plus 5 uit het standaardbeleid)');
    expect($('#contents-rules li[data-rule="org.zeester"]')!.textContent).toContain('Niet toegestaan');
    expect($('#contents-disclaimer')!.textContent).toContain('verplicht op');
    expect($('#contents-statistics')!.textContent).toBe('uit');
    expect(root.textContent).toContain('Alleen-lezen');
  });

  it('pins a setup code, and asks before a key change', async () => {
    const confirmReply = {
      ok: false as const, reason: 'confirm' as const,
      current: { rulesUrl: 'https://org.example/r.json', publicKeys: ['K1'] }, next: { rulesUrl: 'https://org.example/r.json', publicKeys: ['K2'] },
      currentFingerprints: ['1111 1111 1111 1111'], nextFingerprints: ['2222 2222 2222 2222'],
    };
    const { deps, sent } = fakeDeps(statusReply(), { 'pin-setup': confirmReply });
    await mount(deps);
    const field = $<HTMLInputElement>('#setup-code')!;
    await typeIn(field, 'vz1.abc');
    await submit(field);
    expect(sent.at(-2)).toEqual({ kind: 'pin-setup', code: 'vz1.abc', confirm: false });
    expect($('#setup-confirm')!.textContent).toContain('1111 1111 1111 1111');
    expect($('#setup-confirm')!.textContent).toContain('2222 2222 2222 2222');
    await act(async () => $<HTMLButtonElement>('#setup-confirm-yes')!.click());
    expect(sent).toContainEqual({ kind: 'pin-setup', code: 'vz1.abc', confirm: true });
  });

  it('adds personal names through the hashing store and clears the field', async () => {
    const { deps, sent } = fakeDeps(statusReply());
    await mount(deps);
    const names = $<HTMLTextAreaElement>('#personal-names')!;
    await typeIn(names, 'Marieke Dewulf\nJoris Pauwels');
    await act(async () => $<HTMLButtonElement>('#personal-add')!.click());
    expect(deps.personal.add).toHaveBeenCalledWith(['Marieke Dewulf', 'Joris Pauwels']);
    expect(names.value).toBe('');
    expect(JSON.stringify(sent)).not.toContain('Marieke');
  });

  it('shows the statistics when switched on, and exports them as JSON', async () => {
    const { deps } = fakeDeps(statusReply({ statistics: { enabled: true, byManaged: false } }));
    deps.stats = async () => ({ '2026-12-01': { 'org.zeester': { shown: 4, edited: 2, posted: 1, wrong: 1 } } });
    await mount(deps);
    await act(async () => {});
    const row = $('#stats-table tr[data-rule="org.zeester"]')!;
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['4', '2', '1', '1']);
    await act(async () => $<HTMLButtonElement>('#stats-export')!.click());
    const [name, text] = (deps.download as ReturnType<typeof vi.fn>).mock.calls[0]!;
    expect(name).toMatch(/\.json$/);
    expect(JSON.parse(text).days['2026-12-01']['org.zeester']).toEqual({ shown: 4, edited: 2, posted: 1, wrong: 1 });
  });
});
