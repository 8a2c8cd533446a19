import { DEFAULT_ZONE_LABELS } from '../../domain/zones';

/** Stringhe italiane condivise da tutte le schermate. Le chiavi corrispondono a src/i18n/en/common.ts. */
const common = {
  appName: 'Grove',
  tagline: "Gruppi dell'Albero della Vita, custoditi su questo computer",
  nav: {
    label: 'Principale',
    groups: 'Gruppi',
    library: 'Biblioteca delle attività',
    archive: 'Archivio',
    settings: 'Impostazioni',
  },
  skipToContent: 'Vai al contenuto',
  actions: {
    save: 'Salva',
    cancel: 'Annulla',
    delete: 'Elimina',
    edit: 'Modifica',
    close: 'Chiudi',
    add: 'Aggiungi',
    back: 'Indietro',
    confirm: 'Conferma',
    duplicate: 'Duplica',
    moveUp: 'Sposta su',
    moveDown: 'Sposta giù',
  },
  saved: 'Salvato',
  saving: 'Salvataggio…',
  loading: 'Caricamento…',
  notFound: 'Questa pagina non esiste più. Potrebbe essere stata eliminata.',
  goHome: 'Vai ai gruppi',
  errors: {
    quota: 'Il disco è pieno, quindi non è stato salvato nulla. Libera spazio e riprova; i dati salvati non sono cambiati.',
    unexpected: 'Si è verificato un problema e non è cambiato nulla: {{message}}',
    required: 'Compila questo campo.',
    tooLong: 'Resta sotto i {{max}} caratteri.',
    range: 'Inserisci un numero da {{min}} a {{max}}.',
  },
  /** Zone names come from the domain's defaults, so the method's vocabulary is written once. */
  zones: DEFAULT_ZONE_LABELS.it,
  visibility: {
    private: 'Privato',
    forest: 'Bosco',
    summary: 'Sintesi',
  },
  minutes_one: '{{count}} min',
  minutes_other: '{{count}} min',
} as const;
export default common;
