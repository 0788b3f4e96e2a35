/**
 * internal: internal or confidential information (confidentiality markers, leaked decisions,
 * budgets and results, audits, staff matters, meeting content, case files, quoted colleagues,
 * code names, and the organisation's own internal terms and sensitive topics).
 *
 * Cues are weighed and combined within a sentence and its neighbours: a marker ("dit blijft
 * onder ons") warns on its own, a topic ("reorganisatie") only together with another cue, a weak
 * word ("budget", "vergadering") never on its own. The words are language data; this file keeps
 * the weighing and the structural cues (a modal + denial before "zeggen", a unit before "sluit").
 */
import { sentenceRange } from '../identifiers/context';
import { CompiledLanguage, LANGUAGE_DATA, type LanguageFile, type RuleMatch } from '../language';
import { tokenRanges } from '../language/tokens';
import { WordGroup } from '../lazy';
import { perPolicy } from '../per-policy';
import { PhraseMatcher } from '../phrases';
import type { Check, CheckContext } from '../rule';
import type { PreparedText, Token } from '../text';

/** Kinds of cue: the sub-rules, plus `weak` (never reported, only strengthens). */
type InternalKind =
  | 'marker'
  | 'decision'
  | 'finance'
  | 'audit'
  | 'staff'
  | 'meeting'
  | 'case-file'
  | 'colleague-quote'
  | 'code-name'
  | 'incident'
  | 'term'
  | 'topic'
  | 'weak';

interface Hit {
  kind: InternalKind;
  /** 3 = enough on its own, 2 = needs another cue, 1 = only strengthens (see language data `weight`). */
  weight: number;
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
  /** Where or when ("op de groep", "na de zomer"): counts like a weak word, even inside another cue's span. */
  context?: boolean;
}

/**
 * The words are language data (`src/engine/language/{nl,en}/internal.json`): the phrase cues
 * as classes with weighted rules, extended by the rule file's `language.internal`; the word
 * lists the structural cues below read (`lists`) come from the same files.
 */
const FILES: readonly LanguageFile[] = LANGUAGE_DATA.internal ?? [];
/** One group: the per-token scan asks each word about several of these lists in a row. */
const lists = new WordGroup();
// The lists are written folded, as token keys are (internal.test.ts checks it): read as they are, with no fold of
// some 360 words on a first check.
const listWords = (name: string) => FILES.flatMap((f) => f.lists?.[name] ?? []);
const list = (name: string) => lists.add(() => listWords(name));
const AUDIT_WORDS = list('audit-words');
const REPORT_WORDS = list('report-words');
const CASE_WORDS = list('case-words');
/** "client nr 004512", "patient no. 7731": a person in care before a number word is a case reference too. */
const CASE_PERSONS = list('case-persons');
const CLOSE_VERBS = list('close-verbs');
const COLLEAGUE_WORDS = list('colleague-words');
const CONTENT_VERBS = list('content-verbs');
const DENIALS = list('denials');
const EMPHASIS_AFTER = list('emphasis-after');
const MEETING_WORDS = list('meeting-words');
const MODALS = list('modals');
const NOT_PROJECT_NAMES = list('not-project-names');
const NOT_WORDS = list('not-words');
const NOT_YET = list('not-yet');
const PROJECT_WORDS = list('project-words');
const PUBLIC_STATE = list('public-state');
const SAY_SECRET_VERBS = list('say-secret-verbs');
const SAY_VERBS = list('say-verbs');
const MARKER_FORMS = list('marker-forms');
const BEFORE_MARKER = list('before-marker');
const BUDGET_WORDS = list('budget-words');
const SECRET_BEFORE = list('secret-before');
/** Publication words strong enough on their own after a not-yet ("nog niet publiek"); others need a second cue. */
const STRONG_STATE = list('strong-state');
/**
 * The words of the lists that open a cue in collect's scan (its per-token `has` tests, "buiten" aside): a token in
 * none of them can only be a unit before a closing word. A list the scan starts testing must be added here.
 */
const CUE_OPENERS = lists.add(() =>
  ['marker-forms', 'meeting-words', 'colleague-words', 'case-words', 'case-persons', 'public-state', 'say-secret-verbs', 'audit-words', 'budget-words', 'project-words'].flatMap(listWords),
);

/** Both languages in one matcher (internal cues mix freely), with the rule file's additions. */
const language = perPolicy((policy) => CompiledLanguage.of(FILES, policy.language?.internal ?? {}));

/** The class bits the scan reads, looked up by name once per policy rather than once per word. */
const classMasks = perPolicy((policy) => {
  const lang = language(policy);
  return { unit: lang.maskOf('unit'), care: lang.maskOf('care-context'), info: lang.maskOf('info-noun'), published: lang.maskOf('published') };
});

/** Reports of one draft; a long text with many cues should not flood the prompt. */
const MAX_REPORTS = 8;
const THRESHOLD = 3;

const isYear = (y: Token | undefined, t: Token) => !!y && y.sentence === t.sentence && /^20\d\d$/.test(y.norm);
/** Kinds a publication cue ("staat online", "maakte bekend", "announced publicly") cancels: a published report or a decision a board announced is no leak. */
const PUBLISHABLE = new Set<InternalKind>(['audit', 'finance', 'decision', 'incident', 'meeting', 'staff', 'weak']);
const LABEL_AFTER = /^\s*[:\]）)]/;

/** The policy's internal terms and sensitive topics as one matcher. */
const policyMatcher = perPolicy(
  (policy) =>
    new PhraseMatcher<{ kind: InternalKind; weight: number }>([
      ...policy.internalTerms.map((t) => [t, { kind: 'term', weight: 3 }] as const),
      ...policy.sensitiveTopics.map((t) => [t, { kind: 'topic', weight: 2 }] as const),
    ]),
);

const MESSAGES: Record<Exclude<InternalKind, 'weak'>, { nl: string; en: string }> = {
  marker: {
    nl: 'Dit is als vertrouwelijk of nog niet officieel aangeduid. Wat niet verder verteld mag worden, hoort niet op sociale media.',
    en: "This is marked confidential or not yet official. What shouldn't be passed on doesn't belong on social media.",
  },
  decision: {
    nl: 'Dit lijkt een interne beslissing of plan (sluiting, ontslagen, reorganisatie, fusie). Laat de communicatie daarover aan de organisatie.',
    en: 'This looks like an internal decision or plan (closure, layoffs, restructuring, merger). Leave communicating it to the organisation.',
  },
  finance: {
    nl: 'Laat je niet uit over budgetten en bedrijfsresultaten.',
    en: "Don't comment on budgets and financial results.",
  },
  audit: {
    nl: 'Inspecties, audits en klachten zijn interne dossiers. Deel de inhoud niet.',
    en: "Inspections, audits and complaints are internal matters. Don't share their content.",
  },
  staff: {
    nl: 'Personeelszaken (ontslag, tucht, ziekte van collega’s) zijn vertrouwelijk.',
    en: "Staff matters (dismissal, disciplinary action, colleagues' sickness) are confidential.",
  },
  meeting: {
    nl: 'Wat op een interne vergadering gezegd of beslist wordt, blijft intern.',
    en: 'What is said or decided in an internal meeting stays internal.',
  },
  'case-file': {
    nl: 'Geef bij dossiers hoogstens de procedure, nooit de inhoud of het dossiernummer.',
    en: 'For case files, give the procedure at most, never the content or the case number.',
  },
  'colleague-quote': {
    nl: 'Citeer geen collega’s en spreek niet voor een ander.',
    en: "Don't quote colleagues and don't speak for someone else.",
  },
  incident: {
    nl: 'Dit lijkt een incident of calamiteit in jullie werking. Daarover communiceert de organisatie, niet op je eigen account.',
    en: 'This looks like an incident in your service. The organisation communicates about incidents, not your own account.',
  },
  'code-name': {
    nl: '“{name}” klinkt als een interne projectnaam. Werd het project al publiek aangekondigd?',
    en: '“{name}” sounds like an internal project name. Has the project been announced publicly?',
  },
  term: {
    nl: '“{name}” staat in de lijst met interne termen van je organisatie.',
    en: '“{name}” is on your organisation’s list of internal terms.',
  },
  topic: {
    nl: '“{name}” is volgens je organisatie een gevoelig onderwerp. Laat communicatie daarover aan de organisatie.',
    en: 'Your organisation lists “{name}” as a sensitive topic. Leave communicating about it to the organisation.',
  },
};

const check: Check = {
  meta: {
    id: 'internal',
    category: 'internal',
    severity: 'warn',
    description: {
      nl: 'Interne of vertrouwelijke informatie: beslissingen, budgetten, audits, personeelszaken, vergaderingen, dossiers, interne projectnamen.',
      en: 'Internal or confidential information: decisions, budgets, audits, staff matters, meetings, case files, internal project names.',
    },
    subrules: {
      marker: 'warn',
      decision: 'warn',
      finance: 'warn',
      audit: 'warn',
      staff: 'warn',
      meeting: 'warn',
      'case-file': 'warn',
      'colleague-quote': 'warn',
      'code-name': 'warn',
      incident: 'warn',
      term: 'warn',
      topic: 'warn',
    },
    messages: MESSAGES,
    quote: {
      nl: 'Verspreid geen interne informatie. Laat je niet uit over de bedrijfsresultaten.',
      en: "Don't spread internal information. Don't comment on the company's results.",
    },
    examples: {
      fires: [
        'Psst, de nachtdienst wordt afgeschaft. Nog niet officieel hoor, hou het even voor jou!',
        'VERTROUWELIJK: de nieuwe dienstregeling voor het najaar.',
        'Gisteren op de personeelsvergadering werd beslist dat campus Noord in 2026 dichtgaat.',
        'Mijn collega zei dat de directeur er binnenkort mee stopt.',
        'Het inspectieverslag van vorige week was echt niet mals, de directie is in paniek.',
        'We sluiten het jaar af met een tekort van 1,2 miljoen, dus er komen besparingen.',
        'Leaked: the merger with the hospital group will be announced next month.',
        'Internal memo: layoffs planned in the finance department after the restructuring.',
        'Vandaag nog gewerkt aan dossiernummer 2023/4411, wat een verhaal.',
        'Operatie Kievit start in maart, hou het voorlopig nog even stil aub, het is nog geheim.',
        'Dit mag van de directie niet naar buiten, maar de nachtploeg verdwijnt.',
        'Wie kan dossier KV-2025-0113 even nakijken? Het staat nog open.',
        'Het rapport van de auditeurs is nog niet openbaar, maar het is slecht.',
        'Calamiteit vannacht in leefgroep De Wilg: een medicatiefout. Het onderzoek loopt nog.',
      ],
      clean: [
        'Trots op ons team: vandaag opende onze nieuwe ontmoetingsruimte in Mechelen!',
        'Heads-up: our reception is shut on Easter Monday. In a crisis, ring 1813.',
        'Vacature: opvoeder (m/v/x) in ons dagcentrum, halftijds. Reageren kan via jobs@voorbeeld.be',
        'De kerstmarkt bracht €1.420 op voor nieuwe fietsen in het dagcentrum. Merci!',
        'Heb je een vraag? Chat anoniem en vertrouwelijk met een hulpverlener.',
        'Morgen vergadering over de zomerplanning, ik breng koffiekoeken mee.',
        'Interessant artikel over fusies in de zorgsector, een aanrader.',
        'Our new intern started today, welcome Sam!',
        'Ons jaarverslag 2025 staat online: lees het op onze website.',
        'Het inspectierapport over onze kinderopvang is inmiddels openbaar, met veel lof voor het team.',
      ],
    },
  },
  run(ctx) {
    const lang = language(ctx.policy);
    const words = lang.words(ctx.text);
    const hits = collect(ctx, lang, lang.match(ctx.text, words));
    // Dropping overlaps, publication and questions only lower the cues' sums: if even all cues together
    // score no sentence up to the threshold, nothing below can report.
    const highest = sentenceScores(hits);
    if (!hits.some((h) => h.kind !== 'weak' && highest(h.sentence) >= THRESHOLD)) return;
    const { published: publishedBit } = classMasks(ctx.policy);
    let kept = [...dropOverlaps(hits.filter((h) => !h.context), ctx.text.tokens.length), ...hits.filter((h) => h.context)];
    // "het rapport is inmiddels openbaar": what the organisation published is not a leak.
    const published = new Set<number>();
    const questions = new Set<number>();
    for (let k = 0; k < words.length; k++) {
      if (words.bits(k) & publishedBit) published.add(words.sentence(k));
      if (words.question(k)) questions.add(words.sentence(k));
    }
    if (published.size) kept = kept.filter((h) => !PUBLISHABLE.has(h.kind) || !(published.has(h.sentence) || published.has(h.sentence - 1) || published.has(h.sentence + 1)));
    // A question asks about a topic rather than telling it ("Gaat de afdeling dicht?"): a topic counts one less, a weak word
    // not at all; what is enough on its own (a marker, a case number) stays so.
    if (questions.size) kept = kept.flatMap((h) => (!questions.has(h.sentence) || h.weight >= THRESHOLD ? [h] : h.weight < 2 ? [] : [{ ...h, weight: 1 }]));
    const score = sentenceScores(kept);
    let reports = 0;
    for (const h of kept) {
      if (h.kind === 'weak') continue;
      if (reports >= MAX_REPORTS) break;
      if (score(h.sentence) < THRESHOLD) continue;
      const kind = h.kind as Exclude<InternalKind, 'weak'>;
      ctx.report({
        start: h.start,
        end: h.end,
        messageId: kind,
        subrule: kind,
        data: { name: ctx.text.original.slice(h.start, h.end) },
      });
      reports++;
    }
  },
};

/**
 * A cue's score by its sentence: the weights of all cues in it and its neighbours, one more with a weak word
 * there. Per-sentence sums keep the scoring linear however many cues a long text has.
 */
function sentenceScores(hits: readonly Hit[]): (sentence: number) => number {
  const strongSum = new Map<number, number>();
  const weakIn = new Set<number>();
  for (const h of hits) {
    if (h.kind === 'weak') weakIn.add(h.sentence);
    else strongSum.set(h.sentence, (strongSum.get(h.sentence) ?? 0) + h.weight);
  }
  const around = (s: number) => (strongSum.get(s - 1) ?? 0) + (strongSum.get(s) ?? 0) + (strongSum.get(s + 1) ?? 0);
  const weakAround = (s: number) => weakIn.has(s - 1) || weakIn.has(s) || weakIn.has(s + 1);
  return (s) => around(s) + (weakAround(s) ? 1 : 0);
}

/** Whether a word closes a unit in closeVerbAfter ("sluit", "gaat dicht", "wordt gesloten"), ignoring the word before. */
const mayClose = (norm: string) => CLOSE_VERBS.has(norm) || norm === 'dicht' || norm === 'gesloten' || norm === 'closed';

/**
 * Whether each token opens a cue (collect's first scan), kept from check to check and grown to the longest draft
 * yet: a typed array of a draft's length each check cost about half a percent of it.
 */
let opensCueBuffer = new Uint8Array(0);

/** All cues: the language data's phrases, policy terms and the structural patterns. */
function collect(ctx: CheckContext, lang: CompiledLanguage, matches: readonly RuleMatch[]): Hit[] {
  const text = ctx.text;
  const tokens = text.tokens;
  const hits: Hit[] = [];
  const hitAt = (from: number, to: number) => ({ from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end, sentence: tokens[from]!.sentence });
  const add = (kind: InternalKind, weight: number, from: number, to: number) => hits.push({ kind, weight, ...hitAt(from, to) });
  const organisation = ctx.draft.account === 'organisation';
  for (const { from, to, match } of tokenRanges(text, matches)) {
    // "onze afdeling", "na de zomer" make a change the writer's own news; on the organisation's page it is an announcement.
    if (match.rule.id === 'workplace') {
      if (!organisation) hits.push({ ...hitAt(from, to), kind: 'weak', weight: 1, context: true });
      continue;
    }
    // A capitalised cue in mid-sentence is part of a name ("Land Acquisition Committee", "Fusie" the theatre group).
    const t = tokens[from]!;
    if (t.capitalized && !t.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(text.original.slice(t.start, t.end))) continue;
    add(match.subrule as InternalKind, match.rule.weight ?? 3, from, to);
  }
  const masks = classMasks(ctx.policy);
  const inClass = (t: Token | undefined, m: number) => !!t && (lang.classify(t.key) & m) !== 0;
  const ctxWords: Classes = { care: masks.care, info: masks.info, inClass };
  const own = policyMatcher(ctx.policy);
  if (own.size > 0) for (const m of own.findAll(text)) add(m.value.kind, m.value.weight, m.from, m.to);
  // Shushing emoji: a wink that something is not to be passed on. Both share their first UTF-16 unit, a quick
  // test that spares most drafts the Unicode search.
  const at = text.original.includes('\uD83E') ? text.original.search(/[\u{1F92B}\u{1F910}]/u) : -1;
  if (at >= 0) {
    const i = Math.min(tokenIndexAtOriginal(tokens, at), tokens.length - 1);
    if (i >= 0) hits.push({ kind: 'weak', weight: 1, from: i, to: i + 1, start: at, end: at + 2, sentence: tokens[i]!.sentence });
  }
  const closure = (i: number) => {
    const j = closeVerbAfter(text, i);
    if (j > 0) add('decision', 2, i, j + 1);
  };
  // Most tokens open no cue, and a unit closes only with a closing word in its sentence: one word-list look-up per
  // token finds both, so the rest of the tokens need neither the lists below nor the unit's class look-up.
  if (opensCueBuffer.length < tokens.length) opensCueBuffer = new Uint8Array(Math.max(tokens.length, opensCueBuffer.length * 2));
  const opensCue = opensCueBuffer;
  const closing = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    opensCue[i] = CUE_OPENERS.has(n) || n === 'buiten' ? 1 : 0;
    if (mayClose(n)) closing.add(tokens[i]!.sentence);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const n = t.norm;
    if (!opensCue[i]) {
      if (closing.has(t.sentence) && inClass(t, masks.unit)) closure(i);
      continue;
    }
    if (MARKER_FORMS.has(n) && isMarker(text, i, ctxWords)) add('marker', 3, i, i + 1);
    else if (inClass(t, masks.unit)) closure(i);
    else if (MEETING_WORDS.has(n)) {
      const j = findAfter(tokens, i, 6, (x) => CONTENT_VERBS.has(x.norm));
      // From the organisation's own page a decision is an announcement, not a leak.
      if (j > 0) add('meeting', organisation ? 2 : 3, i, j + 1);
    } else if (COLLEAGUE_WORDS.has(n)) {
      // "als ik die teamcoach nog eens hoor zeggen": hearing someone say, not quoting them.
      const j = findAfter(tokens, i, 5, (x) => SAY_VERBS.has(x.norm));
      if (j > 0 && /^(?:hoor|horen|hoort|hear)$/.test(tokens[j - 1]!.norm)) continue;
      if (j > 0) add('colleague-quote', reportedSpeech(text, j) ? 3 : 2, i, j + 1);
      else if (i > 0 && (tokens[i - 1]!.norm === 'volgens' || tokens[i - 2]?.norm === 'volgens') && tokens[i - 1]!.sentence === t.sentence)
        add('colleague-quote', 2, tokens[i - 1]!.norm === 'volgens' ? i - 1 : i - 2, i + 1);
    } else if (CASE_WORDS.has(n) || (CASE_PERSONS.has(n) && ['nr', 'nummer', 'number', 'no', 'id'].includes(tokens[i + 1]?.norm ?? ''))) {
      const j = caseNumberAfter(text, i);
      if (j > 0) add('case-file', 3, i, j + 1);
    }
    if (PUBLIC_STATE.has(n)) {
      const j = notYetStart(tokens, i);
      const yet = tokens[i + 1]?.norm === 'yet' && tokens[i + 1]!.sentence === t.sentence;
      if (j >= 0) add('marker', STRONG_STATE.has(n) ? 3 : 2, j, yet ? i + 2 : i + 1);
    }
    // "mag (van de directie) (nog) niet naar buiten": leaving the house is the secret.
    if (n === 'buiten' && tokens[i - 1]?.norm === 'naar') {
      const j = secrecyFrame(tokens, i - 1);
      if (j >= 0) add('marker', 3, j, i + 1);
    }
    if (SAY_SECRET_VERBS.has(n)) {
      const j = secrecyStart(tokens, i);
      if (j >= 0) add('marker', 3, j, i + 1);
    }
    if (AUDIT_WORDS.has(n)) {
      const { from, to } = sentenceRange(text, i);
      for (let k = from; k < to; k++)
        if (k !== i && REPORT_WORDS.has(tokens[k]!.norm)) {
          add('audit', 2, Math.min(i, k), Math.max(i, k) + 1);
          break;
        }
    }
    // "begroting 2026", "the 2028 budget": a specific year's budget is not public yet.
    if (BUDGET_WORDS.has(n)) {
      // "begroting 2026", "begroting voor 2027", "the 2028 budget".
      const after = isYear(tokens[i + 1], t) ? i + 1 : ['voor', 'van', 'for'].includes(tokens[i + 1]?.norm ?? '') && isYear(tokens[i + 2], t) ? i + 2 : -1;
      const before = isYear(tokens[i - 1], t);
      if (after > 0 || before) add('finance', 2, before ? i - 1 : i, after > 0 ? after + 1 : i + 1);
    }
    if (PROJECT_WORDS.has(n) && n !== 'dossier') {
      const name = tokens[i + 1];
      if (name && isProjectName(text, t, name)) add('code-name', n === 'codenaam' || n === 'codename' ? 3 : 2, i, i + 2);
    }
  }
  return hits;
}

/** Word classes isMarker reads: care context and information nouns. */
interface Classes {
  care: number;
  info: number;
  inClass: (t: Token | undefined, mask: number) => boolean;
}

/** "vertrouwelijk"/"confidential"/"intern"/"geheim" used as a label on information, not as a helpline's promise. */
function isMarker(text: PreparedText, i: number, c: Classes): boolean {
  const tokens = text.tokens;
  const t = tokens[i]!;
  const { from, to } = sentenceRange(text, i);
  for (let k = from; k < to; k++) if (c.inClass(tokens[k], c.care)) return false;
  const next = tokens[i + 1];
  const nextSame = next && next.sentence === t.sentence;
  const secretLike = t.norm.startsWith('geheim') || t.norm === 'secret';
  const internLike = t.norm.startsWith('intern');
  // "VERTROUWELIJK", "CONFIDENTIAL" (not "INTERN": an English intern shouts too).
  if (t.allCaps && t.norm.length >= 6 && !internLike) return true;
  if (LABEL_AFTER.test(text.folded.slice(t.nEnd, t.nEnd + 3)) || /[[(（]\s*$/.test(text.folded.slice(Math.max(0, t.nStart - 2), t.nStart)))
    return true;
  if (nextSame && (c.inClass(next, c.info) || (tokens[i + 2]?.sentence === t.sentence && c.inClass(tokens[i + 2], c.info) && next.norm.length > 3)))
    return !(secretLike && next.norm === 'van');
  if (internLike) return false;
  const prev = tokens[i - 1];
  // "is vertrouwelijk", "blijft vertrouwelijk"; a secret needs more ("is nog geheim"), since "het recept is geheim".
  if (prev && prev.sentence === t.sentence && (secretLike ? SECRET_BEFORE.has(prev.norm) : BEFORE_MARKER.has(prev.norm))) return true;
  if (!secretLike && t.sentenceStart && (!nextSame || /^\s*[-–—!]/.test(text.folded.slice(t.nEnd, t.nEnd + 3)))) return true;
  return false;
}

/** Index of a closing verb within 5 tokens after a unit ("de vestiging van Tienen stopt"), or -1. */
function closeVerbAfter(text: PreparedText, i: number): number {
  const tokens = text.tokens;
  for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
    const x = tokens[k]!;
    if (x.sentence !== tokens[i]!.sentence) return -1;
    const prev = tokens[k - 1]!.norm;
    const hit =
      CLOSE_VERBS.has(x.norm) ||
      (x.norm === 'dicht' && (prev === 'gaat' || prev === 'gaan' || prev === 'moet')) ||
      ((x.norm === 'gesloten' || x.norm === 'closed') && (prev === 'wordt' || prev === 'worden' || prev === 'be'));
    if (!hit) continue;
    // Opening hours, not a closure: "sluit om 17 uur", "closes at 5".
    const after = tokens[k + 1];
    if (after && (after.norm === 'om' || after.norm === 'at' || after.norm === 'tussen' || after.numeric)) return -1;
    return k;
  }
  return -1;
}

/**
 * A case or client number after a case word: "dossier 2024/123", "dossiernummer: 88-1234", "cliëntnr. 123456",
 * "dossiernummer AB-2024-0042", "ref. 2023/OCMW/1234". Returns the identifier's last token, or -1.
 */
function caseNumberAfter(text: PreparedText, i: number): number {
  const tokens = text.tokens;
  let k = i + 1;
  if (tokens[k] && ['nr', 'nummer', 'number', 'no', 'id'].includes(tokens[k]!.norm)) k++;
  const first = tokens[k];
  // Not the sentence: "ref." and "nr." end one for the tokenizer.
  if (!first || !/^[\s.:#]{0,3}$/.test(text.folded.slice(tokens[k - 1]!.nEnd, first.nStart))) return -1;
  // The identifier: letter and digit groups joined by "-", "/" or "." without spaces.
  let end = k;
  let digits = first.norm.replace(/\D/g, '').length;
  let groups = 1;
  while (end + 1 < tokens.length && /^[/\-.]$/.test(text.folded.slice(tokens[end]!.nEnd, tokens[end + 1]!.nStart)) && /^[a-z0-9]{1,8}$/.test(tokens[end + 1]!.norm)) {
    end++;
    groups++;
    digits += tokens[end]!.norm.replace(/\D/g, '').length;
  }
  if (digits === 0) return -1;
  // A bare year ("dossier 2024 afgerond") is not a case number; "2024/123", "AB-2024-0042" or a long number is.
  if (groups > 1 && digits >= 4) return end;
  if (!first.numeric) return /\d/.test(first.norm) && /[a-z]/.test(first.norm) && first.norm.length >= 5 ? end : -1;
  if (first.norm.length >= 5) return end;
  if (!['dossier', 'case', 'file', 'zaak'].includes(tokens[i]!.norm) && first.norm.length >= 3) return end;
  return -1;
}

/** Start of "nog niet publiek", "aren't public yet", "komt pas in juni uit" ending at state word `i`, or -1. */
function notYetStart(tokens: readonly Token[], i: number): number {
  const s = tokens[i]!.sentence;
  let not = -1;
  let yet = -1;
  for (let k = i - 1; k >= Math.max(0, i - 6) && tokens[k]!.sentence === s; k--) {
    const n = tokens[k]!.norm;
    if (NOT_YET.has(n) && yet < 0) yet = k;
    if ((NOT_WORDS.has(n) || /n['’]t$/.test(n)) && not < 0) not = k;
  }
  const yetAfter = tokens[i + 1]?.sentence === s && tokens[i + 1]!.norm === 'yet';
  if (yetAfter && not >= 0) return not;
  if (yet < 0 || not < 0) return -1;
  // "pas ... uit" without a negation is enough: "komt pas in juni uit"; "nog" needs one ("nog niet publiek").
  if (tokens[yet]!.norm === 'pas' || tokens[yet]!.norm === 'until' || yet !== not) return Math.min(yet, not);
  return -1;
}

/** Start of "mag (van de directie) (eigenlijk) niet" before "naar buiten" at `i`, or -1. */
function secrecyFrame(tokens: readonly Token[], i: number): number {
  return modalDenialBefore(tokens, i, 8);
}

/** Start of a modal + denial ("mag … niet", "can't") within `window` words before token `i` in its sentence, or -1. */
function modalDenialBefore(tokens: readonly Token[], i: number, window: number): number {
  let modal = -1;
  let denial = -1;
  for (let k = i - 1; k >= Math.max(0, i - window) && tokens[k]!.sentence === tokens[i]!.sentence; k--) {
    if (modal < 0 && MODALS.has(tokens[k]!.norm)) modal = k;
    if (denial < 0 && DENIALS.has(tokens[k]!.norm)) denial = k;
  }
  return modal >= 0 && denial >= 0 ? Math.min(modal, denial) : -1;
}

/** "zei dat", "said that", "zei: …", "told me “…”". */
function reportedSpeech(text: PreparedText, j: number): boolean {
  const tokens = text.tokens;
  const t = tokens[j]!;
  if (/^\s*[:"“'‘]/.test(text.folded.slice(t.nEnd, t.nEnd + 3))) return true;
  for (let k = j + 1; k < Math.min(tokens.length, j + 4); k++) {
    const n = tokens[k]!.norm;
    if (n === 'dat' || n === 'that' || n === 'het' && tokens[k + 1]?.norm === 'volgende') return true;
  }
  return false;
}

/** "Project Zwaluw", 'operatie "Kievit"': a capitalised name right after the project word. */
function isProjectName(text: PreparedText, word: Token, name: Token): boolean {
  if (name.sentence !== word.sentence || !name.capitalized || name.allCaps && name.norm.length < 3) return false;
  if (!/^\p{L}{3,}$/u.test(name.norm) || NOT_PROJECT_NAMES.has(name.norm)) return false;
  return /^\s?["“'‘]?$/.test(text.folded.slice(word.nEnd, name.nStart));
}

/** Start of "mag er nog niets over zeggen" / "can't say more" ending at the verb `i`, or -1. */
function secrecyStart(tokens: readonly Token[], i: number): number {
  const after = tokens[i + 1];
  if (after && after.sentence === tokens[i]!.sentence && EMPHASIS_AFTER.has(after.norm)) return -1;
  const from = modalDenialBefore(tokens, i, 7);
  // "kan" + "niet" alone is too common ("dat kan ik niet zeggen, denk ik"); ask for "nog"/"eigenlijk"/"yet"/"more".
  if (from < 0) return -1;
  for (let k = from; k <= Math.min(tokens.length - 1, i + 2); k++) {
    const n = tokens[k]!.norm;
    if (n === 'nog' || n === 'eigenlijk' || n === 'yet' || n === 'more' || n === 'officieel' || n === 'officially' || n === 'publiek' || n === 'anything' || n === 'details') return from;
  }
  return -1;
}

function findAfter(tokens: readonly Token[], i: number, window: number, test: (t: Token) => boolean): number {
  const s = tokens[i]!.sentence;
  for (let k = i + 1; k < Math.min(tokens.length, i + 1 + window); k++) {
    if (tokens[k]!.sentence !== s) return -1;
    if (test(tokens[k]!)) return k;
  }
  return -1;
}

function tokenIndexAtOriginal(tokens: readonly Token[], offset: number): number {
  let idx = -1;
  for (let k = 0; k < tokens.length && tokens[k]!.start <= offset; k++) idx = k;
  return idx < 0 ? 0 : idx;
}

/** Overlapping cues count once, with the strongest weight (weak words inside a phrase do not add up). */
function dropOverlaps(hits: Hit[], tokenCount: number): Hit[] {
  hits.sort((a, b) => b.weight - a.weight || (a.kind === 'weak' ? 1 : 0) - (b.kind === 'weak' ? 1 : 0) || a.from - b.from);
  const covered = new Uint8Array(tokenCount + 1);
  const kept: Hit[] = [];
  for (const h of hits) {
    let free = true;
    for (let k = h.from; k < h.to && free; k++) free = covered[k] === 0;
    if (!free) continue;
    for (let k = h.from; k < h.to; k++) covered[k] = 1;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export default check;
