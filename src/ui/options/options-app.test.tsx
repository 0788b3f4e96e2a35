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
    active: { origin: 'default', id: 'volle-zaal.default', title: 'Standaard', version: '1' },
    status: null,
    managed: { hasInline: false, hasPublicKey: false, refreshMinutes: 60, lockUserRules: false },
    hasUserRules: false,
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

describe('options page', () => {
  it('shows the active policy, its origin and the last sync problems by path', async () => {
    const { deps } = fakeDeps(
      statusReply({
        active: { origin: 'url', id: 'org.zorg', title: 'Beleid Zorg', version: '7', receivedAt: 0 },
        status: { ok: false, at: 0, source: 'url', message: 'invalid', issues: [{ path: 'rules[2] (id org.x).pattern', message: 'bad' }] },
      }),
    );
    await mount(deps);
    expect($('#active-title-value')!.textContent).toBe('Beleid Zorg');
    expect($('#active-origin')!.textContent).toContain('Gesynchroniseerd van de URL');
    expect($('#sync-status .issue-path')!.textContent).toBe('rules[2] (id org.x).pattern');
    expect($('#sync-status')!.textContent).toContain('Het vorige beleid blijft actief.');
  });

  it('lists import problems in a focused error summary linked to the field', async () => {
    const { deps, sent } = fakeDeps(statusReply(), {
      'import-rules': { ok: false, reason: 'invalid', issues: [{ path: 'severity[0].rule', message: 'unknown rule' }] },
    });
    await mount(deps);
    const textarea = $<HTMLTextAreaElement>('#import-text')!;
    await act(async () => {
      textarea.value = '{"format":1}';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      $<HTMLFormElement>('#import-submit')!.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
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
    await act(async () => {
      url.value = 'https://intranet.zorg.example/vz/rules.json';
      url.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      url.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await act(async () => {});
    expect(deps.requestOrigin).toHaveBeenCalledWith('https://intranet.zorg.example');
    expect(sent).toContainEqual({ kind: 'set-rules-url', url: 'https://intranet.zorg.example/vz/rules.json' });
    expect($('#url-message')!.textContent).toContain('nieuw regelbestand ingeladen');
  });

  it('runs the rule tester in the page without sending the draft', async () => {
    const { deps, sent } = fakeDeps(statusReply());
    await mount(deps);
    const draft = $<HTMLTextAreaElement>('#tester-draft')!;
    await act(async () => {
      draft.value = 'Bel me op 0470 12 34 56, die klote directie!!!';
      draft.dispatchEvent(new Event('input', { bubbles: true }));
    });
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
