import { emptyConsent, setConsent } from '../../../src/domain/consent';
import { emptyRecord } from '../../../src/domain/summary/record';
import type {
  AgendaBlock,
  AttendanceStatus,
  Group,
  NoteItem,
  Participant,
  Session,
  SessionRecord,
  ZoneId,
} from '../../../src/domain/types';

/** Realistic test data for the summary: a group, its roster with private names, a run session and its record. */

export const NOW = Date.UTC(2026, 10, 24, 14, 30);

export function makeGroup(overrides: Partial<Group> = {}): Group {
  return {
    id: 'g1',
    code: 'GRV-24A',
    name: 'Thursday group at Riverside Clinic',
    settingType: 'hospital-day-unit',
    lang: 'en',
    datePrecision: 'isoWeek',
    suppressionK: 5,
    zoneLabels: {},
    denyList: ['Riverside Clinic', 'Ward 7', 'Fabry'],
    retentionDays: 30,
    createdAt: NOW,
    updatedAt: NOW,
    archivedAt: null,
    ...overrides,
  };
}

const PEOPLE: [alias: string, names: string[]][] = [
  ['Oak', ['Margaret Ellison', 'Maggie']],
  ['Willow', ['Giuseppe Ferri', 'Peppe']],
  ['Robin', ['Anna Bianchi']],
  ['Fern', ['Siobhan O’Neill']],
  ['Birch', ['Kwame Mensah']],
  ['Heron', ['Lucia Romano']],
  ['Maple', ['Dorothy Price', 'Dot']],
  ['Cedar', ['Tomasz Nowak']],
  ['Linden', ['Priya Raman']],
  ['Aspen', ['Hamish McLeod']],
  ['Rowan', ['Chiara Esposito']],
  ['Hazel', ['Oluwaseun Adeyemi']],
];

/** `count` participants; the first `consenting` agreed to the summary. */
export function makeParticipants(count = 8, consenting = count): Participant[] {
  return PEOPLE.slice(0, count).map(([alias, names], i) => {
    let consent = emptyConsent();
    consent = setConsent(consent, 'groupDisplay', true, NOW);
    if (i < consenting) consent = setConsent(consent, 'summary', true, NOW);
    return { id: `p${i + 1}`, groupId: 'g1', alias, color: '#2f6b3f', symbol: 'leaf', redactNames: names, consent, createdAt: NOW + i };
  });
}

function block(id: string, title: string, minutes: number, actual: number | null, zone?: AgendaBlock['zone']): AgendaBlock {
  return { id, title, kind: zone ? 'zone' : 'custom', minutes, zone, prompts: [], materials: '', notes: '', actualStartedAt: null, actualMinutes: actual };
}

export function makeSession(participants: readonly Participant[], overrides: Partial<Session> = {}): Session {
  const statuses: AttendanceStatus[] = ['present', 'present', 'present', 'late', 'present', 'leftEarly', 'absent', 'present', 'present', 'present', 'late', 'present'];
  return {
    id: 's2',
    groupId: 'g1',
    number: 2,
    part: 'forest',
    title: 'Forest of Life: telling and re-telling',
    date: '2026-11-24',
    plannedMinutes: 120,
    blocks: [
      block('b1', 'Check-in', 10, 12),
      block('b2', 'Forest of Life', 10, 10, 'forest'),
      block('b3', 'Telling and re-telling', 80, 70),
      block('b4', 'Collective document', 12, 15),
      block('b5', 'Closing', 8, null),
    ],
    attendance: Object.fromEntries(participants.map((p, i) => [p.id, statuses[i % statuses.length]!])),
    guests: 0,
    startedAt: NOW - 125 * 60_000,
    endedAt: NOW,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** An earlier session where only the first `attended` participants came. */
export function makeEarlierSession(participants: readonly Participant[], attended: number): Session {
  return makeSession(participants, {
    id: 's1',
    number: 1,
    part: 'tree',
    attendance: Object.fromEntries(participants.slice(0, attended).map((p) => [p.id, 'present' as const])),
  });
}

/** A full record whose free text is full of the personal data a tired facilitator might write. */
export function makeRecord(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    ...emptyRecord('s2', 'g1', NOW),
    facilitatorRoles: 'Lead F1, co-facilitator P2',
    themes: [
      { id: 't1', zone: 'roots', text: 'Family recipes and songs from home keep people steady', band: 'most' },
      { id: 't2', zone: 'trunk', text: 'Patience learned through years of hospital waiting rooms', band: 'several' },
      { id: 't3', zone: 'branches', text: 'Hopes to travel again; Maggie wants to see the sea', band: 'several' },
      { id: 't4', zone: 'leaves', text: 'LEAVES-SECRET grandmother Rosa who died last spring', band: 'one' },
      { id: 't5', zone: 'compost', text: 'COMPOST-SECRET the label of being difficult', band: 'one' },
      { id: 't6', zone: 'storms', text: 'Bureaucracy and long waits at Riverside Clinic', band: 'most' },
      { id: 't7', zone: 'forest', text: 'Kindness as a shared value across trees', band: 'most' },
    ],
    collectiveDocument: 'We know how to ask for help. We know how to wait well. Giuseppe Ferri taught the group a breathing trick.',
    messageToOthers: 'You are not alone in the storm.',
    supportMap: { emotional: 6, esteem: 2, network: 7, informational: 0, tangible: 3 },
    signposted: 'Patient association helpline, call 020 7946 0958 or write to help@example.org',
    groupProcess: 'Warm and attentive. Anna Bianchi and Oak needed a pause after the re-telling.',
    safetyFlags: { distressSettled: '1', followUpOffered: '2+', safeguarding: '0', groupConflict: '0', accessibility: '0' },
    deliveryNotes: 'Re-telling shortened on Ward 7 because of a fire drill.',
    delivered: { b5: true },
    changeReasons: { b3: 'Shortened: fire drill', b4: 'Extended a little' },
    reflection: 'Pairing worked. Dot (Dorothy Price) was born on 12/03/1954 and may need large print.',
    nextSteps: 'Bring large-print prompts. Remind Peppe about transport.',
    feedbackRatings: [5, 4, 4, 5, 3, 4],
    privateNotes: 'PRIVATE-NOTE Margaret Ellison phone 07700 900123',
    ...overrides,
  };
}

export function note(id: string, participantId: string, zone: ZoneId, text: string, visibility: NoteItem['visibility'] = 'forest'): NoteItem {
  return {
    id,
    treeId: `tree-${participantId}`,
    groupId: 'g1',
    participantId,
    kind: 'note',
    zone,
    visibility,
    x: 0,
    y: 0,
    rotation: 0,
    z: 0,
    locked: false,
    createdAt: NOW,
    updatedAt: NOW,
    text,
    width: 120,
    height: 80,
    color: '#fff6a8',
  };
}
