import type { Check } from '../rule';

// TODO(2026-11-21): first version being written.
const check: Check = {
  meta: {
    id: 'personal-data',
    category: 'personal-data',
    severity: 'warn',
    description: { nl: '', en: '' },
    messages: {},
    examples: { fires: [], clean: [] },
  },
  run() {},
};
export default check;
