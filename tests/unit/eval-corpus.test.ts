/**
 * Our own evaluation corpora (tests/eval/corpus) are what `npm run eval` scores the engine on.
 * A malformed line, a label outside the scored categories, a paraphrase group that is not one idea
 * with one label, or a held-aside draft that also sits in the tuning data would make those figures
 * wrong without anyone noticing; these tests check the files' shape only, never the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../eval/corpus', import.meta.url));
const CATEGORIES = ['client-name', 'minor', 'personal-data', 'internal', 'emotional'];

interface Line { id: string; platform: string; account: string; lang: string; text: string; expect: string[]; group?: string }

const read = (name: string): Line[] =>
  readFileSync(join(dir, `${name}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);

const sets = {
  dev: read('dev'), paraphrases: read('paraphrases'),
  'held-aside': read('held-aside'), 'held-aside-2': read('held-aside-2'), 'held-aside-3': read('held-aside-3'),
  'held-aside-4': read('held-aside-4'),
};
const heldAsideGroups = read('held-aside-paraphrases');
const heldAside2Groups = read('held-aside-2-paraphrases');
const heldAside3Groups = read('held-aside-3-paraphrases');
const heldAside4Groups = read('held-aside-4-paraphrases');

describe.each(Object.entries({
  ...sets,
  'held-aside-paraphrases': heldAsideGroups, 'held-aside-2-paraphrases': heldAside2Groups,
  'held-aside-3-paraphrases': heldAside3Groups, 'held-aside-4-paraphrases': heldAside4Groups,
}))('%s', (_, lines) => {
  it('every line is a draft the eval can score', () => {
    for (const l of lines) {
      expect(l.id, JSON.stringify(l)).toMatch(/^[a-z][a-z0-9]*-\d{3}$/);
      expect(['facebook', 'x', 'linkedin'], l.id).toContain(l.platform);
      expect(['personal', 'organisation'], l.id).toContain(l.account);
      expect(['nl-BE', 'nl-NL', 'en'], l.id).toContain(l.lang);
      expect(l.text.trim().length, l.id).toBeGreaterThan(10);
      expect(new Set(l.expect).size, l.id).toBe(l.expect.length);
      for (const c of l.expect) expect(CATEGORIES, l.id).toContain(c);
    }
  });

  it('ids and texts are unique', () => {
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    expect(new Set(lines.map((l) => l.text)).size).toBe(lines.length);
  });
});

describe.each(Object.entries(sets))('%s', (name, lines) => {
  it('about half are clean (hard negatives), and every category and language is present', () => {
    const clean = lines.filter((l) => l.expect.length === 0).length / lines.length;
    expect(clean).toBeGreaterThanOrEqual(0.45);
    expect(clean).toBeLessThanOrEqual(0.55);
    for (const c of CATEGORIES) expect(lines.filter((l) => l.expect.includes(c)).length, `${name}: ${c}`).toBeGreaterThanOrEqual(10);
    for (const lang of ['nl-BE', 'nl-NL', 'en']) expect(lines.filter((l) => l.lang === lang).length, `${name}: ${lang}`).toBeGreaterThanOrEqual(40);
  });
});

it('there are at least 400 own drafts besides the paraphrases, at least 160 of them held aside', () => {
  expect(sets.dev.length).toBeGreaterThanOrEqual(250);
  expect(sets['held-aside'].length).toBeGreaterThanOrEqual(160);
  expect(sets.dev.length + sets['held-aside'].length).toBeGreaterThanOrEqual(400);
});

it.each([
  ['held-aside-2', 300, 30], ['held-aside-3', 300, 30], ['held-aside-4', 360, 35],
] as const)('%s has at least %i drafts, %i of each category, some with two, in about 40/35/25 nl-BE/nl-NL/en', (name, minDrafts, minPerCategory) => {
  const lines = sets[name];
  expect(lines.length).toBeGreaterThanOrEqual(minDrafts);
  for (const c of CATEGORIES) expect(lines.filter((l) => l.expect.includes(c)).length, c).toBeGreaterThanOrEqual(minPerCategory);
  expect(lines.filter((l) => l.expect.length > 1).length).toBeGreaterThanOrEqual(15);
  for (const [lang, share] of [['nl-BE', 0.4], ['nl-NL', 0.35], ['en', 0.25]] as const)
    expect(Math.abs(lines.filter((l) => l.lang === lang).length / lines.length - share), lang).toBeLessThanOrEqual(0.05);
});

describe.each([
  ['paraphrases', sets.paraphrases, /^p-[a-z-]+$/, 30],
  ['held-aside-paraphrases', heldAsideGroups, /^h-[a-z-]+$/, 10],
  ['held-aside-2-paraphrases', heldAside2Groups, /^h2-[a-z-]+$/, 20],
  ['held-aside-3-paraphrases', heldAside3Groups, /^h3-[a-z-]+$/, 20],
  ['held-aside-4-paraphrases', heldAside4Groups, /^h4-[a-z-]+$/, 20],
] as const)('%s', (_, lines, groupName, minGroups) => {
  it('groups are five wordings of one idea with one label', () => {
    const groups = new Map<string, Line[]>();
    for (const l of lines) {
      expect(l.group, l.id).toMatch(groupName);
      groups.set(l.group!, [...(groups.get(l.group!) ?? []), l]);
    }
    expect(groups.size).toBeGreaterThanOrEqual(minGroups);
    for (const [group, members] of groups) {
      expect(members.length, group).toBe(5);
      const labels = new Set(members.map((m) => [...m.expect].sort().join(',')));
      expect(labels.size, group).toBe(1);
    }
    const clean = [...groups.values()].filter((m) => m[0]!.expect.length === 0).length;
    expect(clean / groups.size).toBeGreaterThanOrEqual(0.4);
    expect(clean / groups.size).toBeLessThanOrEqual(0.6);
  });
});

it('no held-aside draft also appears in the data the engine is tuned on', () => {
  const tuned = new Set([...sets.dev, ...sets.paraphrases].map((l) => l.text.toLowerCase()));
  const shared = [...sets['held-aside'], ...heldAsideGroups, ...sets['held-aside-2'], ...heldAside2Groups, ...sets['held-aside-3'], ...heldAside3Groups,
    ...sets['held-aside-4'], ...heldAside4Groups]
    .filter((l) => tuned.has(l.text.toLowerCase()));
  expect(shared.map((l) => l.id)).toEqual([]);
});

it.each([
  ['the second held-aside set repeats no draft of the first', [...sets['held-aside'], ...heldAsideGroups], [...sets['held-aside-2'], ...heldAside2Groups]],
  ['the third held-aside set repeats no draft of the first two', [...sets['held-aside'], ...heldAsideGroups, ...sets['held-aside-2'], ...heldAside2Groups], [...sets['held-aside-3'], ...heldAside3Groups]],
  ['the fourth held-aside set repeats no draft of the first three', [
    ...sets['held-aside'], ...heldAsideGroups, ...sets['held-aside-2'], ...heldAside2Groups, ...sets['held-aside-3'], ...heldAside3Groups,
  ], [...sets['held-aside-4'], ...heldAside4Groups]],
] as const)('%s', (_, earlier, later) => {
  const seen = new Set(earlier.map((l) => l.text.toLowerCase()));
  expect(later.filter((l) => seen.has(l.text.toLowerCase())).map((l) => l.id)).toEqual([]);
});
