/** English strings for the archive screens. Keys must match src/i18n/it/archive.ts. */
const archive = {} as const;
export default archive;
