/** Rule files the e2e tests make active. Custom rules keep the tests independent of the built-in recognisers' tuning. */
const rule = (id: string, category: string, severity: string, pattern: object, fires: string, clean: string, nl: string, en: string) => ({
  id, category, severity, pattern, message: { nl, en }, examples: { fires: [fires], clean: [clean] },
});

export const TEST_RULES = {
  format: 1,
  id: 'test.zorg-oost',
  version: '2026.1',
  title: 'Zorg Oost — testbeleid',
  extends: 'volle-zaal:default',
  organisation: { name: 'Zorg Oost', handles: { x: ['@zorgoost'] } },
  people: { clients: ['Odilia Verbraeken'] },
  prompt: { cooldownSeconds: 2, cooldownRules: ['test.emotional', 'emotional'] },
  rules: [
    rule('test.client-name', 'client-name', 'warn', { words: ['Odilia'] }, 'Odilia schildert', 'Jan schildert', 'Dit lijkt de naam van een cliënt.', 'This looks like a client name.'),
    rule('test.age', 'personal-data', 'warn', { regex: '\\(\\d{1,3}\\)' }, 'Odilia (79)', 'Odilia', 'Een leeftijd maakt iemand herkenbaar.', 'An age makes someone recognisable.'),
    rule('test.emotional', 'emotional', 'warn', { words: ['godverdomme', 'klote'] }, 'klote dag', 'mooie dag', 'Sterke taal: tel tot 10.', 'Strong language: count to 10.'),
    rule('test.internal', 'internal', 'block', { words: ['Project Zeester'] }, 'Project Zeester start', 'Project start', 'Interne projectnaam.', 'Internal project name.'),
  ],
};

/** A rule file a policy owner imports on the options page (both browsers' options tests). */
export const GOOD_IMPORT = {
  format: 1,
  id: 'org.zorgvzw',
  version: '2026.11.1',
  title: 'Socialemediabeleid Zorg vzw',
  extends: 'volle-zaal:default',
  rules: [
    {
      id: 'org.no-code-names',
      category: 'internal',
      severity: 'block',
      message: { nl: 'Projectnamen zijn intern.', en: 'Project names are internal.' },
      pattern: { words: ['project zonnebloem'] },
      examples: { fires: ['Start van Project Zonnebloem'], clean: ['Zonnebloemen in de tuin'] },
    },
  ],
};
/**
 * Problems the owner must be able to find: a severity that does not exist, a regular expression RE2
 * cannot run (a backreference: validated where the file comes in, by the same engine the page loads
 * for it), an unknown override.
 */
export const BROKEN_IMPORT = {
  ...GOOD_IMPORT,
  title: 'Kapotte versie',
  rules: [
    { ...GOOD_IMPORT.rules[0], severity: 'loud' },
    { ...GOOD_IMPORT.rules[0], id: 'org.twice', pattern: { regex: '(zonne)\\1' } },
  ],
  severity: [{ rule: 'bestaat-niet', severity: 'warn' }],
};
