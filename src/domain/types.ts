/**
 * Grove's data model: plain, readonly-by-convention records shared by every layer.
 * Ids are random UUID strings so records can be created offline without a counter.
 */

export type Lang = 'en' | 'it';

/** Tree zones in drawing order (bottom → top, then the extras). Storms and forest are group-level. */
export type ZoneId =
  | 'roots'
  | 'ground'
  | 'trunk'
  | 'branches'
  | 'leaves'
  | 'fruits'
  | 'flowers'
  | 'compost';

/** Zones a theme or prompt can belong to: the tree zones plus the group-level parts of the method. */
export type ThemeZoneId = ZoneId | 'forest' | 'storms';

export type SettingType =
  | 'peer-community'
  | 'patient-association'
  | 'hospital-outpatient'
  | 'hospital-day-unit'
  | 'hospital-inpatient'
  | 'other';

export type DatePrecision = 'day' | 'isoWeek';

export interface Group {
  id: string;
  /** Non-identifying programme code, e.g. "GRV-24A"; used in file names and PDFs. */
  code: string;
  /** Local display name, never exported. */
  name: string;
  settingType: SettingType;
  lang: Lang;
  datePrecision: DatePrecision;
  /** Small-count suppression threshold, 5..10. */
  suppressionK: number;
  /** Per-group overrides of zone labels, by language; missing entries use the defaults. */
  zoneLabels: Partial<Record<Lang, Partial<Record<ZoneId, string>>>>;
  /** Terms that must never reach an export (condition names, ward names, places). */
  denyList: string[];
  /** Days to keep archived summaries and tree content after the programme ends. */
  retentionDays: number;
  createdAt: number;
  updatedAt: number;
  /** Set when archived; archived groups are hidden from the active list. */
  archivedAt: number | null;
  /** When the facilitator last wiped the group's raw content (trees, private notes, private names). */
  rawWipedAt?: number | null;
  /** Support contacts for the care plan (local support line, on-site staff), shown only to the facilitator. */
  careContacts?: string;
}

export type ConsentPurpose = 'groupDisplay' | 'projector' | 'print' | 'summary';

export interface ConsentState {
  granted: boolean;
  /** When it was last given or withdrawn; null if never answered. */
  at: number | null;
}

export type Consent = Record<ConsentPurpose, ConsentState>;

export type SymbolName = 'leaf' | 'star' | 'sun' | 'moon' | 'drop' | 'heart' | 'bird' | 'flower' | 'stone' | 'wave';

export interface Participant {
  id: string;
  groupId: string;
  /** A chosen symbol name such as "Oak": the only way a participant is shown anywhere. */
  alias: string;
  color: string;
  symbol: SymbolName;
  /** Real names and nicknames, kept only so the anonymiser can find them. Never shown outside the roster editor. */
  redactNames: string[];
  consent: Consent;
  createdAt: number;
}

export type MethodPart = 'tree' | 'forest' | 'storms' | 'celebration' | 'dropIn' | 'other';

export type BlockKind =
  | 'welcome'
  | 'agreement'
  | 'warmup'
  | 'drawing'
  | 'zone'
  | 'sharing'
  | 'forest'
  | 'retelling'
  | 'collective'
  | 'storms'
  | 'supportMap'
  | 'certificates'
  | 'celebration'
  | 'feedback'
  | 'break'
  | 'checkin'
  | 'closing'
  | 'custom';

export interface LocalText {
  en: string;
  it: string;
}

export interface AgendaBlock {
  id: string;
  title: string;
  kind: BlockKind;
  minutes: number;
  /** The zone this block works on, for method blocks. */
  zone?: ThemeZoneId;
  prompts: LocalText[];
  materials: string;
  notes: string;
  /** What actually ran, filled by the run view. */
  actualStartedAt?: number | null;
  actualMinutes?: number | null;
  /** Minutes given (+) or taken (−) while running, by the facilitator or an accepted re-plan. */
  adjustedMinutes?: number;
  /** Left out while running, by an accepted re-plan. */
  skipped?: boolean;
}

export type AttendanceStatus = 'present' | 'late' | 'leftEarly' | 'absent';

export interface Session {
  id: string;
  groupId: string;
  number: number;
  part: MethodPart;
  title: string;
  /** ISO date (yyyy-mm-dd) or null while not scheduled. */
  date: string | null;
  plannedMinutes: number;
  blocks: AgendaBlock[];
  attendance: Record<string, AttendanceStatus>;
  /** Guests (session 4 celebrations): a count only, never names. */
  guests: number;
  startedAt: number | null;
  endedAt: number | null;
  /** Planned clock time the session starts ("HH:MM"), so the agenda can show clock times; optional. */
  startTime?: string | null;
  /** The run view's clock, saved on every change so a reload resumes where the facilitator was. */
  run?: SessionRun | null;
  /** When the current pause for care began; null or absent when none is on. */
  careSince?: number | null;
  /** The facilitator's private note from pauses for care: never projected, never in a summary. */
  careNote?: string;
  /** Certificates co-written in the room (part 4), by participant id. Never exported in a summary. */
  certificates?: Record<string, CertificateText>;
  createdAt: number;
  updatedAt: number;
}

/** One participant's certificate as co-written with the group. */
export interface CertificateText {
  /** The person's own chosen words about their skills, knowledges and hopes. */
  words: string;
  /** One acknowledgement per peer who wants to add one, by the peer's participant id. */
  acknowledgements: Record<string, string>;
}

/**
 * The facilitator's running clock for one session. Times are timestamps (epoch ms), never tick counts,
 * so elapsed time stays right across pauses, reloads and a sleeping laptop.
 */
export interface SessionRun {
  /** The block being run (an id, so editing the agenda meanwhile cannot shift it); null before any. */
  currentBlockId: string | null;
  /** Which of the current block's prompts is shown. */
  promptIndex: number;
  /** When the clock last started running; null while paused. */
  runningSince: number | null;
  /** Time run on the whole session before runningSince. */
  sessionMs: number;
  /** Time run per block id before runningSince (a block can be visited more than once). */
  blockMs: Record<string, number>;
}

/** A facilitator's own saved activity for the method library. */
export interface LibraryBlock {
  id: string;
  title: string;
  kind: BlockKind;
  minutes: number;
  zone?: ThemeZoneId;
  prompts: LocalText[];
  materials: string;
  notes: string;
  createdAt: number;
}

export type Visibility = 'private' | 'forest' | 'summary';

export type TreeItemKind = 'note' | 'stroke' | 'sticker';

export interface TreeItemBase {
  id: string;
  treeId: string;
  groupId: string;
  participantId: string;
  kind: TreeItemKind;
  zone: ZoneId;
  visibility: Visibility;
  x: number;
  y: number;
  rotation: number;
  /** Stacking order inside the tree; larger is on top. */
  z: number;
  locked: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface NoteItem extends TreeItemBase {
  kind: 'note';
  text: string;
  width: number;
  height: number;
  color: string;
}

export interface StrokeItem extends TreeItemBase {
  kind: 'stroke';
  /** Flat [x, y, pressure, x, y, pressure, ...] relative to (x, y). */
  points: number[];
  color: string;
  size: number;
  scaleX: number;
  scaleY: number;
}

export type StickerName = 'heart' | 'star' | 'sun' | 'bird' | 'hand' | 'home' | 'flower' | 'drop';

export interface StickerItem extends TreeItemBase {
  kind: 'sticker';
  sticker: StickerName;
  size: number;
  color: string;
}

export type TreeItem = NoteItem | StrokeItem | StickerItem;

export interface Tree {
  id: string;
  groupId: string;
  participantId: string;
  /** Zones the participant has worked through in guided mode. */
  doneZones: ZoneId[];
  createdAt: number;
  updatedAt: number;
}

export type ForestItemKind = 'storm' | 'collective';

export interface ForestItem {
  id: string;
  groupId: string;
  kind: ForestItemKind;
  text: string;
  x: number;
  y: number;
  color: string;
  createdAt: number;
  updatedAt: number;
}

export type SizeBand = 'one' | 'several' | 'most';

export interface Theme {
  id: string;
  zone: ThemeZoneId;
  text: string;
  band: SizeBand;
}

export type SupportType = 'emotional' | 'esteem' | 'network' | 'informational' | 'tangible';

export type SafetyFlag =
  | 'distressSettled'
  | 'followUpOffered'
  | 'safeguarding'
  | 'groupConflict'
  | 'accessibility';

export type FlagBand = '0' | '1' | '2+';

/** The facilitator's group-level record of one session. */
export interface SessionRecord {
  sessionId: string;
  groupId: string;
  themes: Theme[];
  collectiveDocument: string;
  messageToOthers: string;
  /** Count of resources/ideas per support type, plus the kinds of resources signposted. */
  supportMap: Record<SupportType, number>;
  signposted: string;
  groupProcess: string;
  safetyFlags: Record<SafetyFlag, FlagBand>;
  /** Delivery versus plan: free-text reasons for changes. */
  deliveryNotes: string;
  /** Delivery versus plan: agenda block id → whether the facilitator ticked it as delivered. */
  delivered: Record<string, boolean>;
  /** Delivery versus plan: agenda block id → a short reason it changed (shortened, skipped, moved). */
  changeReasons: Record<string, string>;
  reflection: string;
  nextSteps: string;
  /** Anonymous feedback ratings (1..5), aggregate only. */
  feedbackRatings: number[];
  /** Never leaves the device. */
  privateNotes: string;
  facilitatorRoles: string;
  /** The export review's undone redactions, per free text (see domain/summary/decisions). */
  reviewDecisions: ReviewDecision[];
  /** Phrases the facilitator asked the export review to redact as well. */
  reviewTerms: string[];
  updatedAt: number;
}

/** The redactions a facilitator undid in one free text of a summary, while that text stays the same. */
export interface ReviewDecision {
  /** The free text's key in the summary model ("groupProcess", "theme:…"). */
  field: string;
  /** `textHash` of the text the decision was made on. */
  textHash: string;
  /** Ids of the findings undone (kept as written). */
  undone: string[];
}

export interface ArchiveEntry {
  id: string;
  /** The PDF itself. Bytes rather than a Blob so it can be sealed inside the row (see src/db/sealing). */
  pdf: Uint8Array;
  fileName: string;
  sha256: string;
  size: number;
  pages: number;
  groupId: string;
  groupCode: string;
  sessionNumber: number;
  /** Date or ISO week label the summary covers, e.g. "2026-11-24" or "2026-W48". */
  period: string;
  lang: Lang;
  createdAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}
