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
/**
 * Every rule's triggers in one matcher, valued by the rule's index: one pass over the draft tells which rules can match,
 * instead of a pass (or two) per rule.
 */
const triggerIndex = perPolicy(
  (policy) => new PhraseMatcher(policy.customRules.flatMap((rule, k) => (rule.triggers ?? []).map((t) => [t, k] as const))),
);
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
    /** Indices of the rules whose triggers the draft holds; read when the first rule with triggers is reached. */
    let seen: Set<number> | undefined;
    policy.customRules.forEach((rule, k) => {
      if (rule.platforms && !rule.platforms.includes(draft.platform)) return;
      if (rule.accounts && !rule.accounts.includes(draft.account)) return;
      if (rule.triggers && !(seen ??= new Set(triggerIndex(policy).findAll(text).map((m) => m.value))).has(k)) return;
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
    });
  },
};
export default custom;
