/** English strings for the forest screens. Keys must match src/i18n/it/forest.ts. */
const forest = {} as const;
export default forest;
