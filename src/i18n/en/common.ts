import { DEFAULT_ZONE_LABELS } from '../../domain/zones';

/** English strings shared by every screen. Keys must match src/i18n/it/common.ts. */
const common = {
  appName: 'Grove',
  tagline: 'Tree of Life groups, kept on this computer',
  nav: {
    label: 'Main',
    groups: 'Groups',
    library: 'Method library',
    archive: 'Archive',
    settings: 'Settings',
  },
  skipToContent: 'Skip to content',
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    close: 'Close',
    add: 'Add',
    back: 'Back',
    confirm: 'Confirm',
    duplicate: 'Duplicate',
    moveUp: 'Move up',
    moveDown: 'Move down',
  },
  saved: 'Saved',
  saving: 'Saving…',
  loading: 'Loading…',
  notFound: 'This page does not exist any more. It may have been deleted.',
  goHome: 'Go to groups',
  errors: {
    quota: 'The disk is full, so nothing was saved. Free some space and try again; your stored data is unchanged.',
    unexpected: 'Something went wrong and nothing was changed: {{message}}',
    required: 'Please fill this in.',
    tooLong: 'Please keep this under {{max}} characters.',
    range: 'Please enter a number from {{min}} to {{max}}.',
  },
  /** Zone names come from the domain's defaults, so the method's vocabulary is written once. */
  zones: DEFAULT_ZONE_LABELS.en,
  visibility: {
    private: 'Private',
    forest: 'Forest',
    summary: 'Summary',
  },
  minutes_one: '{{count}} min',
  minutes_other: '{{count}} min',
} as const;
export default common;
