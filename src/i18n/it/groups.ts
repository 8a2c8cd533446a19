/** Stringhe italiane per le schermate groups. Le chiavi corrispondono a src/i18n/en/groups.ts. */
const groups = {} as const;
export default groups;
