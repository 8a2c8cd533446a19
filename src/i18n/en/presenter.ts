/** English strings for the presenter screens. Keys must match src/i18n/it/presenter.ts. */
const presenter = {} as const;
export default presenter;
