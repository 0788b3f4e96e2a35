import { describe, expect, it } from 'vitest';
import { seededInts } from '../../tests/unit/seeded';
import { codeAt, foldPhrase, hasSpacedLetters, isLatin1Letter, isLatin1Number, isLatin1Upper, prepare, tokensOf } from './text';
import { PhraseMatcher } from './phrases';
import { LANGUAGE_DATA } from './language';

/** What the user typed under each token, via the original spans. */
const typed = (text: string) => prepare(text).tokens.map((t) => text.slice(t.start, t.end));
const keys = (text: string) => prepare(text).tokens.map((t) => t.key);

describe('prepare: normalisation that is hard to fool, spans that stay exact', () => {
  it('folds case and diacritics', () => {
    expect(keys('Cliënte Zoë ÉLÈVE')).toEqual(['cliente', 'zoe', 'eleve']);
  });

  it('drops zero-width characters and soft hyphens inside words', () => {
    const text = 'kan\u200Bker\u00ADzooi';
    expect(keys(text)).toEqual(['kankerzooi']);
    expect(typed(text)).toEqual([text]);
  });

  it('applies NFKC: full-width and styled letters read as plain ones', () => {
    expect(keys('Ｆｕｌｌ 𝐋𝐨𝐭𝐭𝐞')).toEqual(['full', 'lotte']);
    expect(prepare('𝐋𝐨𝐭𝐭𝐞').tokens[0]!.capitalized).toBe(true);
  });

  it('joins letters spaced or hyphenated out, and the span covers all of them', () => {
    expect(keys('wat een K U T dag')).toEqual(['wat', 'een', 'kut', 'dag']);
    expect(typed('L-o-t-t-e (13)')).toEqual(['L-o-t-t-e', '13']);
    expect(keys('k.a.n.k.e.r')).toEqual(['kanker']);
  });

  it('leaves ordinary single letters and initials alone', () => {
    expect(keys('ik zag a en b')).toEqual(['ik', 'zag', 'a', 'en', 'b']);
    expect(keys('cliënt J. is blij')).toEqual(['client', 'j', 'is', 'blij']);
  });

  it('reads look-alike digits as letters only inside words', () => {
    expect(keys('k4nker h0mo 2024 3B')).toEqual(['kanker', 'homo', '2024', 'eb']);
    expect(prepare('k4nker').tokens[0]!.norm).toBe('k4nker');
  });

  it('keeps spans exact after emoji and astral characters', () => {
    const text = '👩‍👩‍👧 Marie 😀 (82)';
    const marie = prepare(text).tokens.find((t) => t.key === 'marie')!;
    expect(text.slice(marie.start, marie.end)).toBe('Marie');
  });

  it('marks capitals, all-caps words, numbers and sentence starts', () => {
    const [wat, een, joke, n, ja] = prepare('Wat een JOKE 42. Ja').tokens;
    expect([wat!.capitalized, wat!.sentenceStart]).toEqual([true, true]);
    expect([een!.capitalized, een!.sentenceStart]).toEqual([false, false]);
    expect(joke!.allCaps).toBe(true);
    expect(n!.numeric).toBe(true);
    expect([ja!.sentence, ja!.sentenceStart]).toEqual([1, true]);
  });

  it('reads a dot between digits as part of a number or date, not as a sentence end', () => {
    expect(prepare('Hij verdient 160.000 euro, geboren 14.09.2012').tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(prepare('Ik ben 12. Jij 13.').tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1]);
  });

  it('reads the dot of a title before a name as no sentence end', () => {
    expect(prepare('Met mevr. Peeters en Dr. Patel.').tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(prepare('Dat zei de dokter. Peeters knikte.').tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  // Latin-1 and decomposed Latin are folded and classified by character code, without the Unicode classes.
  it('folds every Latin-1 and Latin Extended-A character, and non-Latin ones, as NFKC, NFD and removing \\p{M} do', () => {
    const MARKS = /\p{M}/gu;
    const reference = (ch: string) => {
      const base = ch.normalize('NFKC').normalize('NFD').replace(MARKS, '');
      const lower = base.toLowerCase().normalize('NFD').replace(MARKS, '');
      return [lower, lower.length === base.length ? base : lower];
    };
    const latin = Array.from({ length: 0x180 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)).filter((ch) => ch !== '\u00ad');
    const others = ['Ά', 'ΐ', 'й', 'Ё', 'ệ', 'Ǆ', 'ǅ', 'ﬁ', 'ℌ', 'Å', 'K', 'שָׁ', 'कि', 'ก่', 'が', '각', '𝐋', 'Ⅻ', '①'];
    for (const ch of [...latin, ...others]) {
      const p = prepare(ch);
      expect([p.folded, p.cased], ch).toEqual(reference(ch));
    }
  });

  it('reads letters, capitals and numbers up to U+00FF by code as \\p{L}, \\p{Lu} and \\p{N} do', () => {
    for (let c = 0; c <= 0xff; c++) {
      const ch = String.fromCharCode(c);
      expect([isLatin1Letter(c), isLatin1Upper(c), isLatin1Number(c)], ch).toEqual([/\p{L}/u.test(ch), /\p{Lu}/u.test(ch), /\p{N}/u.test(ch)]);
    }
    expect(prepare('ÀLA ÉÉN Ýsbrand ªb 3½ ×÷').tokens.map((t) => [t.key, t.capitalized, t.allCaps])).toEqual([
      ['ala', true, true], ['een', true, true], ['ysbrand', true, false], ['ab', false, false], ['31', false, false], ['2', false, false],
    ]);
  });

  it('maps every character of plain-ASCII drafts to itself, whatever the drafts before them', () => {
    for (const words of [3, 1, 60, 2, 61, 500, 7]) {
      const text = 'Een woord '.repeat(words);
      const p = prepare(text);
      expect([...p.map]).toEqual(Array.from({ length: text.length + 1 }, (_, i) => i));
      expect(typed(text)).toEqual(p.tokens.map((t) => t.norm === 'een' ? 'Een' : 'woord'));
    }
  });

  it('reads the words of a plain-ASCII draft by its fast path as the code-point tokenizer does', () => {
    // Pieces a draft is made of: words in every case, look-alikes, apostrophes, titles, numbers and dates, every
    // kind of punctuation and white space, spaced-out letters (which leave the fast path), and non-ASCII characters.
    const pieces = [
      'Jan', 'jan', 'JAN', 'mEvR', 'Dr', 'mr', 'dhr', 'k4nker', 'h@ter', '$hit', 'a1', '1a', '2024', '160', '000', 'x', 'I', 'B',
      "m'n", "rock'n'roll", "d'", "'s", "o'", "'", "''", '3B', 'E', '@', '$', '.', '. ', '!', '?', ',', ';', ':', '-', '_', '*',
      '(', ')', '"', '/', '\\', '#', '%', '&', '+', '=', '<', '>', '[', ']', '{', '}', '|', '~', '^', '`', ' ', '  ', '\t',
      '\n', '\r\n', '\u000b', '\u0000', '\u007f', 'K U T', 'l-o-t', 'é', 'Zoë', '€', '’', '😀', '𝐋', '中文', 'ß', '\u00a0', '\u200b',
    ];
    const random = seededInts(11);
    let ascii = 0;
    for (let n = 0; n < 20000; n++) {
      const text = Array.from({ length: random(14) }, () => pieces[random(pieces.length)]!).join(random(3) ? '' : ' ');
      const p = prepare(text);
      if (/^[\x00-\x7f]*$/.test(text)) ascii++;
      expect(p.tokens).toEqual(tokensOf(text, p.folded, p.cased, p.map));
    }
    expect(ascii).toBeGreaterThan(5000);
  });

  it('takes a plain-ASCII draft off its fast path exactly when it has letters spaced out', () => {
    // The expression the fast path's token reading stands for; single letters, every spacer, and what borders them.
    const SPACED = /(?<![a-z])[a-z](?:[\t\n\r *\-._]{1,2}[a-z](?![a-z])){2}/;
    const pieces = ['a', 'x', 'B', 'a ', 'x-', 'B. ', 'a\t', 'x_', 'b*', 'c\r\n', 'ab', 'Jan', '1', "'", '@', ',', ' ', '  ', '   ', '-', '.', '\n', '/'];
    const random = seededInts(3);
    let spaced = 0;
    for (let n = 0; n < 20000; n++) {
      const text = Array.from({ length: random(16) }, () => pieces[random(pieces.length)]!).join('');
      const lower = text.toLowerCase();
      const expected = SPACED.test(lower);
      if (expected) spaced++;
      const offsets = Int32Array.from({ length: text.length + 1 }, (_, i) => i);
      expect(hasSpacedLetters(lower, tokensOf(text, lower, text, offsets)), text).toBe(expected);
      expect(prepare(text).folded !== lower, text).toBe(expected);
    }
    expect(spaced).toBeGreaterThan(2000);
  });

  it('maps a folded span back to the original, across removed characters', () => {
    const text = 'A\u200BB c';
    const p = prepare(text);
    expect(p.folded).toBe('ab c');
    expect(p.span(0, 2)).toEqual({ start: 0, end: 3 });
    expect(p.span(3, 4)).toEqual({ start: 4, end: 5 });
  });
});

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher([
    ['project kompas', 'code'],
    ['kanker*', 'curse'],
    ['Sint-Jan', 'place'],
  ]);

  it('matches phrases across folding and reports original spans', () => {
    const text = 'Over PROJECT Kómpas: kankerzooi in Sint Jan';
    expect(matcher.findAll(prepare(text)).map((m) => [text.slice(m.start, m.end), m.value])).toEqual([
      ['PROJECT Kómpas', 'code'],
      ['kankerzooi', 'curse'],
      ['Sint Jan', 'place'],
    ]);
  });

  it('does not match a word inside another word unless asked with *', () => {
    expect(matcher.findAll(prepare('kompasnaald project'))).toEqual([]);
  });

  it('folds phrases like drafts', () => {
    expect(foldPhrase('  Cliënt  K U T ')).toBe('client kut');
  });

  // foldPhrase reads some phrases without preparing them: each must fold as the full preparation does.
  it('folds phrases of a-z and Latin-1 letters as the full preparation does', () => {
    const full = (phrase: string) => prepare(phrase).tokens.map((t) => t.key).join(' ');
    const latin1 = Array.from({ length: 0x100 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i));
    const alphabet = ['a', 'e', 'k', 'z', 'A', 'Q', ' ', ' ', ' ', '-', "'", '1', ...latin1];
    const random = seededInts(7);
    const phrases = latin1.flatMap((ch) => [ch, `x${ch}x`, `${ch}${ch}`, `onze ${ch}a`, `${ch} b c`, `a ${ch}`]);
    for (let n = 0; n < 20000; n++) {
      const chars = Array.from({ length: 1 + random(12) }, () => alphabet[random(alphabet.length)]!);
      // At least one non-ASCII letter: a phrase of a-z alone takes the older shortcut, which keeps "k u t" as it is.
      chars[random(chars.length)] = latin1[random(latin1.length)]!;
      phrases.push(chars.join(''));
    }
    for (const p of phrases) expect(foldPhrase(p), p).toBe(full(p));
  });

  // The language pre-checks skip folding such words (recognizers/word-precheck.ts): their fold must be themselves.
  it('leaves a word of the letters a-z as it is', () => {
    const words = Object.values(LANGUAGE_DATA).flat().flatMap((f) => Object.values(f.classes).flatMap((c) => c.words.flatMap((w) => w.split(/[\s*]+/))));
    const plain = words.filter((w) => /^[a-z]+$/.test(w));
    expect(plain.length).toBeGreaterThan(1000);
    for (const w of [...plain, 'ij', 'ijs', 'sch', 'ae', 'oe', 'qu', 'x', 'ck', 'ph']) expect(foldPhrase(w)).toBe(w);
  });
});

describe('codeAt', () => {
  it('is charCodeAt within the string and -1 outside it', () => {
    const s = 'a(é';
    for (let i = 0; i < s.length; i++) expect(codeAt(s, i)).toBe(s.charCodeAt(i));
    for (const i of [-2, -1, s.length, s.length + 1]) expect(codeAt(s, i)).toBe(-1);
    expect(codeAt('', 0)).toBe(-1);
  });
});
