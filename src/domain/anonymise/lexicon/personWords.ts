/**
 * Words around people's names: titles, kinship words, verbs that follow or precede a name, and capitalised
 * words that are never names. Folded keys (lower case, no accents) unless said otherwise.
 */

/** Titles, any case, written as regular-expression source (dots are optional or required as written). */
export const TITLES_ANY_CASE: readonly string[] = [
  'dr\\.?ssa', 'dott\\.?ssa', 'dott\\.?', 'dottor', 'dottore', 'dottoressa', 'doctor', 'dr\\.?', 'prof\\.?ssa',
  'prof\\.?', 'professor', 'professore', 'professoressa', 'mr\\.?', 'mrs\\.?', 'ms\\.?', 'mx\\.?', 'sig\\.ra',
  'sig\\.na', 'sig\\.?', 'signor', 'signora', 'signore', 'signorina', 'avv\\.?', 'ing\\.?', 'nurse', 'infermiera',
  'infermiere', 'rev\\.?', 'reverend', 'suor', 'fra', 'don', 'pastor', 'pastore', 'imam', 'rabbi', 'sheikh',
];

/** Titles that are ordinary words in lower case ("I miss her", "my sister"), so only count capitalised. */
export const TITLES_CAPITALISED: readonly string[] = ['Miss', 'Sister', 'Father', 'Padre', 'Madre', 'Brother', 'Mama', 'Nana', 'Tita', 'Tito', 'Lola', 'Lolo'];

/** Kinship and relationship words, English. */
export const KIN_EN: readonly string[] = [
  'aunt', 'auntie', 'aunty', 'best friend', 'boyfriend', 'brother', 'brother-in-law', 'carer', 'colleague',
  'cousin', 'dad', 'daddy', 'daughter', 'father', 'father-in-law', 'fiance', 'fiancee', 'fiancé', 'fiancée',
  'flatmate', 'friend', 'gran', 'grandad', 'granddad', 'granddaughter', 'grandfather', 'grandma', 'grandmother',
  'grandpa', 'grandson', 'granny', 'girlfriend', 'husband', 'mate', 'mother', 'mother-in-law', 'mum', 'mummy',
  'mom', 'nan', 'nana', 'nanna', 'neighbor', 'neighbour', 'nephew', 'niece', 'partner', 'sister',
  'sister-in-law', 'son', 'son-in-law', 'daughter-in-law', 'godson', 'goddaughter', 'stepson',
  'stepdaughter', 'great-grandson', 'great-granddaughter', 'stepdad', 'stepfather', 'stepmother', 'stepmum', 'twin', 'uncle', 'wife',
  // kinship words of other languages used in English and Italian groups
  'mama', 'mamma', 'papa', 'baba', 'babushka', 'babcia', 'bunica', 'bunicul', 'buni', 'mamă', 'tata', 'lola', 'lolo',
  'tita', 'tito', 'abuela', 'abuelo', 'tía', 'tío', 'amma', 'appa', 'nani', 'dadi', 'nanima', 'bibi', 'ammi', 'abbu',
  'sis', 'bro', 'big sister', 'little sister', 'big brother', 'little brother', 'baby brother', 'baby sister',
  'granddaughter', 'grandson', 'cousins', 'auntie', 'social worker', 'key worker', 'support worker', 'neighbour',
];

/** Kinship words in the plural, followed by a list of names: "my kids, Tom and Ella", "i figli: Salvo e Giusi". */
export const KIN_PLURAL: readonly string[] = [
  'children', 'kids', 'sons', 'daughters', 'grandchildren', 'grandkids', 'brothers', 'sisters', 'parents',
  'twins', 'figli', 'figlie', 'nipoti', 'fratelli', 'sorelle', 'genitori', 'nonni', 'gemelli', 'bambini',
];

/** Kinship and relationship words, Italian. */
export const KIN_IT: readonly string[] = [
  'amica', 'amico', 'babbo', 'collega', 'cognata', 'cognato', 'compagna', 'compagno', 'cugina', 'cugino',
  'fidanzata', 'fidanzato', 'figlia', 'figlio', 'fratello', 'madre', 'mamma', 'marito', 'migliore amica',
  'migliore amico', 'moglie', 'nipote', 'nonna', 'nonnina', 'nonno', 'nonnino', 'padre', 'papà', 'sorella',
  'suocera', 'suocero', 'vicina', 'vicino', 'zia', 'zio',
  // other languages, and the words for a child before a name ("la piccola Yasmine", "bambina Sara")
  'bunica', 'buni', 'mamă', 'tata', 'nonnina', 'la piccola', 'il piccolo', 'piccola', 'piccolo', 'bambina', 'bambino',
  'bimba', 'bimbo', 'nipotina', 'nipotino', 'figlioletta', 'figlioletto', 'maestra', 'maestro', 'psicologa',
  'psicologo', 'assistente sociale', 'educatrice', 'educatore', 'badante', 'con la', 'con il', 'con lo', 'insieme a',
];

/** Possessives and small adjectives that may stand before a kinship word. */
export const KIN_LEADS: readonly string[] = [
  'my', 'our', 'his', 'her', 'their', 'your', 'late', 'little', 'big', 'older', 'younger', 'elder', 'dear',
  'mia', 'mio', 'mie', 'miei', 'la mia', 'il mio', 'tua', 'tuo', 'la tua', 'il tuo', 'sua', 'suo', 'la sua',
  'il suo', 'nostra', 'nostro', 'la nostra', 'il nostro', 'loro', 'cara', 'caro', 'povera', 'povero',
];

/** Greetings and thanks that are followed by a name. */
export const GREETINGS: readonly string[] = [
  'thank you to', 'thanks to', 'thank you', 'thanks', 'thank', 'shout out to', 'dear', 'hi', 'hello', 'grazie', 'grazie a', 'ciao', 'cara', 'caro',
  'carissima', 'carissimo', 'gentile',
];

/** Labels of an attendance list: every capitalised word after them that is not an alias is a name. */
export const ATTENDANCE_LABELS: readonly string[] = [
  'present', 'absent', 'apologies', 'attended', 'attendees', 'participants', 'presenti', 'presente', 'assenti',
  'assente', 'assente giustificata', 'assente giustificato', 'assenti giustificati', 'giustificati',
  'partecipanti',
];

/** Words that introduce a name. */
export const NAMING_WORDS: readonly string[] = [
  'called', 'named', 'known as', 'chiamata', 'chiamato', 'di nome', 'si chiama', 'si chiamava', 'detta', 'detto',
];

/** Verbs that take a person as object: "I met Grace", "ho chiamato Fortunata". */
export const VERBS_BEFORE_NAME: readonly string[] = [
  'met', 'saw', 'told', 'asked', 'phoned', 'rang', 'texted', 'visited', 'hugged', 'thanked', 'invited',
  'spoke to', 'spoke with', 'talked to', 'talked with', 'ring', 'call', 'phone', 'text', 'email', 'contact',
  'remind', 'with', 'sat next to', 'next to', 'alongside', 'together with', 'chiamare', 'richiamare', 'contattare', 'sentire', 'ricordare a', 'ho chiamato', 'ho visto', 'ho incontrato',
  'ho sentito', 'ho parlato con', 'abbiamo chiamato', 'abbiamo accolto', 'ringrazio', 'ringraziamo',
];

/** Verbs that follow a person's name with little doubt, even at the start of a sentence. */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'asked', 'asks', 'replied', 'answered', 'explained', 'mentioned', 'wrote',
  'writes', 'texted', 'emailed', 'rang', 'phoned', 'nodded', 'laughed', 'smiled', 'and i', 'and me',
  'ha detto', 'dice', 'diceva', 'disse', 'ha raccontato', 'racconta', 'raccontava', 'ha chiesto', 'chiede',
  'ha scritto', 'scrive', 'ha risposto', 'ha spiegato', 'spiega', 'ha telefonato', 'mi ha detto', 'ci ha detto',
  'mi ha scritto', 'ci ha scritto', 'e io',
];


/** Words after a sentence-opening lookalike that make it a person ("Frank talked", "Jack from the council"). */
export const SUBJECT_FOLLOWERS: readonly string[] = [
  'is', 'was', 'has', 'had', 'came', 'comes', 'went', 'brought', 'talked', 'shared', 'joined', 'arrived',
  'left', 'felt', 'made', 'took', 'gave', 'got', 'cried', 'wanted', 'needs', 'needed', 'from', 'è', 'era',
  'ha', 'aveva', 'sta', 'stava', 'viene', 'veniva', 'arriva', 'porta', 'non',
];

/** Words before a capitalised lookalike that make it the ordinary word ("the Hope", "la Speranza", "in May"). */
export const WORD_MAKERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'by', 'this', 'that', 'some', 'such', 'la', 'il', 'lo', 'le', 'un',
  'una', 'uno', 'alla', 'della', 'nella', 'dalla', 'sulla', 'alle', 'delle', 'nelle', 'quella', 'questa',
  'tanta', 'molta', 'nessuna', 'ogni',
]);

/** Words before a name that mean it is a saint (a holiday, a hospital or a place), not a person. */
export const SAINT_WORDS: ReadonlySet<string> = new Set(['san', 'santo', 'santa', "sant'", 'st', 'saint']);

/** Words before a name that mean it belongs to an animal. */
export const PET_WORDS: ReadonlySet<string> = new Set([
  'dog', 'cat', 'puppy', 'kitten', 'pony', 'horse', 'cane', 'cagnolino', 'cagnolina', 'gatto', 'gatta',
  'gattino', 'gattina', 'cavallo',
]);

/** Capitalised words that are never a person's name: pronouns, sentence openers, calendar, group vocabulary. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  // English
  'i', 'he', 'she', 'we', 'they', 'you', 'it', 'me', 'him', 'us', 'them', 'my', 'his', 'her', 'our', 'their',
  'on', 'in', 'at', 'to', 'from', 'for', 'with', 'of', 'by', 'near', 'if', 'as', 'not', 'only', 'just',
  'your', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'and', 'but', 'or', 'so', 'then', 'also', 'when',
  'after', 'before', 'later', 'today', 'yesterday', 'tomorrow', 'finally', 'next', 'last', 'everyone',
  'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'anybody', 'noone', 'each', 'all', 'both', 'one',
  'two', 'three', 'some', 'many', 'most', 'people', 'here', 'there', 'what', 'who', 'how', 'why', 'yes', 'no',
  'hello', 'hi', 'thanks', 'thank', 'dear', 'please', 'note', 'notes', 'session', 'group', 'reflection',
  'summary', 'theme', 'themes', 'attendance', 'attended', 'present', 'facilitator', 'reminder', 'god', 'jesus',
  'lord', 'christmas', 'easter', 'mum', 'mom', 'dad', 'nan', 'gran', 'grandma', 'grandpa', 'doctor', 'nurse',
  'consultant', 'surgeon', 'teacher', 'sister', 'brother', 'aunt', 'uncle', 'dr', 'mr', 'mrs', 'ms', 'prof',
  // Italiano
  'io', 'tu', 'lui', 'lei', 'noi', 'voi', 'loro', 'mi', 'ti', 'ci', 'vi', 'si', 'gli', 'lo', 'la', 'le', 'il',
  'un', 'una', 'uno', 'ne', 'che', 'chi', 'non', 'poi', 'anche', 'allora', 'quando', 'dopo', 'prima', 'oggi',
  'ieri', 'domani', 'infine', 'tutti', 'tutte', 'ognuno', 'ognuna', 'ciascuno', 'qualcuno', 'qualcuna',
  'nessuno', 'nessuna', 'alcuni', 'alcune', 'molti', 'molte', 'sono', 'ho', 'ha', 'abbiamo', 'hanno', 'era',
  'nel', 'nella', 'della', 'del', 'dal', 'dalla', 'al', 'alla', 'con', 'per', 'tra', 'fra', 'ciao', 'grazie',
  'sessione', 'gruppo', 'riflessione', 'sintesi', 'tema', 'temi', 'presenti', 'facilitatore', 'facilitatrice',
  'dio', 'gesu', 'madonna', 'natale', 'pasqua', 'mamma', 'papa', 'babbo', 'nonna', 'nonno', 'zia', 'zio',
  'dottore', 'dottoressa', 'medico', 'infermiera', 'infermiere', 'psicologa', 'psicologo', 'signora', 'signor',
  // tree zones and method words, both languages
  'roots', 'ground', 'trunk', 'branches', 'leaves', 'fruits', 'flowers', 'compost', 'forest', 'storms', 'tree',
  'radici', 'terreno', 'tronco', 'rami', 'foglie', 'frutti', 'fiori', 'bosco', 'foresta', 'tempeste', 'albero',
  // days and months
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'july', 'september', 'october', 'november', 'december', 'lunedi', 'martedi', 'mercoledi', 'giovedi',
  'venerdi', 'sabato', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto',
  'settembre', 'ottobre', 'novembre', 'dicembre',
]);

/** Capitalised words that end a name rather than continue it ("Anna Hospital" is not a surname). */
export const NAME_STOPPERS: ReadonlySet<string> = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'drive', 'close', 'square', 'park', 'gardens', 'hill',
  'hospital', 'infirmary', 'clinic', 'hospice', 'centre', 'center', 'unit', 'ward', 'trust', 'foundation',
  'association', 'school', 'college', 'university', 'church', 'house', 'hall', 'day', 'group', 'team',
  'ospedale', 'clinica', 'reparto', 'associazione', 'fondazione', 'scuola', 'universita', 'chiesa', 'casa',
  'via', 'viale', 'piazza', 'corso', 'gruppo',
]);

/** Capitalised particles inside a surname ("Paolo De Luca", "Anna Di Stefano"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'di', 'da', 'del', 'della', 'dal', 'dalla', 'van', 'von', 'lo', 'la', 'le', 'mac',
]);

/** Italian elided articles and prepositions before a name: "dall'Anna", "l'Anna". */
export const ELISIONS: ReadonlySet<string> = new Set([
  'l', 'd', 'dall', 'dell', 'all', 'nell', 'sull', 'coll', 'un', 'quell', 'quest', 'dagl', 'degl', 'c', 's',
  'm', 't', 'v', 'n',
]);

/** Words after a capitalised lookalike that make it a verb: "Will you…", "May I…", "Mark my words". */
export const VERB_USE_FOLLOWERS: ReadonlySet<string> = new Set([
  'you', 'we', 'they', 'i', 'he', 'she', 'it', 'my', 'your', 'his', 'her', 'our', 'their', 'the', 'this', 'that',
]);
