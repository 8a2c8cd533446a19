/** English strings for the presenter screens. Keys must match src/i18n/it/presenter.ts. */
const presenter = {
  controls: {
    label: 'Projector',
    open: 'Open presenter view',
    show: 'Show on projector',
    curtainOn: 'Curtain (blank the projector)',
    curtainOff: 'Lift the curtain',
    openFailed: 'The presenter view could not be opened (a pop-up may have been blocked).',
  },
  screen: {
    title: 'Presenter view',
    waiting: 'Waiting for the facilitator…',
    curtain: 'Curtain',
    curtainHint: 'Press B to blank or show the screen.',
    liftCurtain: 'Lift the curtain',
    nothingToShow: 'Nothing to show here.',
    treeOf: 'Tree of {{alias}}',
    forest: 'Forest of Life',
    treeLabel: 'Tree of Life of {{alias}}, showing only what may be projected',
    forestLabel_one: 'Forest of Life: {{count}} tree, showing only what may be projected',
    forestLabel_other: 'Forest of Life: {{count}} trees, showing only what may be projected',
    missing: 'This group cannot be found.',
  },
} as const;
export default presenter;
