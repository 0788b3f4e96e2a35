/**
 * `emotional`: anger, profanity, insults, threats, hate and shouting.
 *
 * Policy: "Zoek geen ruzie. Plaats geen lasterlijk, grof, obsceen of bedreigend materiaal"
 * and "Tel tot 10, echt, dat helpt."
 *
 * The words and phrases are data: `src/engine/language/{nl,en}/emotional.json`, run by the
 * shared matcher (targets, negation, quotes and reported speech included), extended by the
 * rule file's `language.emotional`. This file only picks the draft's language, softens
 * reported speech and counter-speech (never `block`), and measures shouting, which is a shape
 * of the text rather than a word.
 */
import type { Check, CheckContext, Report } from '../rule';
import { CompiledLanguage, LANGUAGE_DATA, type LanguageFile } from '../language';
import { lazy, lazySet } from '../lazy';
import { perPolicy } from '../per-policy';
import { foldPhrase, type PreparedText, type Token } from '../text';
import type { EnginePolicy } from '../types';

/** Sub-rules whose findings are strong language: the UI applies the policy's "tel tot 10" cooldown. */
export const STRONG_EMOTION_RULES: readonly string[] = ['emotional/threat', 'emotional/hate', 'emotional/slur', 'emotional/curse'];

/** Whether a finding's rule id is strong language (threat, hate, heavy curse). */
export function isStrongEmotion(rule: string): boolean {
  return STRONG_EMOTION_RULES.includes(rule);
}

/** Sub-rules that block by default; quoted, reported or opposed they become `reported` (warn). */
const BLOCKING = new Set(['threat', 'hate']);

const FILES: readonly LanguageFile[] = LANGUAGE_DATA.emotional ?? [];
/** Each language's file on its own, kept so that its compiled data is shared by every policy (`CompiledLanguage.of`). */
const SINGLE = FILES.map((file) => [file]);
const ACRONYMS = lazySet(() => FILES.flatMap((f) => f.lists?.acronyms ?? []).map((w) => foldPhrase(w)));
/** Words that make capitals a raised voice (pronouns, negation, "echt", "stop"); titles and names in capitals have none. */
const VOICE = lazySet(() => FILES.flatMap((f) => f.lists?.voice ?? []).map((w) => foldPhrase(w)));
/** Words of praise and joy: capitals and "!!!" with these and no strong words are enthusiasm, not shouting. */
const CHEER = lazySet(() => FILES.flatMap((f) => f.lists?.cheer ?? []).map((w) => foldPhrase(w)));

interface Reader {
  readonly lang: CompiledLanguage;
  /** The class bits the sentence scan reads, looked up by name once rather than once per word. */
  readonly masks: ClassMasks;
}

interface ClassMasks {
  reporting: number;
  counter: number;
  negator: number;
}

/** One compiled matcher per language, with the rule file's additions (built once per policy). */
const readers = perPolicy((policy: EnginePolicy): Reader[] => {
  const ext = policy.language?.emotional ?? {};
  return FILES.map((file, i) => {
    const known = new Set([...Object.keys(file.classes), 'person', 'group', 'self', 'anaphor', 'negator', 'clause-break', 'reporting', 'counter']);
    const only = (r?: Readonly<Record<string, readonly string[]>>) =>
      Object.fromEntries(Object.entries(r ?? {}).filter(([k]) => known.has(k)).map(([k, v]) => [k, [...v]]));
    const rules = (ext.rules ?? []).filter((r) => !r.language || r.language === file.language);
    // Compiled on first use: a draft in one language never pays for the other's.
    let lang: CompiledLanguage | undefined;
    let masks: ClassMasks | undefined;
    return {
      get lang() {
        return (lang ??= CompiledLanguage.of(SINGLE[i]!, { words: only(ext.words), except: only(ext.except), rules }));
      },
      get masks() {
        return (masks ??= { reporting: this.lang.maskOf('reporting'), counter: this.lang.maskOf('counter'), negator: this.lang.maskOf('negator') });
      },
    };
  });
});

/**
 * Each marker word with the languages (bit i: file i, which is reader i of every policy) it marks: one look-up per
 * word of a draft. The markers are the files' own, so one table serves every policy.
 */
const markerBits = lazy(() => {
  const bits = new Map<string, number>();
  FILES.forEach((file, i) => {
    for (const key of (file.markers ?? []).map((w) => foldPhrase(w))) bits.set(key, (bits.get(key) ?? 0) | (1 << i));
  });
  return bits;
});

/** The languages the draft is written in: most marker words wins; a tie reads it in all. */
function pick(all: Reader[], text: PreparedText): Reader[] {
  // A typed array: always of one kind, as `all.map(() => 0)` is not (see `array-kinds.ts`).
  const scores = new Int32Array(all.length);
  const markers = markerBits();
  for (const t of text.tokens) {
    const bits = markers.get(t.key);
    if (bits) for (let i = 0; i < all.length; i++) if (bits & (1 << i)) scores[i]!++;
  }
  const best = Math.max(...scores);
  return all.filter((_, i) => scores[i] === best);
}

const check: Check = {
  meta: {
    id: 'emotional',
    category: 'emotional',
    severity: 'warn',
    description: {
      nl: 'Scheldwoorden, vloeken, beledigingen, bedreigingen, haat en roepen (hoofdletters, !!!).',
      en: 'Swearing, curses, insults, threats, hate and shouting (capitals, !!!).',
    },
    subrules: {
      // Block is for threats and incitement; a slur alone warns (it is also what counter-speech names).
      threat: 'block', hate: 'block', slur: 'warn', reported: 'warn', curse: 'warn', profanity: 'warn', insult: 'warn', shouting: 'warn', venting: 'warn',
    },
    messages: {
      curse: { nl: 'Zware vloek: "{word}". Tel tot 10 voor je dit post.', en: 'Heavy curse: "{word}". Count to 10 before you post this.' },
      profanity: { nl: 'Grof taalgebruik: "{word}".', en: 'Crude language: "{word}".' },
      insult: { nl: 'Belediging: "{word}". Zoek geen ruzie.', en: 'Insult: "{word}". Do not pick a fight.' },
      contempt: { nl: 'Minachting voor mensen: "{word}".', en: 'Contempt for people: "{word}".' },
      dehumanise: { nl: 'Je spreekt denigrerend over mensen: "{word}".', en: 'This speaks of people with contempt: "{word}".' },
      hatred: { nl: 'Je uit haat of afkeer tegenover mensen: "{word}".', en: 'This expresses hatred of people: "{word}".' },
      slur: { nl: 'Scheldwoord voor een groep mensen: "{word}".', en: 'Slur against a group of people: "{word}".' },
      threat: { nl: 'Dit klinkt als een bedreiging: "{word}". Tel tot 10.', en: 'This reads as a threat: "{word}". Count to 10.' },
      reported: {
        nl: 'Je citeert of weerlegt harde woorden ("{word}"). Kan het zonder ze te herhalen?',
        en: 'You quote or counter harsh words ("{word}"). Can you make the point without repeating them?',
      },
      venting: { nl: 'Je klinkt boos of gefrustreerd: "{word}". Laat je niet meeslepen.', en: 'You sound angry or fed up: "{word}". Do not get carried away.' },
      shouting: { nl: 'Hoofdletters lezen als roepen: "{word}".', en: 'Capitals read as shouting: "{word}".' },
      punctuation: { nl: 'Veel uitroeptekens lezen als roepen: "{word}".', en: 'Runs of exclamation marks read as shouting: "{word}".' },
    },
    quote: {
      nl: 'Zoek geen ruzie. Plaats geen lasterlijk, grof, obsceen of bedreigend materiaal. Tel tot 10, echt, dat helpt.',
      en: 'Do not pick fights. Do not post defamatory, crude, obscene or threatening material. Count to 10, really, it helps.',
    },
    examples: {
      fires: [
        'Wat een klotedag, alles loopt mis.',
        'Die nieuwe teamleider is een ongelooflijke sukkel.',
        'Krijg de tering met je nieuwe planning.',
        'Als ik die gast tegenkom maak ik hem af.',
        'Al die nieuwkomers zijn gewoon parasieten.',
        'Ik ben het stilaan beu, elke week hetzelfde gedoe.',
        'DIT IS ECHT NIET NORMAAL',
        'This new roster is a joke and I hate my boss.',
        'Jullie moeten je schamen, stelletje idioten.',
        'Wie heeft dit bedacht?!?!',
      ],
      clean: [
        'Wat een mooie dag met de bewoners in het park.',
        'Mijn moeder heeft kanker en we steunen de strijd tegen kanker.',
        'Ik heb veel respect voor moslims en hun vasten.',
        'Vrouwen zijn geweldig in leidinggevende functies.',
        'Morgen infosessie van het CAW en het OCMW over ADHD.',
        'Wat een kanjers zijn jullie!! Bedankt voor het feest.',
        'We zetten de tering naar de nering en besparen op papier.',
        'Ik heb nooit een hekel aan nieuwkomers gehad.',
        'Pesten op school pakken we samen aan.',
        'De kankeronderzoekers van het ziekenhuis kregen een prijs!',
      ],
    },
  },
  run(context) {
    const text = context.text;
    let found = 0;
    if (text.tokens.length > 0) {
      const seen = new Set<string>();
      for (const { lang, masks } of pick(readers(context.policy), text)) {
        const words = lang.words(text);
        // Sentences that report or oppose what they name; a blocking finding next to one is read as reported too
        // ("Vluchtelingen zijn ratten. Dat las ik vandaag en het is walgelijk.").
        const marked = new Set<number>();
        const said = new Set<number>();
        // Sentences that oppose what they name; "ik ben niet racistisch, maar…" opposes nothing.
        const opposed = new Set<number>();
        for (let k = 0; k < words.length; k++) {
          const bits = words.bits(k);
          const says = (bits & masks.reporting) !== 0;
          const opposes = (bits & masks.counter) !== 0;
          if (!says && !opposes) continue;
          const sentence = words.sentence(k);
          marked.add(sentence);
          if (says) said.add(sentence);
          const negatedBy = (p: number) => p >= 0 && words.clauses[p] === words.clauses[k] && (words.bits(p) & masks.negator) !== 0;
          if (opposes && !negatedBy(k - 1) && !negatedBy(k - 2)) opposed.add(sentence);
        }
        const near = (set: Set<number>, s: number) => set.has(s) || set.has(s - 1) || set.has(s + 1);
        for (const m of lang.match(text, words)) {
          const s = words.sentence(m.from);
          // Hatred or exclusion of a group named in counter-speech ("haat tegen vluchtelingen hoort niet thuis hier")
          // is the speaker's stand against it, not theirs: nothing to report.
          if (m.reported && m.target === 'group' && !m.rule.patterns.some((p) => p.includes('@slur')) && (m.message === 'hatred' || m.message === 'dehumanise')) continue;
          // Words quoted or reported in order to condemn them ('iemand riep "vuile profiteurs"; dat aanvaarden we niet')
          // are not the writer's; a slur repeated still gets a gentle warning.
          if ((words.quoted(m.from, m.to) || near(said, s)) && near(opposed, s) && m.subrule !== 'slur') continue;
          const reported = (m.reported || near(marked, s)) && BLOCKING.has(m.subrule);
          const subrule = reported ? 'reported' : m.subrule;
          const key = `${m.start}:${m.end}:${subrule}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const word = text.original.slice(m.start, m.end);
          context.report({ start: m.start, end: m.end, messageId: reported ? 'reported' : m.message, subrule, data: { word } });
          found++;
        }
      }
    }
    runShouting(text, context.report, found > 0);
    // Emoji that speak for themselves. Their second UTF-16 units are a quick test that spares most drafts the search.
    const original = text.original;
    if (!original.includes('\uDD95') && !original.includes('\uDD2C')) return;
    for (const m of original.matchAll(/\u{1F595}|\u{1F92C}/gu)) {
      const sub = m[0] === '\u{1F595}' ? 'profanity' : 'venting';
      context.report({ start: m.index!, end: m.index! + m[0].length, messageId: sub, subrule: sub, data: { word: m[0] } });
    }
  },
};

export default check;

// ---------------------------------------------------------------------------
// Shouting: capitals and runs of ! and ?

const RUN = /!{3,}|[!?]*(?:\?!|!\?)[!?]*/g;

/** Letters a–z in a folded word (what capitals are counted in). */
function asciiLetters(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

/** `angry`: the draft already has strong words; a run of "!!!" alone is enthusiasm, not shouting. */
function runShouting(text: PreparedText, reportFinding: CheckContext['report'], angry: boolean) {
  const tokens = text.tokens;
  // Without a word in capitals or a "!" or "?" there is nothing to report: no need to look for cheer either.
  if (!tokens.some((t) => t.allCaps) && !text.original.includes('!') && !text.original.includes('?')) return;
  // A cheerful draft that is not angry reports nothing. Asked only before a first report: most drafts have none, and
  // then their words need no look-up (nor the cheer words a set, on the first check).
  let cheerful: boolean | undefined;
  const report = (finding: Report) => {
    cheerful ??= !angry && tokens.some((t) => CHEER.has(t.key));
    if (!cheerful) reportFinding(finding);
    return !cheerful;
  };
  const shouted: Token[] = [];
  // Token index of each shouted word (an indexOf per word made long drafts quadratic).
  const at: number[] = [];
  let reported = 0;
  let capsLetters = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.allCaps) continue;
    capsLetters += asciiLetters(t.norm);
    if (!ACRONYMS.has(t.norm) && !ACRONYMS.has(t.key) && /[a-z]{2,}/.test(t.norm) && !/\d/.test(t.norm)) {
      shouted.push(t);
      at.push(i);
    }
  }
  const voiced = (t: Token | undefined) => t !== undefined && (VOICE.has(t.key) || VOICE.has(t.norm));
  // A whole draft in capitals: shouting when it is angry, exclaims, or speaks in a voice (two voice words);
  // a title, a byline or a heading in capitals has none of these. (All letters are counted only then.)
  const letters = shouted.length >= 3 ? tokens.reduce((sum, t) => sum + asciiLetters(t.norm), 0) : 0;
  if (letters >= 12 && capsLetters / letters > 0.7 && shouted.length >= 3) {
    if (angry || text.original.includes('!') || shouted.filter(voiced).length >= 2) {
      report({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, messageId: 'shouting', subrule: 'shouting', data: { word: '' } });
    }
    return;
  }
  for (let k = 0; k < shouted.length; k++) {
    const t = shouted[k]!;
    const next = shouted[k + 1];
    const after = text.original.slice(t.end, t.end + 3);
    const n = asciiLetters(t.norm);
    const pair = next && next.sentence === t.sentence && at[k + 1] === at[k]! + 1 && Math.max(n, next.norm.length) >= 4;
    // A name, a title or a brand in capitals ("Sophie De SCHAEPDRIJVER", "OPEN!!!") is no raised voice.
    if (!angry && !voiced(t) && !(pair && voiced(next))) continue;
    // Capitals that open a sentence are a heading or a title ("ARCHEOLOGIE Ieper legt…"); inside a sentence they raise the voice.
    const opening = t.sentenceStart || (pair && shouted[k - 1]?.sentenceStart && at[k - 1] === at[k]! - 1);
    if (/^\s?[!]/.test(after) || (!opening && !t.sentenceStart && (pair || n >= 8))) {
      const end = pair ? next!.end : t.end;
      if (!report({ start: t.start, end, messageId: 'shouting', subrule: 'shouting', data: { word: text.original.slice(t.start, end) } })) return;
      reported++;
      if (pair) k++;
    }
  }
  // Every run holds a "!".
  if (!text.original.includes('!')) return;
  RUN.lastIndex = 0;
  for (const m of text.original.matchAll(RUN)) {
    if (m[0].length < 3 || (!angry && reported === 0 && !m[0].includes('?'))) continue;
    if (!report({ start: m.index!, end: m.index! + m[0].length, messageId: 'punctuation', subrule: 'shouting', data: { word: m[0] } })) return;
  }
}
