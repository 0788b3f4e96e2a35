import { describe, expect, it } from 'vitest';
import { check, checkDraft, emptyPolicy, foldPhrase, type DisclaimerPolicy, type DraftContext, type EnginePolicy } from '..';

const personal: DraftContext = { platform: 'linkedin', account: 'personal' };

function policyWith(disclaimer: Partial<DisclaimerPolicy> = {}, organisation: Partial<EnginePolicy['organisation']> = {}): EnginePolicy {
  return emptyPolicy({
    organisation: { names: [], handles: [], domains: [], roleMailboxes: [], phones: [], ...organisation },
    disclaimer: {
      required: true,
      platforms: ['facebook', 'x', 'linkedin', 'other'],
      accounts: ['personal'],
      onlyWhenAboutOrganisation: true,
      phrases: ['dit is mijn eigen mening', 'views my own'].map(foldPhrase),
      suggestion: { nl: 'Dit is mijn persoonlijke mening.', en: 'Opinions are my own.' },
      ...disclaimer,
    },
  });
}

function found(text: string, policy = policyWith(), context: DraftContext = personal) {
  return check(text, context, policy, { only: ['disclaimer'] });
}

describe('disclaimer', () => {
  it('reports one info finding on the work mention, with the policy suggestion', () => {
    const text = 'Vandaag op mijn werk een prachtig gesprek gehad. Ons team is top.';
    const findings = found(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'disclaimer', category: 'disclaimer', severity: 'info', suggestion: 'Dit is mijn persoonlijke mening.' });
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe('op mijn werk');
  });

  it('the finding is on the first mention, whatever follows', () => {
    const text = 'Ons team was top vandaag. Later op mijn werk nog een vergadering over mijn werkgever.';
    const [f] = found(text);
    expect(f && text.slice(f.start, f.end)).toBe('Ons team');
    // A disclaimer far after the mentions still counts.
    expect(found(`${text} ${'Mooi weer. '.repeat(200)}Dit is mijn eigen mening.`)).toEqual([]);
  });

  it('a policy phrase or a built-in equivalent satisfies it', () => {
    expect(found('Op mijn werk is het druk. Dit is mijn eigen mening.')).toEqual([]);
    expect(found('Our organisation should do more. Views my own.')).toEqual([]);
    expect(found('My employer should do more. Opinions are my own.')).toEqual([]);
    expect(found('Mijn werkgever mag meer doen; ik spreek op persoonlijke titel.')).toEqual([]);
    expect(found('Mijn werkgever mag meer doen. Mening is de mijne.')).toEqual([]);
  });

  it("the organisation's names and handles count as speaking about it", () => {
    const policy = policyWith({}, { names: ['Zorggroep De Linde'], handles: ['@delinde'] });
    expect(found('Wat een jaar bij Zorggroep De Linde!', policy)).toHaveLength(1);
    expect(found('Mooi initiatief van @delinde', policy)).toHaveLength(1);
    expect(found('Mooi initiatief van delinde', policy)).toHaveLength(1);
    expect(found('Mooi initiatief van de buren', policy)).toEqual([]);
  });

  it('respects platforms, account kinds and whether it is required', () => {
    const text = 'Mijn werkgever doet het goed.';
    expect(found(text, policyWith({ required: false }))).toEqual([]);
    expect(found(text, policyWith({ platforms: ['facebook'] }))).toEqual([]);
    expect(found(text, policyWith(), { platform: 'linkedin', account: 'organisation' })).toEqual([]);
    expect(found(text, policyWith({ accounts: ['personal', 'organisation'] }), { platform: 'x', account: 'organisation' })).toHaveLength(1);
  });

  it('without onlyWhenAboutOrganisation every draft needs it, and the finding spans the draft', () => {
    const text = '  Mooie zonsondergang.  ';
    const [f] = found(text, policyWith({ onlyWhenAboutOrganisation: false }));
    expect(f && text.slice(f.start, f.end)).toBe('Mooie zonsondergang');
    expect(found('   ', policyWith({ onlyWhenAboutOrganisation: false }))).toEqual([]);
  });

  it('the policy can raise the severity', () => {
    const policy = { ...policyWith(), severities: [{ rule: 'disclaimer', severity: 'warn' as const }] };
    expect(found('Mijn werkgever doet het goed.', policy)[0]?.severity).toBe('warn');
  });

  it('an empty suggestion is left out', () => {
    const [f] = found('Mijn werkgever doet het goed.', policyWith({ suggestion: { nl: '', en: '' } }));
    expect(f).toBeDefined();
    expect(f!.suggestion).toBeUndefined();
  });

  it('handles odd input without failing: at most one finding, inside the text', () => {
    for (const text of ['', '🙂'.repeat(10_000), 'mijn werk '.repeat(10_000), '\u0000\u202E']) {
      const { findings, errors } = checkDraft(text, personal, policyWith(), { only: ['disclaimer'] });
      expect(errors, JSON.stringify(text.slice(0, 20))).toEqual([]);
      expect(findings.length).toBeLessThanOrEqual(1);
      for (const f of findings) expect(f.end).toBeLessThanOrEqual(text.length);
    }
    // A long draft about work still gets its one reminder.
    expect(found('mijn werk '.repeat(10_000))).toHaveLength(1);
  });
});
