/**
 * Phrases for the disclaimer check. Folded like drafts (case, diacritics); `*` = word prefix.
 */

/** Built-in equivalents of "this is my own opinion"; any one satisfies the requirement. */
export const DISCLAIMER_PHRASES: readonly string[] = [
  'mening is de mijne', 'meningen zijn de mijne', 'mijn eigen mening', 'mijn persoonlijke mening', 'persoonlijke mening',
  'eigen mening', 'eigenmening', 'op persoonlijke titel', 'spreek op persoonlijke titel', 'in eigen naam', 'uit eigen naam',
  'in mijn eigen naam', 'niet namens mijn werkgever', 'niet namens de organisatie', 'niet namens mijn organisatie',
  'niet noodzakelijk die van mijn werkgever', 'spreek voor mezelf', 'spreek enkel voor mezelf', 'standpunten zijn de mijne',
  'opinions are my own', 'opinions my own', 'opinionsmyown', 'views are my own', 'views my own', 'viewsmyown',
  'my own views', 'my own opinion', 'my own opinions', 'personal opinion', 'personal views', 'all opinions mine',
  'opinions mine', 'views mine', 'not on behalf of my employer', 'not on behalf of', 'speaking for myself',
  'do not represent my employer', "don't represent my employer", 'does not reflect the views of my employer',
  'not the views of my employer', 'tweets are my own', 'posts are my own', 'tweets zijn de mijne', 'berichten zijn de mijne',
];

/** The post speaks about the author's work or employer. */
export const WORK_PHRASES: readonly string[] = [
  'mijn werk', 'mijn job', 'mijn werkgever', 'mijn baas', 'mijn collega*', 'mijn team', 'mijn afdeling', 'mijn dienst',
  'op het werk', 'op mijn werk', 'op de werkvloer', 'op het werkveld', 'waar ik werk', 'ik werk bij', 'ik werk in',
  'ik werk voor', 'ik werk als', 'onze organisatie', 'onze vzw', 'onze stichting', 'onze voorziening', 'onze werking',
  'onze dienst', 'onze afdeling', 'ons team', 'ons huis', 'onze bewoners', 'onze clienten', 'onze cliënten',
  'onze jongeren', 'onze patienten', 'onze patiënten', 'onze deelnemers', 'onze leefgroep', 'bij ons in de voorziening',
  'bij ons op de afdeling', 'bij ons in het centrum', 'bij ons in huis', 'mijn werkplek', 'mijn collega',
  'my employer', 'my job', 'my work', 'my team', 'my team at', 'my colleagues', 'my workplace', 'my boss', 'at work',
  'at my work', 'at my job', 'our organisation', 'our organization', 'our team', 'our clients', 'our residents',
  'our patients', 'our service', 'where i work', 'i work at', 'i work for', 'i work in', 'we at',
];
