/** English strings for the settings screens. Keys must match src/i18n/it/settings.ts. */
const settings = {} as const;
export default settings;
