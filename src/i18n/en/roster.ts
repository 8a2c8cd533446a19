/** English strings for the roster screens. Keys must match src/i18n/it/roster.ts. */
const roster = {} as const;
export default roster;
