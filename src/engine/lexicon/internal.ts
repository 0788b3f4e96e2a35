/**
 * Cues for internal or confidential information, in Dutch (Flemish and Netherlands usage) and
 * English. Phrases are matched with PhraseMatcher (folded; `*` = word prefix).
 *
 * Weights: 3 = enough on its own (a confidentiality marker), 2 = a topic that is internal only
 * when something else points that way ("reorganisatie" in a news share is fine), 1 = a weak
 * word that only strengthens another cue ("budget", "vergadering", "volgend jaar").
 */

export type InternalKind =
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

export interface InternalCue {
  kind: InternalKind;
  weight: 1 | 2 | 3;
}

const cue = (kind: InternalKind, weight: 1 | 2 | 3, phrases: readonly string[]) =>
  phrases.map((p) => [p, { kind, weight }] as const);

/** Phrase cues. Structural cues (a marker word before "document", a meeting word before "besliste") live in the check. */
export const INTERNAL_PHRASES: ReadonlyArray<readonly [string, InternalCue]> = [
  ...cue('marker', 3, [
    'strikt vertrouwelijk', 'strictly confidential', 'top secret', 'topgeheim', 'staatsgeheim',
    'niet verder vertellen', 'niet verder zeggen', 'zeg het niet verder', 'zeg dit niet verder', 'zeg niks verder',
    'vertel het niet verder', 'vertel dit niet verder', 'niet doorvertellen', 'niet doorvertellen hoor', 'niet rondvertellen',
    'mag nog niemand weten', 'mag niemand weten', 'mogen nog niemand', 'mag nog niet naar buiten', 'mag niet naar buiten',
    'mag nog niet gezegd', 'mag ik nog niet zeggen', 'mag ik eigenlijk niet zeggen', 'mag eigenlijk niet zeggen',
    'nog niks officieel', 'nog niets officieel', 'nog niet officieel', 'nog niet publiek', 'nog niet bekendgemaakt',
    'nog niet bekend gemaakt', 'nog niet aangekondigd', 'nog geheim', 'blijft onder ons', 'onder ons gezegd',
    'tussen ons gezegd', 'tussen ons gezegd en gezwegen', 'onder embargo', 'under embargo', 'off the record',
    'not official yet', 'not public yet', 'not announced yet', "don't tell anyone", 'dont tell anyone', 'do not tell anyone',
    'keep it quiet', 'keep this quiet', 'keep it under wraps', 'between you and me', 'between us', 'hou het stil',
    'houd het stil', 'hou het voor je', 'houd het voor je', 'voor intern gebruik', 'enkel voor intern', 'enkel intern',
    'alleen intern', 'internal use only', 'for internal use', 'internal only', 'for your eyes only', 'niet voor publicatie',
    'not for publication', 'not for distribution', 'niet voor verspreiding', 'uitgelekt', 'gelekt', 'leaked', 'lekte uit',
    'stilgehouden', 'stil gehouden', 'wordt verzwegen', 'worden verzwegen', 'kept quiet', 'in confidence', 'embargoed',
    'not supposed to share', 'not supposed to tell', 'not telling anyone', 'intern gezegd', 'intern meegedeeld',
    'told us internally', 'hush hush', 'binnenskamers', 'blijft binnenskamers',
  ]),
  ...cue('marker', 2, ['conceptrapport', 'conceptverslag', 'ontwerprapport', 'draft report', 'tussen ons', 'lekt', 'lekken', 'nog niemand', 'niemand weet', 'overheard', 'embargo']),
  ...cue('decision', 3, [
    'er vallen ontslagen', 'vallen er ontslagen', 'ontslagen vallen', 'naakte ontslagen', 'collectief ontslag',
    'banen verdwijnen', 'jobs verdwijnen', 'jobs sneuvelen', 'banen sneuvelen', 'wordt opgedoekt', 'wordt afgebouwd',
    'there will be layoffs', 'will be shut down', 'is shutting down', 'will be closed down',
  ]),
  ...cue('decision', 2, [
    'reorganisatie*', 'reorganiseren', 'herstructurering*', 'herstructureren', 'fusie', 'fusies', 'fusieplan*',
    'fusioneren', 'fusioneert', 'samensmelting', 'merger', 'mergers', 'ontslagen', 'ontslagronde', 'layoff*', 'lay offs',
    'redundancies', 'restructuring', 'reorganization', 'reorganisation', 'downsizing', 'afslanking', 'afslankingsplan',
    'besparingsplan', 'besparingsronde', 'besparingsoperatie', 'overname', 'takeover', 'acquisition', 'opgedoekt',
    'stopgezet', 'sluiting', 'afbouw', 'shut down', 'closing down', 'transformatieplan', 'veranderplan',
    'fuseren', 'fuseert', 'gefuseerd', 'merging', 'will merge', 'geschrapt', 'scrapped', 'being cut', 'wegbezuinigd', 'afgeschaft', 'afschaffen',
  ]),
  ...cue('incident', 2, [
    'incident', 'incidenten', 'calamiteit', 'calamiteiten', 'valincident', 'medicatiefout', 'medicatiefouten',
    'agressie incident', 'agressie incidenten', 'serious incident', 'medication error', 'onderzoek loopt', 'investigation is ongoing', 'near miss',
  ]),
  ...cue('finance', 2, [
    'jaarrekening*', 'jaarcijfers', 'bedrijfsresultaten', 'bedrijfsresultaat', 'financiele resultaten',
    'financial results', 'tekort van', 'begrotingstekort', 'budgettekort', 'deficit', 'verlies van', 'in het rood',
    'rode cijfers', 'failliet', 'faillissement', 'bankrupt', 'bankruptcy', 'loonmassa', 'omzetcijfers', 'winstcijfers',
    'annual accounts', 'budget cuts', 'budgetcuts', 'besparingen van',
  ]),
  ...cue('audit', 2, [
    'inspectieverslag*', 'inspectierapport*', 'verslag van de inspectie', 'rapport van de inspectie', 'auditrapport*',
    'auditverslag*', 'interne audit', 'audit report', 'audit findings', 'inspection report', 'non conformiteit*',
    'tekortkomingen', 'aanmaning van de inspectie', 'klacht tegen', 'complaint against', 'klacht ingediend',
    'klachten ingediend', 'complaint was filed', 'complaint filed', 'complaint has been filed',
  ]),
  ...cue('staff', 2, [
    'tuchtprocedure*', 'tuchtdossier*', 'tuchtmaatregel*', 'disciplinaire', 'disciplinary', 'ontslag van', 'is ontslagen',
    'werd ontslagen', 'wordt ontslagen', 'op staande voet', 'ziekteverzuim', 'verzuim van', 'personeelsdossier*',
    'functioneringsgesprek*', 'evaluatiegesprek*', 'geschorst', 'schorsing', 'got fired', 'was fired', 'being fired',
    'sick leave', 'burn out van', 'burnout van', 'thuis met een burn out', 'niet verlengd', 'not renewed', 'let go',
  ]),
  ...cue('meeting', 2, [
    'directieraad', 'directiecomite', 'directievergadering', 'raad van bestuur', 'bestuursvergadering', 'ondernemingsraad',
    'cpbw', 'personeelsvergadering', 'stafvergadering', 'board meeting', 'management meeting', 'staff meeting',
    'managementteam', 'mt vergadering', 'teamoverleg', 'teamvergadering', 'team meeting',
  ]),
  ...cue('case-file', 2, ['dossiernummer', 'dossiernr', 'zaaknummer', 'case number', 'casenumber', 'referentienummer']),
  ...cue('weak', 1, [
    'budget', 'budgetten', 'begroting', 'cijfers', 'financien', 'besparing*', 'vergadering', 'meeting', 'overleg',
    'directie', 'management', 'bestuur', 'board', 'beslissing', 'beslist', 'besloten', 'decided', 'decision',
    'bespaard', 'besparen', 'collega', 'collegas', "collega's", 'colleague', 'colleagues', 'volgend jaar', 'volgende maand', 'volgende week', 'binnenkort', 'next year', 'next month', 'soon',
    'nog niet', 'not yet', 'draft', 'ontwerp', 'bijlage', 'attached', 'attachment', 'hoorde', 'hoorden', 'gehoord',
    'heard', 'gerucht*', 'rumour*', 'rumor*', 'psst', 'sst', 'ssst', 'gaat van start', 'lancering', 'launch', 'definitief',
    'afdeling', 'jobs', 'banen', 'sluit de deuren', 'sluiten de deuren', 'vernietigend', 'negatief', 'kritisch',
    'damning', 'critical', 'inspectie', 'audit', 'zorginspectie', 'igj', 'inspection', 'shh', 'shhh', 'sssh', 'rvb',
    'hr', 'personeelsdienst', 'politie', 'police', 'onderzoek', 'investigation', 'onderzoekt', 'contracten',
    // A person in care in the sentence makes an incident or a complaint about the service.
    'bewoner', 'bewoonster', 'client', 'clienten', 'patient', 'resident', 'residents', 'ward', 'nachtdienst', 'verzuim',
  ]),
];

/** "ik mag er nog niets over zeggen", "can't say more yet": the verb, then modal + negation before it. */
export const SAY_SECRET_VERBS = new Set(['zeggen', 'vertellen', 'kwijt', 'verklappen', 'lossen', 'say', 'tell', 'reveal', 'disclose', 'share']);
export const MODALS = new Set(['mag', 'mogen', 'mocht', 'mochten', 'kan', 'kunnen', 'allowed', "can't", 'cant', 'cannot', "couldn't", "shouldn't", 'supposed']);
export const DENIALS = new Set(['niets', 'niks', 'niet', 'geen', 'nothing', 'not', "can't", 'cant', 'cannot', "couldn't", "shouldn't"]);
/** "ik kan niet zeggen hoe blij ik ben", "I can't tell you how proud": emphasis, not secrecy. */
export const EMPHASIS_AFTER = new Set(['hoe', 'how', 'genoeg', 'enough', 'wat', 'what', 'much']);
/** Audit words that become internal with a report word in the same sentence ("de inspectie … het verslag"). */
export const AUDIT_WORDS = new Set([
  'inspectie', 'zorginspectie', 'audit', 'igj', 'inspection', 'auditor', 'auditors', 'auditeur', 'auditeurs', 'inspecteur',
  'inspecteurs', 'inspectors', 'inspector', 'visitatie', 'kwaliteitsaudit', 'cqc', 'ofsted',
]);
export const REPORT_WORDS = new Set([
  'verslag', 'rapport', 'report', 'conceptrapport', 'bevindingen', 'findings', 'resultaat', 'resultaten', 'results', 'conclusies', 'conclusions',
  'vond', 'vonden', 'found', 'failed', 'tekorten', 'tekortkomingen', 'gebuisd', 'gezakt', 'onvoldoende', 'shortcomings',
]);

/**
 * "nog niet publiek", "aren't public yet", "wordt pas in juni bekendgemaakt": information whose publication is still
 * to come. A state word with a not-yet before it (see notYetPublic in the check).
 */
export const PUBLIC_STATE = new Set([
  'publiek', 'openbaar', 'bekend', 'bekendgemaakt', 'gedeeld', 'gecommuniceerd', 'aangekondigd', 'gepubliceerd', 'uit',
  'officieel', 'public', 'announced', 'shared', 'published', 'official', 'out', 'released',
]);
export const NOT_YET = new Set(['pas', 'nog', 'yet', 'until']);
export const NOT_WORDS = new Set(['niet', 'niets', 'niks', 'not', "isn't", "aren't", "hasn't", "haven't", "wasn't", 'isnt', 'arent', 'nog', 'pas']);

/** Said of a report or result that is already out: then it is no leak ("het rapport is inmiddels openbaar"). */
export const PUBLISHED_CUES = [
  'is inmiddels openbaar', 'is nu openbaar', 'werd gepubliceerd', 'is gepubliceerd', 'staat online', 'lees het op',
  'lees het via', 'te lezen op', 'op onze website', 'op de website', 'is now public', 'was published', 'has been published',
  'read it on', 'read the full report', 'persbericht', 'press release',
];

/** Words naming a case file or a client number; an identifier after one is a case-file number. */
export const CASE_WORDS = new Set([
  'dossier', 'dossiernummer', 'dossiernr', 'zaak', 'zaaknummer', 'case', 'casus', 'file', 'ref', 'referentie',
  'referentienummer', 'clientnummer', 'clientnr', 'clientennummer', 'patientnummer', 'patientnr', 'cliennummer',
  'klantnummer', 'klantnr', 'bewonersnummer', 'kenmerk', 'reference', 'casenumber',
]);

/** Words that make "vertrouwelijk", "geheim", "intern" a marker when they follow it. */
export const INFO_NOUNS = new Set([
  'info', 'informatie', 'information', 'document', 'documenten', 'documents', 'nota', 'memo', 'verslag', 'rapport',
  'report', 'stuk', 'stukken', 'mail', 'mails', 'email', 'e', 'draft', 'versie', 'version', 'cijfers', 'figures',
  'gegevens', 'data', 'dossier', 'plan', 'plannen', 'plans', 'presentatie', 'presentation', 'bijlage', 'attachment',
  'budget', 'begroting', 'notulen', 'minutes', 'briefing', 'nieuws', 'news', 'project', 'bericht',
]);

/** Words that make "vertrouwelijk" the promise of a helpline rather than a marker ("anoniem en vertrouwelijk"). */
export const CARE_CONTEXT = new Set([
  'hulp', 'help', 'gesprek', 'gesprekken', 'chat', 'chatten', 'anoniem', 'anonymous', 'anonymously', 'praten', 'talk',
  'luisteren', 'luistert', 'listen', 'bellen', 'bel', 'call', 'vertelt', 'vertellen', 'hulpverlener', 'hulpverleners',
  'counselling', 'counseling', 'support', 'behandeld', 'behandelen', 'treated', 'beroepsgeheim', 'privacy', 'veilig',
  'safe', 'gratis', 'free', 'helpline', 'hulplijn', 'lijn', 'line', 'chatbox', 'zelfmoordlijn', 'tele', 'onthaal', 'vragen', 'vraag', 'questions', 'advies', 'advice', 'steun', 'melden', 'meld', 'report',
]);

/** Units that can close ("de afdeling sluit"). */
export const UNITS = new Set([
  'afdeling', 'dienst', 'campus', 'vestiging', 'site', 'locatie', 'leefgroep', 'unit', 'ward', 'department', 'centrum',
  'voorziening', 'woning', 'werking', 'project', 'team', 'filiaal', 'branch', 'kantoor', 'dagcentrum', 'internaat',
  'school', 'kliniek', 'clinic', 'opvang', 'crisisopvang', 'noodopvang', 'nachtopvang', 'huis', 'dagbesteding',
  'woning', 'wooneenheid', 'groep', 'locatie', 'home', 'service',
]);
export const CLOSE_VERBS = new Set(['sluit', 'sluiten', 'closes', 'close', 'closing', 'verdwijnt', 'verdwijnen', 'verhuist', 'stopt', 'stoppen', 'opgeheven', 'opheffen']);

/** Verbs that turn a meeting word into meeting content ("tijdens de stafvergadering vertelde men"). */
export const MEETING_WORDS = new Set([
  'teamoverleg', 'teamvergadering', 'personeelsvergadering', 'stafvergadering', 'directieraad', 'directiecomite',
  'directievergadering', 'bestuursvergadering', 'ondernemingsraad', 'vergadering', 'overleg', 'meeting', 'board',
  'bestuur', 'directie', 'management', 'mt', 'managementteam', 'raad', 'personeelsraad', 'cpbw', 'or',
]);
export const CONTENT_VERBS = new Set([
  'hoorden', 'hoorde', 'gehoord', 'beslist', 'besliste', 'beslisten', 'besloot', 'besloten', 'zei', 'zeiden', 'gezegd',
  'vertelde', 'vertelden', 'verteld', 'meegedeeld', 'aangekondigd', 'kondigde', 'bekendgemaakt', 'besproken',
  'decided', 'decides', 'announced', 'said', 'told', 'heard', 'discussed', 'agreed', 'approved', 'goedgekeurd',
  'keurde', 'stemde', 'voted',
]);

/** "mijn collega zei …": quoting a colleague. */
export const COLLEAGUE_WORDS = new Set([
  'collega', 'collegas', "collega's", 'colleague', 'colleagues', 'coworker', 'coworkers', 'teamgenoot',
  'teamgenote', 'leidinggevende', 'baas', 'boss', 'manager', 'directeur', 'teamleider', 'teamcoach', 'diensthoofd',
]);
export const SAY_VERBS = new Set([
  'zei', 'zegt', 'zeiden', 'zeggen', 'vertelde', 'vertelt', 'vertelden', 'beweerde', 'beweert', 'riep', 'schreef',
  'fluisterde', 'said', 'says', 'told', 'tells', 'claimed', 'claims', 'whispered', 'wrote',
]);

/** Words after which a capitalised name is a project's (code) name. */
export const PROJECT_WORDS = new Set(['project', 'projekt', 'operatie', 'operation', 'traject', 'codenaam', 'codename', 'plan', 'dossier']);
/** Capitalised words after "project" that are not names. */
export const NOT_PROJECT_NAMES = new Set([
  'de', 'het', 'een', 'van', 'in', 'op', 'voor', 'met', 'the', 'a', 'an', 'of', 'for', 'on', 'is', 'was', 'and', 'en',
  'manager', 'leider', 'team', 'lead', 'management', 'plan', 'week', 'dag', 'day', 'update', 'x', 'b', 'a',
]);
