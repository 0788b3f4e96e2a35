/**
 * The organisation's own rules from the rule file. Each compiled rule already
 * knows how to find its pattern; this family only reports, with the rule's own
 * id, category, severity and text.
 */
import type { Check } from '../rule';

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
