/** Stringhe italiane per le schermate presenter. Le chiavi corrispondono a src/i18n/en/presenter.ts. */
const presenter = {
  controls: {
    label: 'Proiettore',
    open: 'Apri la vista proiettore',
    show: 'Mostra sul proiettore',
    curtainOn: 'Sipario (oscura il proiettore)',
    curtainOff: 'Alza il sipario',
    openFailed: 'Non è stato possibile aprire la vista proiettore (forse una finestra pop-up è stata bloccata).',
  },
  screen: {
    title: 'Vista proiettore',
    waiting: 'In attesa del facilitatore…',
    curtain: 'Sipario',
    curtainHint: 'Premi B per oscurare o mostrare lo schermo.',
    liftCurtain: 'Alza il sipario',
    nothingToShow: 'Qui non c’è nulla da mostrare.',
    treeOf: 'Albero di {{alias}}',
    forest: 'Bosco della Vita',
    treeLabel: 'Albero della Vita di {{alias}}, solo ciò che si può proiettare',
    forestLabel_one: 'Bosco della Vita: {{count}} albero, solo ciò che si può proiettare',
    forestLabel_other: 'Bosco della Vita: {{count}} alberi, solo ciò che si può proiettare',
    missing: 'Questo gruppo non si trova.',
  },
} as const;
export default presenter;
