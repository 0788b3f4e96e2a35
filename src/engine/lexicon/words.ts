/**
 * Hand-made word lists (the project's own) for the entity recognisers. All entries are folded:
 * lower case, no diacritics. Kept short on purpose: they carry the cues, the name lists carry
 * the bulk.
 */
import { WordGroup } from '../lazy';

/**
 * The lists as sets of one group, split on the first look-up (not when the content script loads): the recognisers
 * ask each word of a draft about several lists in a row, and the group answers those with one look-up.
 */
const group = new WordGroup();
const set = (words: string) => group.add(() => words.trim().split(/\s+/));

/** The bits (each list's `bit`) of the lists below that hold `word`: one look-up for a word asked of several lists. */
export const listsHolding = (word: string): number => group.maskOf(word);

/**
 * Entries of the name lists that are ordinary Dutch or English words. Capitalised at the start
 * of a sentence they are words ("Ben je er?", "Door de regen…"), so they need more evidence.
 */
export const AMBIGUOUS_NAMES = set(`
  de van het een en in op te ten ter den der du le la el al da di dos del
  ben bent doe door alleen mag ken kan wil morgen elke bel per val lieve dode missie lot kat adem kip
  storm job marine fan winter zomer lente herfst min nat helder pen roze mei juni juli glad star dag
  er ons toch man snel jongen pas bellen boven klein persoon mens pardon winnen he delen dom derde
  vliegen ma brand cool hoeven bal rennen tas voeten kennis bos voet boom vieren wens bouwen top
  bloemen arts engels boel post steen prins broers vrijdag west lieten bergen pot gunst vogels haven
  proost fort frans bril pop constant merken rommel triest knop lust massa boeren kok das nagels
  troost bloem put pil pan menu banken slangen stoelen lijnen mol glorie koppen steel zoons baron
  bijl zoete room bol kerkhof oost schenk sap noten lam bisschop portier plas appels poot ballet
  loos dekens brits neven winters beken mans enkels meesters boden lens rits lava terras trio cap
  goor lama hens ros roes huls lux peel bekers bakker visser zwart
  can will said lot guy else may hope happy lucky free line em aren honey floor lovely joke carry
  honor nine bird faith lies mommy heaven bell page fancy joy mercy bride candy destiny row doll
  deny glory charity tuesday shell lion patience blessing august sky summer prince dawn sunny
  sunshine april june art angel rich gay god jesus christus allah heer
  baby brain chance chase christ dies diamond flip forest general german golden green haven judge
  justice kick king loyal maan major miracle name noble oma pink precious princess queen royal santa
  sister stone toy trace unique beer boer feest groen hand hills koning lang nader schoen marks
  little price rice grant ford
`);

/** Places that also occur as names or look like them; capitalised they are never a person. */
export const PLACES = set(`
  belgie vlaanderen wallonie brussel nederland holland europa duitsland frankrijk engeland
  antwerpen gent brugge kortrijk leuven mechelen hasselt genk aalst oostende roeselare sint
  turnhout lier geel mol herentals dendermonde lokeren ninove ieper waregem menen tielt torhout
  knokke blankenberge diksmuide poperinge tienen diest aarschot vilvoorde halle zaventem
  tongeren bilzen lommel maasmechelen beringen houthalen oudenaarde ronse eeklo deinze zele
  temse beveren boom kontich mortsel schoten brasschaat kapellen wilrijk berchem deurne
  heist dilbeek asse zottegem geraardsbergen wetteren merelbeke destelbergen harelbeke
  wevelgem izegem zwevegem panne haan pinte klinge
  amsterdam rotterdam utrecht eindhoven groningen tilburg almere breda nijmegen arnhem haarlem
  enschede apeldoorn zwolle leiden maastricht dordrecht zoetermeer delft deventer venlo
  leeuwarden alkmaar helmond hilversum amersfoort zaandam ede emmen hengelo heerlen
  roosendaal oss zeeland limburg brabant friesland drenthe gelderland overijssel
  haag den luik namen bergen charleroi doornik aarlen liege namur mons
  london londen paris parijs berlin berlijn madrid rome new york america cleveland lincoln
  marokko turkije syrie congo afrika amerika azie israel georgia vermont florida virginia carolina
  sydney adelaide victoria dallas austin phoenix orlando houston denver hong kong lima
  santiago jordan chad kenia kenya sierra
`);

/** Words for months and days: capitalised in English, never names here. */
export const CALENDAR = set(`
  januari februari maart april mei juni juli augustus september oktober november december
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  january february march may june july august october
  monday tuesday wednesday thursday friday saturday sunday
  kerstmis kerst pasen pinksteren christmas easter
`);

/** Courtesy and family titles before a name ("Mevrouw Verhaegen", "juf Sofie", "Mr Smith"). */
export const TITLES = set(`
  mevrouw mevr mw mevrouwtje meneer mijnheer menier dhr heer madame monsieur juffrouw
  zuster zr broeder pater mr mrs ms miss mister sir madam
  oma opa meme pepe bomma bompa moemoe vava tante nonkel oom tantetje
`);

/**
 * Roles of public figures and professionals: a name after one is not a client
 * ("Minister Vanhoutte opende onze nieuwe dagbesteding").
 */
export const PUBLIC_ROLES = set(`
  minister burgemeester schepen gouverneur premier staatssecretaris president voorzitter
  koning koningin prins prinses paus kardinaal bisschop senator kamerlid volksvertegenwoordiger
  gedeputeerde commissaris ambassadeur professor prof dokter dr directeur directrice ceo
  schrijver schrijfster auteur zanger zangeres artiest coach trainer
  mayor governor king queen pope councillor councilman alderman senator mp minister author
  singer doctor
  collega begeleider begeleidster opvoeder opvoedster verpleegkundige verpleger zorgkundige
  vrijwilliger stagiair stagiaire teamleider coordinator leerkracht juf meester
  colleague nurse volunteer manager teacher worker carer caregiver keyworker
  collega's collegas begeleiders opvoeders verpleegkundigen zorgkundigen vrijwilligers stagiairs
  leerkrachten medewerker medewerkers medewerkster directeurs
  colleagues nurses volunteers managers teachers staff
  bakker bakkerin slager kapper kapster apotheker apothekeres kinesist kinesiste huisarts tandarts postbode
  chauffeur buschauffeur loodgieter tuinman chef-kok fotograaf muzikant goochelaar clown logopedist
  logopediste ergotherapeut psycholoog psychologe werker
  baker butcher hairdresser barber pharmacist gp dentist postman driver plumber gardener cook chef
  photographer musician magician therapist psychologist
`);

/** Words placed between a first name and a surname, lower case in Dutch. */
export const TUSSENVOEGSELS = set(`
  van de der den het t ter ten te vande vanden vander von du le la di da del della dos das el al ben bin
`);

/** Nouns naming an institution or group: a capitalised name after one is the group's name. */
export const INSTITUTIONS = set(`
  leefgroep leefgroepen woongroep afdeling vzw wzc woonzorgcentrum centrum dienst huis huize
  school basisschool kleuterschool college project werking voorziening instelling team groep
  residentie campus cafe restaurant zaal park straat plein laan wijk kliniek ziekenhuis
  ziekenhuizen vereniging club organisatie stichting fonds krant bibliotheek kerk parochie
  jeugdbeweging chiro scouts ksa kvlv kwb organisation foundation hospital unit ward house
`);

/** Possessives of the Flemish "ons Sjon / onze Mohamed" way of speaking about a resident. */
export const ONS = set('ons onze');

/**
 * Family words: a name after "mijn zoon" is the writer's family, not a client.
 * The child ones double as child words for the minor check.
 */
export const FAMILY = set(`
  zoon zoontje dochter dochtertje man vrouw echtgenoot echtgenote partner vriend vriendin
  mama papa moeder vader mams paps broer broertje zus zusje zuster neef nicht neefje nichtje
  kleinzoon kleindochter kleinkind oma opa grootmoeder grootvader schoonmoeder schoonvader
  zonen dochters broers zussen sons daughters brothers sisters
  son daughter husband wife mum mom dad father mother brother sister nephew niece grandson
  granddaughter grandma grandpa boyfriend girlfriend
`);

/**
 * Words that open a sentence or greet someone, capitalised for grammar only:
 * "Maar Herman zei", "Dag Yvonne", "Thanks Emily".
 */
export const OPENERS = set(`
  dat maar bij en of want toen als ook nu dan daarna volgens voor met na in op aan zo wat wie waar
  hoe dit deze die het een ik we wij hij zij ze je jij u er daar hier vandaag gisteren morgen
  straks eindelijk gelukkig helaas jammer samen zelfs alleen nog niet geen mijn onze ons zijn haar
  hun uw hallo hoi hey dag dank bedankt merci proficiat gefeliciteerd welkom beste lieve liefste
  dikke zalig super wauw wow kijk zie toch ja nee neen oei amai allee awel
  the a an and but or so if when then now today yesterday tonight with for from at on in to by of
  our my his her their your we i you he she they it this that these those thanks thank congrats
  congratulations welcome dear hi hello hey happy meet say also just even still finally sadly
`);

/**
 * Given names common among people born 1920–1960 in Flanders and the Netherlands: today's
 * care-home residents. The Statbel lists are of recent births and lack most of them.
 */
export const OLDER_FIRST_NAMES = set(`
  henk joop ria eddy etienne bep hennie truida harrie ruud gerrie toos jopie henny betsie hetty dini corrie
  rietje jaap geertruida lenie jeannine micheline chantal ingrid carine annemie godfried eugeen
  georgette godelieve frieda jozef gustaaf willy marcel lucien germaine simonne paula yvonne
  denise jules andre albert gaston roger rene raymond gilbert gilberte urbain omer achiel achille
  cyriel remi honore hilaire gerard gerarda jeanne josephine josee maria mariette marietta
  mariette leontine leon leonie celine alice irma elza elsa bertha martha margriet margareta
  gerda hilda hilde agnes agnete emiel emile florent florentina camiel camille theofiel theo
  prosper petrus pieter piet jan jef jos jeroom hendrik henri henriette rosa rosalie rachel
  lisette liliane lydia ludovica magda madeleine mathilde monique nelly nicole odette odiel
  octaaf oscar palmyre paulette raf raphael renaat richard robert roza suzanne
  simone sidonie stefaan stephanie theresia therese trees tuur valere victor victorine walter
  wilfried willem wim yolande zulma frans francois fernand fernande fien georges gerrit greet
  germain ghislain ghislaine gisele gustaaf guido herman hubert huguette irene jacqueline
  jacques jozefa julien juliette julienne laurent lea leopold lodewijk louis lucienne lutgart
  lutgarde marcella marcelle marguerite marijke marthe maurice michel michele mia nora norbert
  noella noel octavie pierre pol raoul regina reinhilde rik rita roland rudi rudolf
  alfons alfred aloysius amedee anna annie antoine antoon armand arthur augusta auguste
  benoit bernadette bert berta bruno carolus cecile charel charles christiane clement
  clementine constant cornelis delphine desire dirk dolf edmond edouard elisabeth eugene
  eugenie evarist felix ferdinand florimond gaby gustave hector hortense ivo joris jozef
  kamiel karel kees klaas koen cor corry dina gerrit geertje grietje hendrika jannie jansje
  johanna marinus mien riet rie sjaak teun truus wout aagje
`);

/**
 * Capitalised words that start sentences and are never names, beyond OPENERS: pronouns, quantifiers
 * and other words that can be the subject of a speech verb ("Iedereen zegt", "Niemand weet", "Everybody says").
 */
export const NOT_NAMES = set(`
  iedereen niemand men iemand velen sommigen anderen allen beiden wie elk elke ieder iets niets alles
  veel weinig meer minder meeste enkelen anderen experts critici kenners insiders waarnemers bronnen
  everyone everybody nobody someone somebody many some others all both each experts critics sources
  hij zij ze wij we jullie ik u het dat dit die deze dat
`);
