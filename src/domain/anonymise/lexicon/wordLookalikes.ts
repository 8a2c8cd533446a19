/**
 * Names that are also everyday words. Lower case they are always the word; capitalised they are a name only in
 * a name-like context (see `persons.ts`). Keys are folded: lower case, no accents.
 */
export const WORD_LOOKALIKES: ReadonlySet<string> = new Set([
  // English given names
  'amber', 'angel', 'april', 'art', 'august', 'autumn', 'bill', 'bob', 'brook', 'carol', 'charity', 'chase',
  'cliff', 'crystal', 'daisy', 'dale', 'dawn', 'dean', 'dot', 'destiny', 'don', 'drew', 'eve', 'faith', 'frank', 'glen',
  'grace', 'grant', 'guy', 'harmony', 'hazel', 'heather', 'holly', 'honor', 'honour', 'hope', 'iris', 'ivy',
  'jack', 'jasmine', 'joy', 'june', 'lily', 'mark', 'max', 'may', 'melody', 'mercy', 'mia', 'miles', 'olive', 'pat',
  'patience', 'pearl', 'poppy', 'ray', 'reed', 'rich', 'robin', 'rose', 'ruby', 'rusty', 'sandy', 'skye',
  'sky', 'star', 'sue', 'summer', 'sunny', 'verity', 'violet', 'wade', 'will',
  // Italian given names
  'angelo', 'aurora', 'bella', 'bianca', 'bruno', 'celeste', 'chiara', 'domenica', 'felice', 'fortunata',
  'fortunato', 'franco', 'gemma', 'gioia', 'grazia', 'leone', 'luce', 'margherita', 'marina', 'massimo', 'mina',
  'norma', 'pia', 'pino', 'primo', 'rosa', 'salvo', 'santo', 'serena', 'speranza', 'stella', 'vera', 'viola',
  // surnames that are words (matter when a roster lists them)
  'amato', 'baker', 'barone', 'bassi', 'battaglia', 'bell', 'bianco', 'black', 'brown', 'carbone', 'colombo',
  'colonna', 'conte', 'conti', 'cook', 'costa', 'farina', 'fiore', 'fisher', 'fontana', 'gallo', 'gatti',
  'gentile', 'grasso', 'greco', 'green', 'guerra', 'hill', 'hunter', 'king', 'lane', 'little', 'long', 'longo',
  'marino', 'mazza', 'monti', 'neri', 'price', 'riva', 'romano', 'sala', 'serra', 'testa', 'villa', 'vitale',
  'ward', 'white', 'wood', 'young',
]);

/**
 * Lookalikes that are nouns (virtues, plants, gems, seasons): as the word they can open a sentence and take a
 * verb ("Hope brought us together", "Poppy seeds were…"), so at a sentence start only a speech verb makes them
 * a name. The other lookalikes (Will, Frank, Serena, Vera…) are a name at a sentence start when a verb follows.
 */
export const NOUN_LOOKALIKES: ReadonlySet<string> = new Set([
  'amber', 'angel', 'aurora', 'autumn', 'brook', 'charity', 'crystal', 'daisy', 'dawn', 'destiny', 'faith',
  'fiore', 'gemma', 'gioia', 'grace', 'grazia', 'harmony', 'hazel', 'heather', 'holly', 'honor', 'honour',
  'hope', 'iris', 'ivy', 'jasmine', 'joy', 'lily', 'luce', 'margherita', 'melody', 'mercy', 'olive',
  'patience', 'pearl', 'perla', 'poppy', 'robin', 'rosa', 'rose', 'ruby', 'sky', 'skye', 'speranza', 'star',
  'stella', 'summer', 'verity', 'viola', 'violet',
]);

/** Month names that are also given names: capitalised mid-sentence they are usually the month. */
export const MONTH_LOOKALIKES: ReadonlySet<string> = new Set(['april', 'august', 'june', 'may']);
