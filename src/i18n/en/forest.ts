/** English strings for the forest screens. Keys must match src/i18n/it/forest.ts. */
const forest = {
  title: 'Forest of Life',
  missing: 'This group cannot be found.',
  count_one: '{{count}} tree in the forest.',
  count_other: '{{count}} trees in the forest.',
  hiddenCount_one: '{{count}} participant is not shown (no consent to group display).',
  hiddenCount_other: '{{count}} participants are not shown (no consent to group display).',
  noTrees: 'No tree can be shown yet: nobody has agreed to show their tree to the group.',
  canvasLabel_one: 'Forest of Life with {{count}} tree',
  canvasLabel_other: 'Forest of Life with {{count}} trees',
  prompts: { title: 'Prompts', forest: 'The forest', storms: 'When the storms come' },
  storms: {
    title: 'Storms',
    hint: 'Storms are talked about in general, around the forest, never as one person’s story.',
    empty: 'No storms yet.',
    add: 'A storm that can hit trees like ours',
    addButton: 'Add storm',
  },
  collective: {
    title: 'Collective document',
    hint: 'The group’s skills and knowledges, with no names.',
    empty: 'Nothing in the collective document yet.',
    add: 'A skill or knowledge of the group',
    addButton: 'Add to the document',
    canvasTitle: 'Skills and knowledges of our forest',
  },
  entry: {
    text: 'Text',
    edit: 'Edit “{{text}}”',
    delete: 'Delete “{{text}}”',
  },
  describe: {
    tree_one: '{{alias}}: {{count}} item',
    tree_other: '{{alias}}: {{count}} items',
    noTrees: 'No trees shown',
    storms_one: '{{count}} storm around the forest',
    storms_other: '{{count}} storms around the forest',
    collective_one: '{{count}} entry in the collective document',
    collective_other: '{{count}} entries in the collective document',
  },
  errors: { missing: 'This entry no longer exists.' },
} as const;
export default forest;
