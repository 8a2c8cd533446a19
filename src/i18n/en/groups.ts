/** English strings for the groups screens. Keys must match src/i18n/it/groups.ts. */
const groups = {} as const;
export default groups;
