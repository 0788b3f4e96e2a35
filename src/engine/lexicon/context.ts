/**
 * Context words that turn a name into a client's or a child's name. Phrases in PhraseMatcher
 * syntax (folded like drafts; `*` ends a prefix word). The project's own lists.
 */

/** How a care word relates a name to care. */
export type CareKind = 'person' | 'setting' | 'health';

/** Words for a person in care. */
const CARE_PERSONS = `
  client clienten cliente clientes clients bewoner bewoners bewoonster bewoonsters
  patient patienten patiente patients deelnemer deelnemers deelneemster hulpvrager hulpvragers
  zorgvrager zorgvragers zorggebruiker zorggebruikers jongere jongeren
  pleegkind pleegkinderen pleegzoon pleegdochter pleegjongere pleegjongeren begeleide begeleiden
  resident residents service_user service_users young_person young_people care_leaver
  foster_child foster_children foster_kid foster_daughter foster_son foster_kids mentee
`;

/** Places and forms of care. */
const CARE_SETTINGS = `
  leefgroep* woongroep* begeleid_wonen beschermd_wonen crisisopvang noodopvang opvangcentrum
  opvanghuis kinderopvang jeugdzorg jeugdhulp pleegzorg pleeggezin* pleegouder* voorziening
  instelling internaat woonzorgcentrum* wzc rusthuis* verzorgingshuis verpleeghuis* zorgboerderij
  dagcentrum dagbesteding dagopvang nachtopvang daklozenopvang inloophuis thuisbegeleiding woonbegeleiding zorgcentrum* zorginstelling
  bij_ons_in in_onze_zorg onze_zorg in_ons_huis op_de_afdeling onze_afdeling in_begeleiding
  jeugdzorg* ggz* beschut_wonen woonvorm* zorgwoning* ons_atelier het_atelier onze_ateliers
  care_home nursing_home group_home residential_care foster_care youth_care in_our_care
  our_care our_service our_home our_shelter our_ward the_ward residential_unit residential_home
  supported_living supported_housing children's_home childrens_home childrens_home care_unit
`;

/** Health and support words: a named person with a diagnosis is a patient. */
const CARE_HEALTH = `
  diagnose diagnoses gediagnosticeerd begeleiding behandeling therapie medicatie
  gehospitaliseerd hospitalisatie revalidatie autisme autistisch adhd dementie dement alzheimer
  beperking psychose depressie epilepsie verslaving zorgplan handelingsplan dossier
  diagnosis diagnosed autism autistic dementia disability therapy treatment medication
  admitted admission care_plan support_plan caseload
`;

/** Child and youth words. Exact words: "kinderwagen" is not about a child. */
const CHILD_WORDS = `
  kind kinderen kindje kindjes kinders kids kid child children baby babys babies peuter peuters
  kleuter kleuters tiener tieners puber pubers teen teens teenager teenagers toddler toddlers
  meisje meisjes meiske jongetje jongetjes leerling leerlingen scholier scholieren pupil pupils
  zoon zoontje dochter dochtertje son daughter kleinzoon kleindochter grandson granddaughter
  minderjarige minderjarigen jongere jongeren pleegkind pleegkinderen pleegzoon pleegdochter
  schoolkind schoolkinderen little_girl little_boy young_person young_people ons_kleintje
  kleintje
`;

function entries<T>(words: string, value: T): Array<[string, T]> {
  return words
    .trim()
    .split(/\s+/)
    .map((w) => [w.replace(/_/g, ' '), value]);
}

/** Care words with their kind. */
export function careWordEntries(): Array<[string, CareKind]> {
  return [
    ...entries(CARE_PERSONS, 'person' as const),
    ...entries(CARE_SETTINGS, 'setting' as const),
    ...entries(CARE_HEALTH, 'health' as const),
  ];
}

/** Child and youth words. */
export function childWordEntries(): Array<[string, 'child']> {
  return entries(CHILD_WORDS, 'child' as const);
}

/** Words that tell a birth date from any other date ("geboren op", "°", "born on"). */
export const BIRTH_CUES = /(?:geboren|geb\.|geboortedatum|°|born|date of birth|dob|birthday|verjaardag|jarig)\W*(?:op|on|in)?\W*$/;
