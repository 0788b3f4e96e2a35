/**
 * Word lists for the `emotional` check family (Dutch, Flemish and English usage).
 *
 * Written for this project. Words are lower case; diacritics may be typed, they are
 * folded away when the check compiles the lists. A trailing `*` marks a prefix for
 * Dutch compounds ("kut*" → "kutdag"). Lists are grouped by how much context a word
 * needs before it counts: some words are abusive anywhere, others only when they are
 * said of a person ("kwal", "rat", "afval" are ordinary nouns too).
 */

/**
 * Disease curses and other heavy swearing: abusive wherever they appear.
 * Bare "kanker", "tering", "tyfus", "pest" are diseases too, see CURSE_DISEASES.
 */
export const CURSE_WORDS: readonly string[] = [
  'kanker*', 'tering*', 'tyfus*', 'tiefus*', 'typhus*', 'pleuris*', 'klere*', 'kolere*', 'kolerelijer',
  'godverdomme', 'godver*', 'godsamme', 'gadver*', 'gvd', 'ggvd', 'verdomme', 'verdomd*', 'verdoem*',
  'pestpokken', 'pestzooi', 'pestweer', 'pestlijer', 'pestkanker',
  'fuck*', 'motherfucker*', 'fck', 'fcking', 'wtf', 'stfu',
];

/** The disease word a curse is built on; bare, it only counts in curse position. */
export const CURSE_DISEASES: readonly string[] = ['kanker', 'tering', 'tyfus', 'tiefus', 'pest', 'pleuris', 'klere', 'kolere'];

/**
 * Second parts of compounds where the disease word means the disease
 * ("kankeronderzoek", "kankerpatiënt"): never a curse.
 */
export const DISEASE_COMPOUND_PARTS: readonly string[] = [
  'cel', 'cellen', 'patient', 'patienten', 'patiente', 'onderzoek', 'onderzoeker', 'onderzoekers', 'bestrijding',
  'fonds', 'register', 'verwekkend', 'verwekkende', 'zorg', 'afdeling', 'centrum', 'centra', 'gezwel', 'gezwellen',
  'behandeling', 'behandelingen', 'soort', 'soorten', 'diagnose', 'risico', 'screening', 'specialist', 'specialisten',
  'vereniging', 'lijn', 'preventie', 'overlevende', 'overlevenden', 'therapie', 'medicijn', 'medicijnen', 'arts',
  'artsen', 'ziekenhuis', 'instituut', 'vaccin', 'vaccinatie', 'bacterie', 'verpleegkundige', 'zorgverlener',
  'gen', 'genen', 'stichting', 'campagne', 'vrij', 'vrije', 'geneeskunde', 'plan', 'plannen', 'ziekte',
];

/** Vulgar but milder swearing and rude dismissals: flagged anywhere as profanity. */
export const PROFANITY_WORDS: readonly string[] = [
  'kut*', 'klote*', 'kloot*', 'shit*', 'stront*', 'zeik*', 'gezeik', 'lul', 'lullen', 'lullig', 'lulkoek', 'gelul', 'lulverhaal',
  'oetlul', 'kolerezooi', 'pik', 'piemel*', 'neuk*', 'geneukt', 'verneuk*', 'kloterig', 'godskolere',
  'oprotten', 'opgerot', 'oprot', 'rot op', 'rotten op', 'op te rotten', 'opsodemieter*', 'sodemieter*', 'opflikker*',
  'flikker op', 'opdonder*', 'donder op', 'optiefen', 'optyfen', 'tyf op', 'opkrassen', 'krassen op', 'opgekrast',
  'rotbek', 'rothoofd', 'rotkop', 'bek houden', 'hou je bek', 'hou je kop', 'kop dicht', 'smoel houden', 'hou je smoel',
  'pissig', 'pisnijdig', 'kankeren', 'zeikerd', 'rottig', 'schofterig', 'rotzooi', 'rotweer', 'rotdag', 'rotjob',
  'rotwijf', 'rotkind', 'rotvent', 'klerewijf', 'hoerig', 'sletterig', 'kutwijf',
  'damn', 'dammit', 'goddamn*', 'shitty', 'bullshit', 'crap', 'crappy', 'piss', 'pissed', 'bloody hell', 'bollocks',
  'dick', 'dickhead', 'cock', 'cunt*', 'asshole*', 'arsehole*', 'bastard*', 'bitch*', 'sucks', 'screw you',
];

/** Words that start like a profanity prefix but are ordinary. */
export const PROFANITY_EXCEPTIONS: readonly string[] = [
  'klootjesvolk', 'kleren', 'klerenkast', 'kuta', 'kloosterling', 'zeikant', 'stronteigen', 'verdoemenis', 'pikant', 'pikante', 'pikketanussie',
  'neukamp', 'shitake', 'shiitake', 'kutaisi', 'cocktail', 'cockpit', 'cockpits', 'dickens',
];

/** Insult nouns for people that are abusive in any position ("idioot", "klootzak"). */
export const INSULT_NOUNS: readonly string[] = [
  'idioot', 'idioten', 'idiote', 'debiel', 'debielen', 'randdebiel', 'randdebielen', 'imbeciel', 'imbecielen', 'sukkel', 'sukkels',
  'klootzak', 'klootzakken', 'hufter', 'hufters', 'schoft', 'schoften', 'rotzak', 'rotzakken', 'smeerlap', 'smeerlappen',
  'etterbak', 'etterbakken', 'trut', 'trutten', 'kreng', 'krengen', 'loser', 'losers', 'halvegare', 'halvegaren',
  'mafkees', 'klojo', 'klojo\'s', 'sufferd', 'sufferds', 'stommeling', 'stommelingen', 'domkop', 'domkoppen', 'domoor',
  'lamzak', 'lamzakken', 'lapzwans', 'zakkenwasser', 'zakkenwassers', 'zeikwijf', 'wijf', 'wijven', 'teringlijer*',
  'kankerlijer*', 'tyfuslijer*', 'klerelijer*', 'lijer', 'lijers', 'uitschot', 'gespuis', 'schorem', 'crapuul', 'geboefte',
  'schorriemorrie', 'uitvaagsel', 'uitvaagsels', 'tuig', 'tokkie', 'tokkies', 'asocialen', 'hoer', 'hoeren',
  'slet', 'sletten', 'sloerie', 'sloeries', 'manwijf', 'manwijven', 'engerd', 'engerds', 'viezerik', 'viezeriken',
  'griezel', 'ettertje', 'oen', 'oenen', 'sul', 'sullen', 'kneus', 'kneuzen', 'zielenpoot', 'eikel', 'eikels',
  'zak hooi', 'lul de behanger', 'kwast', 'malloot', 'psychopaat', 'psychopaten', 'gestoorde',
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'jerk', 'jerks', 'scumbag', 'scumbags', 'scum',
  'dumbass', 'dipshit', 'prick', 'pricks', 'twat', 'wanker', 'wankers', 'douchebag', 'cretin', 'cretins', 'lowlife',
];

/**
 * Nouns that insult or dehumanise only when said of people: "X zijn ratten",
 * "die kwal", "wat een zak". On their own they are animals, things, diseases.
 */
export const FRAMED_NOUNS: readonly string[] = [
  'rat', 'ratten', 'gek', 'gekken', 'kakkerlak', 'kakkerlakken', 'parasiet', 'parasieten', 'ongedierte', 'luizen', 'vlooien', 'beest',
  'beesten', 'dier', 'dieren', 'varken', 'varkens', 'zwijn', 'zwijnen', 'aap', 'apen', 'hond', 'honden', 'kwal', 'kwallen',
  'slang', 'slangen', 'zak', 'zakken', 'rund', 'koe', 'ezel', 'ezels', 'clown', 'clowns', 'nul', 'nullen', 'afval',
  'vuil', 'vuilnis', 'vuiligheid', 'rommel', 'tuig', 'plaag', 'plagen', 'pest', 'virus', 'ziekte', 'kanker', 'gezwel',
  'kankergezwel', 'tumor', 'etter', 'ettertjes', 'stront', 'drol', 'drollen', 'wezens', 'schepsels', 'barbaren',
  'wilden', 'primitieven', 'untermenschen', 'onmensen', 'misbaksel', 'misbaksels', 'mislukkeling', 'mislukkelingen',
  'last', 'gevaar', 'bedreiging', 'verspilling', 'schandvlek', 'eikel', 'eikels', 'kwast', 'lul', 'lullen',
  'pot', 'potten', 'teef', 'teven', 'nicht', 'nichten', 'mietje', 'mietjes', 'homo', 'homos', 'flikker', 'flikkers',
  'mongool', 'mongolen', 'criminelen', 'crimineel', 'terroristen', 'terrorist', 'verkrachters', 'pedofielen',
  'rats', 'vermin', 'cockroaches', 'parasites', 'animals', 'pigs', 'pig', 'apes', 'dogs', 'trash', 'garbage', 'filth',
  'filthy', 'plague', 'disease', 'cancer', 'clown', 'snake', 'snakes', 'subhuman', 'savages',
];

/** Ethnic, religious, gender, sexuality and disability slurs: hate wherever they appear. */
export const SLURS: readonly string[] = [
  'neger', 'negers', 'negerin', 'nikker', 'nikkers', 'bosneger', 'bosnegers', 'roetmop', 'roetmoppen', 'zwartjoekel',
  'zwartjoekels', 'apenkop', 'makak', 'makaak', 'makaken', 'baardaap', 'baardapen', 'haatbaard', 'haatbaarden',
  'geitenneuker', 'geitenneukers', 'kameelneuker', 'kameelneukers', 'kamelenneuker', 'kamelenneukers', 'kutmarokkaan',
  'kutmarokkanen', 'kansenparel', 'kansenparels', 'cultuurverrijker', 'cultuurverrijkers', 'gelukszoeker', 'gelukszoekers',
  'spleetoog', 'spleetogen', 'zigeunertuig', 'smous', 'smousen', 'rotjood', 'rotjoden', 'jodenstreek',
  'sodomiet', 'sodomieten', 'lesbo', 'lesbos', 'flikkertje', 'flikkers',
  'spast', 'spasten', 'spasticus', 'kreupele', 'kreupelen', 'mongooltje', 'mongoloide', 'mongoloiden',
  'nigger*', 'nigga*', 'faggot*', 'fag', 'fags', 'dyke', 'dykes', 'tranny', 'trannies', 'retard', 'retards', 'retarded',
  'kike', 'kikes', 'paki', 'pakis', 'spic', 'spics', 'chink', 'chinks', 'raghead', 'ragheads', 'towelhead', 'wetback',
];

/**
 * Slurs that are also ordinary words or reclaimed by the group itself: only in an insult
 * frame ("vuile flikker", "stomme teef"), never in self-reference ("als trotse nicht zeg ik…").
 */
export const GUARDED_SLURS: readonly string[] = [
  'flikker', 'pot', 'potten', 'teef', 'teven', 'mongool', 'mongolen', 'homo', 'homos', 'nicht', 'nichten',
  'queer', 'queers', 'mietje', 'mietjes', 'poot', 'poten',
];

/** Contempt adjectives: an insult when said of a person ("jullie zijn walgelijk"). */
export const CONTEMPT_ADJECTIVES: readonly string[] = [
  'walgelijk', 'walgelijke', 'verachtelijk', 'verachtelijke', 'smerig', 'smerige', 'vies', 'vieze', 'vuil', 'vuile',
  'zielig', 'zielige', 'dom', 'domme', 'dommer', 'domst', 'domste', 'stom', 'stomme', 'stomst', 'stomste', 'achterlijk',
  'achterlijke', 'debiel', 'debiele', 'idioot', 'idiote', 'onmenselijk', 'onmenselijke', 'minderwaardig',
  'minderwaardige', 'mindere', 'weerzinwekkend', 'weerzinwekkende', 'afstotend', 'afstotende', 'afschuwelijk',
  'afschuwelijke', 'oneerlijk', 'oneerlijke', 'gewelddadig', 'gewelddadige', 'wreed', 'wrede', 'onwetend', 'onwetende',
  'waardeloos', 'waardeloze', 'hersenloos', 'hersenloze', 'gestoord', 'gestoorde', 'verneukt', 'arrogant', 'arrogante',
  'incompetent', 'incompetente', 'nutteloos', 'nutteloze', 'laf', 'laffe', 'onbeschoft', 'onbeschofte', 'onbeschaafd',
  'onbeschaafde', 'primitief', 'primitieve', 'barbaars', 'barbaarse', 'crimineel', 'criminele', 'geschift', 'geschifte',
  'gek', 'gekke', 'hypocriet', 'hypocriete', 'leugenachtig', 'leugenachtige', 'corrupt', 'corrupte', 'lelijk', 'lelijke',
  'vals', 'valse', 'gemeen', 'gemene', 'ziek', 'zieke', 'pathetisch', 'pathetische', 'belachelijk', 'belachelijke',
  'minderwaardig', 'ongeschikt', 'onbekwaam', 'ergste', 'slechtste', 'onbekwame', 'dwaas', 'dwaze', 'infantiel', 'kinderachtig', 'sneu',
  'disgusting', 'pathetic', 'stupid', 'dumb', 'worthless', 'useless', 'vile', 'despicable', 'ugly', 'inferior',
  'incompetent', 'evil', 'dirty', 'filthy', 'retarded', 'brainless', 'clueless', 'lazy', 'gross',
];

/** Positive qualities whose denial of a group is contempt ("X zijn nooit intelligent"). */
export const POSITIVE_QUALITIES: readonly string[] = [
  'intelligent', 'slim', 'slimme', 'eerlijk', 'betrouwbaar', 'te vertrouwen', 'welkom', 'menselijk', 'mensen', 'mens',
  'normaal', 'normale', 'beschaafd', 'gelijkwaardig', 'nuttig', 'waardevol', 'capabel', 'competent', 'bekwaam', 'goed',
  'human', 'welcome', 'smart', 'equal', 'trustworthy',
];

/**
 * Verbs and phrases of hatred and contempt. Said of people they are contempt
 * (hate when the people are a protected group); said of things they are not flagged.
 */
export const HATE_VERBS: readonly string[] = [
  'haat', 'haten', 'haatte', 'haatten', 'gehaat', 'veracht', 'verachten', 'verachtte', 'verafschuw', 'verafschuwen',
  'verfoei', 'verfoeien', 'walg', 'walgen', 'walgt', 'hekel', 'minachting', 'afkeer', 'haat', 'afschuw', 'verachting',
  'kots', 'kotsen', 'spuug', 'spuugzat', 'kotsbeu', 'beu', 'zat', 'ziek', 'woedend', 'boos', 'razend', 'kwaad', 'pissig',
  'misselijk', 'kotsmisselijk', 'koken', 'kan niet uitstaan', 'niet uitstaan', 'uitstaan', 'hate', 'hates', 'hated',
  'despise', 'despises', 'loathe', 'loathes', 'detest', 'detests', 'sick of', 'disgust', 'disgusts',
];

/**
 * Violent verbs and nouns. In a threat frame (intent, a wish, a modal, a target)
 * they are threats; "hij werd vermoord" in a news post is not.
 */
export const VIOLENCE_WORDS: readonly string[] = [
  'dood', 'doden', 'dood maken', 'doodmaken', 'doodmaak', 'doodschieten', 'doodschiet', 'doodgeschoten', 'doodslaan',
  'doodsla', 'doodgeslagen', 'doodsteken', 'doodgestoken', 'vermoord', 'vermoorden', 'moord', 'gedood', 'afmaken',
  'maak je af', 'maak hem af', 'maak haar af', 'maken ze af', 'afgemaakt', 'afslachten', 'afgeslacht', 'slachten',
  'uitroeien', 'uitgeroeid', 'vergassen', 'vergast', 'gas', 'executeren', 'geexecuteerd', 'executie', 'executies',
  'ophangen', 'opgehangen', 'opknopen', 'opgeknoopt', 'lynchen', 'gelyncht', 'onthoofden', 'onthoofd', 'neerschieten',
  'neerschiet', 'neergeschoten', 'afknallen', 'afgeknald', 'neersteken', 'neergestoken', 'steken', 'wurgen', 'wurg',
  'gewurgd', 'verdrinken', 'verdronken', 'martelen', 'gemarteld', 'marteling', 'verkrachten', 'verkracht', 'verkrachting',
  'lijden', 'kelen', 'keel', 'nekken', 'nek', 'doorsnijden', 'doorgesneden', 'door te snijden', 'breken', 'brandstapel',
  'verbranden', 'in elkaar slaan', 'in elkaar geslagen', 'neergestoken', 'doodgeschoten', 'vermoordt', 'vermoordde', 'in elkaar timmeren', 'in elkaar trappen', 'kop inslaan', 'kapot maken', 'kapotmaken',
  'kapotslaan', 'afrekenen', 'kogel', 'kogels', 'opblazen', 'sterven', 'creperen', 'crepeer', 'vrepen', 'afschieten',
  'ontdoen', 'elimineren', 'wegvagen', 'deporteren', 'gedeporteerd', 'weg', 'vernietigen', 'vernietigd', 'aanvallen',
  'op je flikker', 'pijn doen', 'af te slachten', 'af te maken', 'dood te schieten', 'neer te schieten', 'neer te steken',
  'uit te roeien', 'te vermoorden', 'te vergassen', 'te executeren', 'te martelen', 'te verkrachten', 'te wurgen', 'op te hangen',
  'de keel door', 'de nek om', 'kapot te maken', 'in elkaar te slaan',
  'kill', 'killed', 'murder', 'murdered', 'shoot', 'shot', 'stab', 'stabbed', 'hang', 'hanged', 'lynch', 'lynched',
  'burn', 'gas', 'gassed', 'exterminate', 'exterminated', 'slaughter', 'rape', 'raped', 'torture', 'tortured',
  'strangle', 'beat', 'die', 'dead', 'hurt',
];

/** Violent words that are threats in almost any first-person or wishing frame. */
export const VIOLENCE_STRONG: readonly string[] = [
  'vermoorden', 'vermoord', 'afslachten', 'afgeslacht', 'verkrachten', 'verkracht', 'martelen', 'gemarteld', 'vergassen',
  'vergast', 'executeren', 'geexecuteerd', 'executie', 'lynchen', 'gelyncht', 'onthoofden', 'neerschieten', 'neerschiet',
  'neersteken', 'doodschieten', 'doodslaan', 'doodsteken', 'wurgen', 'doorsnijden', 'door te snijden', 'uitroeien',
  'af te slachten', 'af te maken', 'dood te schieten', 'neer te schieten', 'neer te steken', 'uit te roeien', 'te vermoorden',
  'te vergassen', 'te executeren', 'te martelen', 'te verkrachten', 'te wurgen',
  'uitgeroeid', 'afknallen', 'doden', 'gedood', 'kill', 'murder', 'rape', 'slaughter', 'exterminate', 'lynch', 'torture',
];

/** Fixed threats: flagged whatever surrounds them. */
export const THREAT_PHRASES: readonly string[] = [
  'ik maak je af', 'ik maak jullie af', 'maak ik je af', 'maak ik hem af', 'maak ik haar af', 'maak ik jullie af', 'ik maak hem af', 'ik maak haar af', 'ik weet waar je woont',
  'ik weet waar jij woont', 'ik weet waar ge woont', 'ik weet waar jullie wonen', 'ik weet waar hij woont',
  'je bent er geweest', 'jullie zijn er geweest', 'ge zijt er geweest', 'je bent dood', 'jullie zijn dood',
  'ik krijg je nog', 'wacht maar tot ik je', 'ik sla je', 'ik schop je', 'ik steek je', 'ik schiet je',
  'ik vermoord je', 'ik vermoord jullie', 'ik breek je', 'dood aan', 'op je bek', 'op je smoel',
  'kop inslaan', 'je kop in', 'een kogel door', 'verdienen de dood', 'verdient de dood', 'verdienen te sterven',
  'verdient te sterven',
  'moeten dood', 'moet dood', 'mogen dood', 'moeten kapot', 'moeten vergast', 'moeten allemaal weg',
  "i'll kill you", 'ill kill you', 'i will kill you', "i'm going to kill you", 'im going to kill you', 'i know where you live',
  "you're dead", 'youre dead', 'you are dead', 'death to', 'watch your back', 'i will find you', "i'll find you",
  'should be shot', 'should be killed', 'deserve to die', 'deserves to die', 'should die',
];

/** Dehumanising or exclusionary statements about people: hate/contempt when a person or group is in the sentence. */
export const DEGRADE_PHRASES: readonly string[] = [
  'niets waard', 'niks waard', 'geen kut waard', 'geen moer waard', 'geen cent waard', 'geen knip voor de neus waard',
  'minder waard', 'doen er niet toe', 'geen mensen', 'geen echte mensen', 'niet menselijk', 'geen bestaansrecht',
  'geen ruimte voor', 'geen plaats voor', 'horen niet thuis', 'hoort niet thuis', 'geen medelijden met',
  'moeten weg', 'moet weg', 'terug naar hun eigen land', 'terug naar je eigen land', 'rot op naar',
  'dan dieren', 'dan een dier', 'dan honden', 'niet te vertrouwen', 'vertrouw nooit', 'nooit vertrouwen', 'soort van mensen',
  'jullie soort', 'niets erger dan', 'niks erger dan', 'ons land ruineren',
  'ons land kapot', 'land verpesten', 'waste of space', 'waste of oxygen', 'not human',
  'go back to', 'worth nothing', "don't deserve to live", 'dont deserve to live',
];

/**
 * Negative emotion with intensity, not aimed at anyone: venting. "ben/zijn het (stilaan, echt…) beu/zat"
 * is a frame in the check (FED_UP), whatever adverbs sit in between.
 */
export const VENTING_PHRASES: readonly string[] = [
  'het hangt me de keel uit', 'hangt me de keel uit', 'ik word er gek van', 'ik word gek van', 'ik word er zot van',
  'ik kan er niet meer tegen', 'ik kan niet meer', 'ik ben er klaar mee', 'ik ben er zo klaar mee', 'ik ben er schoon genoeg van',
  'schoon genoeg van', 'ik heb er genoeg van', 'heb er mijn buik van vol', 'mijn buik vol van', 'ik kots hierop',
  'ik kots erop', 'ik kots op', 'waarom doe ik nog moeite', 'waarom doe ik nog', 'waarom zou ik nog moeite doen',
  'waarom doe ik dit nog', 'ik haat mijn job', 'ik haat mijn werk', 'ik haat mijn baan', 'ik haat mijn baas',
  'ik haat mijn collega', 'ik haat dit werk', 'ik haat deze job', 'ik haat het hier', 'ik haat maandagen',
  'haat aan mijn job', 'pesthekel aan', 'de pest in', 'ik word er doodmoe van', 'ik ontplof', 'ik ga ontploffen',
  'ik trek het niet meer', 'wat een schande', 'het is een schande', 'schandalig',
  'wat een farce', 'wat een lachertje', 'wat een circus', 'wat een poppenkast', 'om te kotsen', 'om van te kotsen',
  'i hate my job', 'i hate my work', 'i hate my boss', 'i hate this job', 'i hate my life', 'i hate this place',
  'why do i bother', 'why even bother', 'sick of this', 'sick and tired', 'fed up',
  "i'm done with", 'im done with', 'so done with', 'is a joke', 'what a joke', 'such a joke', 'is a disgrace',
  'what a disgrace', 'pisses me off', 'pissed off', "can't stand", 'cant stand', 'i quit',
];

/** Contemptuous phrases aimed at someone: insults without an insult noun. */
export const INSULT_PHRASES: readonly string[] = [
  'schaam je', 'schaam jullie', 'schaamt u', 'schamen jullie', 'hoe durf je', 'hoe durven jullie', 'hoe durft u',
  'hou je mond', 'houd je mond', 'hou je kop', 'hou je bek', 'kop dicht', 'bek dicht', 'stik maar', 'stik er maar in',
  'val dood', 'naar de hel met', 'loop naar de hel', 'krijg de klere', 'krijg de tering', 'krijg de kanker',
  'krijg de pest', 'krijg de tyfus', 'krijg wat', 'je moeder', 'zak in elkaar', 'stelletje idioten',
  'wat een sukkel', 'wat een idioot', 'wat een loser', 'niet goed snik', 'niet goed bij je hoofd', 'je bent gestoord', 'shame on you',
  'how dare you', 'shut up', 'go to hell', 'screw you', 'piss off', 'get lost', 'you people',
];

/** Upper-case words that are not shouting: acronyms, labels, brands (folded, lower case). */
export const ACRONYMS: readonly string[] = [
  'caw', 'ocmw', 'ocmw\'s', 'bsn', 'adhd', 'add', 'ceo', 'cfo', 'coo', 'cto', 'nato', 'eu', 'vzw', 'vzw\'s', 'bv', 'nv',
  'ggz', 'ggd', 'gvd', 'vrt', 'nos', 'rtl', 'vtm', 'nmbs', 'ns', 'ov', 'mvg', 'pvda', 'cd&v', 'nva', 'n-va', 'vld',
  'vvd', 'cda', 'sp', 'pvv', 'd66', 'gl', 'ok', 'ocmw', 'rsz', 'riziv', 'vdab', 'uwv', 'cjg', 'caw\'s', 'jac', 'jeugdhulp',
  'vaph', 'pvb', 'pgb', 'wlz', 'wmo', 'jw', 'kb', 'kbo', 'btw', 'rrn', 'insz', 'iban', 'bic', 'pdf', 'url', 'faq', 'ict',
  'it', 'hr', 'ai', 'tv', 'dvd', 'cd', 'usb', 'wifi', 'gsm', 'sms', 'nb', 'ps', 'pps', 'asap', 'fyi', 'rip', 'lol', 'omg',
  'covid', 'corona', 'aids', 'hiv', 'soa', 'ggz', 'ptss', 'ptsd', 'ass', 'niet', 'tip', 'tips', 'info', 'update', 'nieuw',
  'new', 'gratis', 'free', 'sale', 'actie', 'vacature', 'oproep', 'let op', 'belangrijk', 'important', 'urgent',
  'dringend', 'confidential', 'vertrouwelijk', 'intern', 'internal', 'draft', 'concept', 'reminder', 'webinar', 'live',
  'uk', 'usa', 'vs', 'vn', 'un', 'who', 'unicef', 'unesco', 'kul', 'ugent', 'vub', 'uva', 'vu', 'umc', 'uz', 'az', 'mrsa',
  'lgbt', 'lgbtq', 'lgbtqi', 'lgbtqia', 'lhbt', 'lhbti', 'lhbtiq', 'holebi', 'holebi\'s', 'ngo', 'ngo\'s', 'gps', 'pc',
  'm/v/x', 'mvx', 'ib', 'oked', 'buso', 'bubao', 'so', 'bo', 'mbo', 'hbo', 'wo', 'vmbo', 'havo', 'vwo', 'tso', 'bso', 'aso',
  'kso', 'clb', 'ckg', 'jo', 'oc', 'mpi', 'vaph', 'zorgbudget', 'ok', 'oké', 'xl', 'xxl', 'diy', 'q&a', 'a4', 'lgbtqia+',
];

/**
 * Protected groups (ethnicity, religion, gender, sexuality, disability, migration):
 * contempt or violence aimed at them is `hate`; at other people it is `insult`/`threat`.
 */
export const IDENTITY_NOUNS: readonly string[] = [
  'vrouw', 'vrouwen', 'meisjes', 'moslim', 'moslims', 'moslima', "moslima's", 'islamiet', 'islamieten', 'jood', 'joden',
  'homo', "homo's", 'homos', 'homoseksueel', 'homoseksuelen', 'homoseksuele', 'lesbienne', 'lesbiennes', 'biseksueel',
  'biseksuelen', 'holebi', "holebi's", 'holebis', 'queer', 'queers', 'transgender', 'transgenders', 'transpersoon',
  'transpersonen', 'transvrouw', 'transvrouwen', 'transman', 'transmannen', 'zwarten', 'zwarte', 'gekleurden',
  'allochtoon', 'allochtonen', 'migrant', 'migranten', 'immigrant', 'immigranten', 'vluchteling', 'vluchtelingen',
  'asielzoeker', 'asielzoekers', 'nieuwkomer', 'nieuwkomers', 'buitenlander', 'buitenlanders', 'expats', 'marokkaan',
  'marokkanen', 'turk', 'turken', 'polen', 'roemenen', 'bulgaren', 'roma', 'zigeuner', 'zigeuners', 'woonwagenbewoners',
  'afrikaan', 'afrikanen', 'arabier', 'arabieren', 'aziaat', 'aziaten', 'chinezen', 'surinamers', 'antillianen',
  'congolezen', 'syriers', 'afghanen', 'eritreeers', 'oekrainers', 'christenen', 'katholieken', 'hindoes', 'atheisten',
  'gehandicapte', 'gehandicapten', 'invaliden', 'gehandicapt', 'autisten', 'blinden', 'doven', 'rolstoelgebruikers',
  'ouderen', 'bejaarden', 'daklozen', 'feministen', 'women', 'muslims', 'muslim', 'jews', 'gays', 'lesbians',
  'immigrants', 'migrants', 'refugees', 'blacks', 'disabled', 'trans', 'transgenders',
];

/** Adjectives that make an identity when followed by a person head ("zwarte jongeren", "joodse buren"). */
export const IDENTITY_ADJECTIVES: readonly string[] = [
  'zwart', 'zwarte', 'homoseksuele', 'homoseksueel', 'lesbische', 'biseksuele', 'transgender', 'trans', 'joodse',
  'islamitische', 'moslim', 'marokkaanse', 'turkse', 'afrikaanse', 'allochtone', 'buitenlandse', 'gehandicapte',
  'mindervalide', 'gekleurde', 'aziatische', 'arabische', 'poolse', 'roemeense', 'black', 'gay', 'jewish', 'disabled',
];

/** Heads that turn an identity adjective into a group ("zwarte jongeren"). */
export const PERSON_HEADS: readonly string[] = [
  'persoon', 'personen', 'mensen', 'mens', 'man', 'mannen', 'vrouw', 'vrouwen', 'jongen', 'jongens', 'meisje', 'meisjes',
  'kind', 'kinderen', 'jongeren', 'burgers', 'gasten', 'people', 'person', 'men', 'women', 'folks', 'kids',
];

/** Nouns for people (not a protected group): a target for contempt and threats. */
export const PERSON_NOUNS: readonly string[] = [
  'mens', 'mensen', 'persoon', 'personen', 'man', 'mannen', 'vent', 'venten', 'kerel', 'kerels', 'gast', 'gasten', 'lui',
  'volk', 'types', 'figuren', 'figuur', 'collega', "collega's", 'collegas', 'baas', 'bazen', 'directeur', 'directie',
  'management', 'manager', 'managers', 'leidinggevende', 'leidinggevenden', 'politici', 'politicus', 'minister',
  'ministers', 'regering', 'politie', 'agent', 'agenten', 'atleet', 'atleten', 'ceo', "ceo's", 'ceos', 'dokter', 'arts',
  'artsen', 'student', 'studenten', 'patient', 'patienten', 'client', 'clienten', 'bewoner', 'bewoners', 'ouders',
  'kinderen', 'jongeren', 'buren', 'buurman', 'buurvrouw', 'familie', 'vriend', 'vrienden', 'vriendin', 'leraar',
  'leraren', 'juf', 'meester', 'zus', 'broer', 'moeder', 'vader', 'schoonmoeder', 'conservatieven', 'progressieven',
  'homofoben', 'racisten', 'linksen', 'rechtsen', 'wappies', 'academici', 'koks', 'idioot', 'iemand', 'niemand',
  'koepel', 'bestuur', 'raad', 'ambtenaar', 'ambtenaren', 'leraren', 'politieagenten', 'journalisten', 'klanten', 'deelnemers', 'hulpverleners', 'begeleiders', 'verpleegkundigen', 'personeel',
  'people', 'person', 'guy', 'guys', 'man', 'men', 'boss', 'bosses', 'colleague', 'colleagues', 'manager', 'managers',
  'management', 'politicians', 'cops', 'police', 'folks', 'everyone', 'teachers', 'doctors', 'nurses', 'staff',
];

/** Plurals ending like a person noun that are things ("computers", "banen"). */
export const PERSON_SUFFIX_EXCEPTIONS: readonly string[] = [
  'computers', 'containers', 'letters', 'cijfers', 'nummers', 'kamers', 'posters', 'printers', 'flyers', 'hamburgers',
  'papers', 'meters', 'kilometers', 'liters', 'trailers', 'folders', 'stickers', 'markers', 'filters', 'registers',
  'centers', 'theaters', 'vensters', 'getallen', 'banen', 'kranen', 'lanen', 'zwanen', 'ballonnen', 'organen', 'plannen',
  'kanalen', 'vulkanen', 'orkanen', 'oceanen', 'schermen', 'tijdschriften', 'artikelen', 'regels', 'emmers', 'lockers',
  'sneakers', 'boosters', 'browsers', 'servers', 'routers', 'scanners', 'chargers', 'cookies', 'powers', 'tijgers',
  'vingers', 'hamsters', 'lakens', 'dossiers', 'ateliers', 'quartiers', 'cahiers', 'bestanden',
  'winters', 'zomers', 'monsters', 'overs', 'spiegels', 'pijlers', 'elementen', 'momenten',
  'anders', 'elders', 'immers', 'ieders', 'elkaars', 'jaloers', 'pervers', 'cheers', 'lekkers', 'bijzonders', 'beters',
  'sterkers', 'groters', 'ergers', 'orders', 'vingers', 'koffers', 'maskers', 'offers', 'luiers', 'lucifers', 'vlinders',
  'kikkers', 'oesters', 'spijkers', 'veters', 'bekers', 'slippers', 'kevers', 'karakters', 'scanners', 'helikopters',
  'zenders', 'waters', 'rivers', 'crackers', 'slaapkamers', 'telefoonnummers', 'kijkcijfers', 'schijnwerpers',
  'bommenwerpers', 'pijnstillers', 'diamanten', 'olifanten', 'contanten', 'dossiers', 'cadeaus', 'chambers', 'powers',
  'documenten', 'instrumenten', 'medicamenten', 'supplementen', 'argumenten', 'segmenten', 'monumenten', 'experimenten',
  'talenten', 'patenten', 'tenten', 'restanten', 'dingen', 'lingen', 'wielen', 'seizoenen', 'feiten', 'tijden',
];

/** Pronouns for the person addressed or talked about (not "ik"). `ze`/`they` are resolved separately. */
export const PERSON_PRONOUNS: readonly string[] = [
  'je', 'jij', 'jou', 'jouw', 'jullie', 'u', 'uw', 'ge', 'gij', 'hij', 'hem', 'zij', 'hen', 'haar', 'zoals jij',
  'you', 'youre', "you're", 'he', 'him', 'she', 'her',
];

/** Words that negate what follows or precedes them in the clause. */
export const NEGATORS: readonly string[] = ['niet', 'geen', 'nooit', 'nimmer', 'allerminst', 'not', 'never', 'no', "don't", 'dont', "doesn't", "isn't", "aren't", "won't", "wouldn't"];

/** Markers of intent, wish or obligation that turn violence into a threat. */
export const INTENT_WORDS: readonly string[] = [
  'zal', 'zullen', 'zult', 'zulen', 'ga', 'gaan', 'gaat', 'wil', 'willen', 'wilt', 'wilde', 'wilden', 'wou', 'wouden',
  'moet', 'moeten', 'moest', 'moesten', 'zou', 'zouden', 'laten', 'laat', 'kan', 'kunnen', 'mag', 'mogen', 'moge',
  'verdienen', 'verdient', 'graag', 'hoop', 'hoopt', 'hopelijk', 'wens', 'wenst', 'oplossing', 'beter', 'iemand',
  'decriminaliseren', 'gedecriminaliseerd', 'belang', 'legaal', 'will', "i'll", 'ill', "we'll", 'gonna', 'going', 'want', 'should',
  'must', "let's", 'lets', 'deserve', 'deserves', 'hope', 'wish',
];

/** Function words used to split run-together words ("jullieidioten", "ikhaat"). */
export const FUNCTION_WORDS: readonly string[] = [
  'ik', 'je', 'jij', 'jou', 'jullie', 'hij', 'zij', 'ze', 'we', 'wij', 'hem', 'hen', 'haar', 'die', 'deze', 'dat', 'dit',
  'de', 'het', 'een', 'te', 'zijn', 'is', 'ben', 'bent', 'was', 'waren', 'alle', 'allemaal', 'gewoon', 'echt', 'zo',
  'zoals', 'absoluut', 'absolute', 'enorm', 'enorme', 'heel', 'erg', 'moeten', 'moet', 'zal', 'zullen', 'wil', 'ga',
  'gaan', 'van', 'voor', 'aan', 'naar', 'op', 'met', 'om', 'stel', 'bende', 'vuile', 'stomme', 'totale', 'niets',
  'anders', 'dan', 'maar', 'en', 'of', 'wat', 'you', 'i', 'the', 'a', 'are', 'all', 'so', 'fucking',
];

