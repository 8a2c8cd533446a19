/** English strings for the tree screens. Keys must match src/i18n/it/tree.ts. */
const tree = {} as const;
export default tree;
