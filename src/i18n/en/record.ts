/** English strings for the record screens. Keys must match src/i18n/it/record.ts. */
const record = {} as const;
export default record;
