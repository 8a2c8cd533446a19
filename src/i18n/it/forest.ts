/** Stringhe italiane per le schermate forest. Le chiavi corrispondono a src/i18n/en/forest.ts. */
const forest = {
  title: 'Bosco della Vita',
  missing: 'Questo gruppo non si trova.',
  count_one: '{{count}} albero nel bosco.',
  count_other: '{{count}} alberi nel bosco.',
  hiddenCount_one: '{{count}} persona non è mostrata (manca il consenso a mostrarla al gruppo).',
  hiddenCount_other: '{{count}} persone non sono mostrate (manca il consenso a mostrarle al gruppo).',
  noTrees: 'Non si può ancora mostrare nessun albero: nessuno ha acconsentito a mostrare il proprio albero al gruppo.',
  canvasLabel_one: 'Bosco della Vita con {{count}} albero',
  canvasLabel_other: 'Bosco della Vita con {{count}} alberi',
  prompts: { title: 'Domande', forest: 'Il bosco', storms: 'Quando arrivano le tempeste' },
  storms: {
    title: 'Tempeste',
    hint: 'Delle tempeste si parla in generale, intorno al bosco, mai come la storia di una persona.',
    empty: 'Ancora nessuna tempesta.',
    add: 'Una tempesta che può colpire alberi come i nostri',
    addButton: 'Aggiungi tempesta',
  },
  collective: {
    title: 'Documento collettivo',
    hint: 'Le capacità e le conoscenze del gruppo, senza nomi.',
    empty: 'Il documento collettivo è ancora vuoto.',
    add: 'Una capacità o una conoscenza del gruppo',
    addButton: 'Aggiungi al documento',
    canvasTitle: 'Capacità e conoscenze del nostro bosco',
  },
  entry: {
    text: 'Testo',
    edit: 'Modifica «{{text}}»',
    delete: 'Elimina «{{text}}»',
  },
  describe: {
    tree_one: '{{alias}}: {{count}} elemento',
    tree_other: '{{alias}}: {{count}} elementi',
    noTrees: 'Nessun albero mostrato',
    storms_one: '{{count}} tempesta intorno al bosco',
    storms_other: '{{count}} tempeste intorno al bosco',
    collective_one: '{{count}} voce nel documento collettivo',
    collective_other: '{{count}} voci nel documento collettivo',
  },
  errors: { missing: 'Questa voce non esiste più.' },
} as const;
export default forest;
