/**
 * disclaimer: the policy asks staff to make clear they speak for themselves ("Maak duidelijk
 * dat je uit eigen naam spreekt"). Driven entirely by `policy.disclaimer`: when it is required
 * for this platform and account kind, and (optionally) the post is about the organisation or
 * the work, and no disclaimer phrase is present, one finding is reported.
 */
import { lazy } from '../lazy';
import { DISCLAIMER_PHRASES, WORK_PHRASES } from '../lexicon/disclaimer';
import { perPolicy } from '../per-policy';
import { PhraseMatcher } from '../phrases';
import type { Check } from '../rule';

const work = lazy(() => new PhraseMatcher(WORK_PHRASES.map((p) => [p, true] as const)));

interface PolicyMatchers {
  /**
   * The policy's disclaimer phrases and the built-in ones, in one matcher: any one of them satisfies the rule. Built
   * when a draft first speaks about the work (most do not, and its compile was ~1 ms of a first check, cold start).
   */
  disclaimers: () => PhraseMatcher<true>;
  organisation: PhraseMatcher<true>;
}
const matchers = perPolicy((policy): PolicyMatchers => {
  const names = [...policy.organisation.names, ...policy.organisation.handles];
  // A handle may be typed with or without its "@".
  for (const h of policy.organisation.handles) if (h.startsWith('@') && h.length > 1) names.push(h.slice(1));
  return {
    disclaimers: lazy(() => new PhraseMatcher([...policy.disclaimer.phrases, ...DISCLAIMER_PHRASES].map((p) => [p, true] as const))),
    organisation: new PhraseMatcher(names.map((n) => [n, true] as const)),
  };
});

const check: Check = {
  meta: {
    id: 'disclaimer',
    category: 'disclaimer',
    severity: 'info',
    description: {
      nl: 'Een verplichte disclaimer ontbreekt: maak duidelijk dat je op persoonlijke titel spreekt.',
      en: 'A required disclaimer is missing: make clear you speak for yourself.',
    },
    messages: {
      missing: {
        nl: 'Je spreekt over je werk. Maak duidelijk dat dit je eigen mening is en niet noodzakelijk die van je werkgever.',
        en: 'You are writing about your work. Make clear this is your own opinion, not necessarily your employer’s.',
      },
    },
    quote: {
      nl: 'Maak duidelijk dat je uit eigen naam spreekt en niet noodzakelijk namens de overheidsdienst.',
      en: 'Make clear that you speak in your own name and not necessarily on behalf of the public service.',
    },
    // These examples assume the bundled default policy: a disclaimer is required on personal
    // accounts when the post speaks about work (rules/default.json).
    examples: {
      fires: [
        'Zware week op mijn werk, maar wat ben ik trots op ons team.',
        'In onze voorziening krijgen de bewoners voortaan elke dag vers fruit.',
        'Onze organisatie verdient veel meer middelen van de overheid.',
        'Ik vind dat mijn werkgever veel te weinig doet voor de nachtploeg.',
        'What a winter at the night shelter: 40 families found a home thanks to our team!',
        'At work we finally switched to the new planning tool. Game changer.',
        'Our organisation should speak up more about waiting lists.',
      ],
      clean: [
        'Zware week op mijn werk, maar wat ben ik trots op ons team. Dit is mijn persoonlijke mening.',
        'Great week for our team at the night shelter. Views are my own.',
        'Wat een prachtige zonsondergang vanavond aan zee.',
        'Wie gaat er mee naar het concert zaterdag?',
        { text: 'Onze organisatie zoekt vrijwilligers voor de zomerwerking!', context: { account: 'organisation' } },
        'Happy birthday to my sister, love you!',
        'Ik spreek op persoonlijke titel: onze organisatie verdient meer middelen.',
      ],
    },
  },
  run(ctx) {
    const { policy, draft, text } = ctx;
    const d = policy.disclaimer;
    if (!d.required) return;
    // An empty list means "all" (a policy that names none has not restricted the rule).
    if (d.platforms.length > 0 && !d.platforms.includes(draft.platform)) return;
    if (d.accounts.length > 0 && !d.accounts.includes(draft.account)) return;
    if (text.tokens.length === 0) return;
    const m = matchers(policy);
    let span = { start: text.tokens[0]!.start, end: text.tokens[text.tokens.length - 1]!.end };
    if (d.onlyWhenAboutOrganisation) {
      const mention = m.organisation.first(text) ?? work().first(text);
      if (!mention) return;
      span = { start: mention.start, end: mention.end };
    }
    if (m.disclaimers().first(text)) return;
    const suggestion = d.suggestion.nl || d.suggestion.en ? d.suggestion : undefined;
    ctx.report({ ...span, messageId: 'missing', ...(suggestion ? { suggestion } : {}) });
  },
};

export default check;
