/**
 * The organisation's own rules from the rule file. Each compiled rule already
 * knows how to find its pattern; this family only reports, with the rule's own
 * id, category, severity and text.
 */
import { perPolicy } from '../per-policy';
import { PhraseMatcher } from '../phrases';
import type { Check } from '../rule';

/**
 * The rule file's `sensitiveTopics` fire on their own, as `internal/topic` (a warning by
 * default; `severity` overrides of `internal` or `internal/topic` apply). The internal family
 * also weighs them as cues among others; the same finding is reported once.
 */
const topicMatcher = perPolicy((policy) => new PhraseMatcher(policy.sensitiveTopics.map((t) => [t, true] as const)));
const TOPIC_MESSAGE = {
  nl: '“{name}” is volgens je organisatie een gevoelig onderwerp. Laat communicatie daarover aan de organisatie.',
  en: 'Your organisation lists “{name}” as a sensitive topic. Leave communicating about it to the organisation.',
};

const custom: Check = {
  meta: {
    id: 'custom',
    category: 'other',
    severity: 'warn',
    description: {
      nl: 'Regels die de organisatie zelf in haar regelbestand schreef.',
      en: "Rules the organisation wrote in its own rule file.",
    },
    messages: {},
    // Custom rules carry their own examples in the rule file; `volle-zaal test` runs them.
    examples: { fires: [], clean: [] },
  },
  run({ text, draft, policy, report }) {
    const topics = topicMatcher(policy);
    if (topics.size > 0)
      for (const m of topics.findAll(text))
        report({
          start: m.start,
          end: m.end,
          messageId: 'topic',
          rule: 'internal/topic',
          category: 'internal',
          severity: 'warn',
          message: TOPIC_MESSAGE,
          data: { name: text.original.slice(m.start, m.end) },
        });
    for (const rule of policy.customRules) {
      if (rule.platforms && !rule.platforms.includes(draft.platform)) continue;
      if (rule.accounts && !rule.accounts.includes(draft.account)) continue;
      for (const span of rule.find(text)) {
        report({
          ...span,
          messageId: rule.id,
          rule: rule.id,
          category: rule.category,
          severity: rule.severity,
          message: rule.message,
          quote: rule.quote,
          link: rule.link,
          suggestion: rule.suggestion ? { nl: rule.suggestion, en: rule.suggestion } : undefined,
        });
      }
    }
  },
};
export default custom;
