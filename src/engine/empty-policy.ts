/**
 * A policy with nothing of the organisation's own in it, for tests and as the
 * base that src/policy compiles rule files onto.
 */
import type { EnginePolicy } from './types';

export function emptyPolicy(overrides: Partial<EnginePolicy> = {}): EnginePolicy {
  return {
    id: 'empty',
    version: '0',
    severities: [],
    options: {},
    organisation: { names: [], handles: [], domains: [], roleMailboxes: [], phones: [] },
    people: { clients: [], hashedClients: [], staff: [] },
    internalTerms: [],
    sensitiveTopics: [],
    disclaimer: {
      required: false,
      platforms: [],
      accounts: [],
      onlyWhenAboutOrganisation: true,
      phrases: [],
      suggestion: { nl: '', en: '' },
    },
    customRules: [],
    ruleText: {},
    ...overrides,
  };
}
