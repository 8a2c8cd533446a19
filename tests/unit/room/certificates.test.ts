import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GroveDb } from '../../../src/db/db';
import { ValidationError } from '../../../src/db/errors';
import { saveCertificateText } from '../../../src/db/repositories/certificates';
import { createGroup } from '../../../src/db/repositories/groups';
import { addParticipant } from '../../../src/db/repositories/participants';
import { createProgramme, getSession } from '../../../src/db/repositories/sessions';
import {
  addSuggestion,
  CERTIFICATE_DESIGNS,
  CERTIFICATE_LIMITS,
  certificateContent,
  certificateStatus,
  certificateSuggestions,
  type CertificateContent,
} from '../../../src/domain/certificates';
import type { NoteItem, Participant } from '../../../src/domain/types';
import { buildCertificatesPdf } from '../../../src/pdf/certificatePdf';
import { freshDb, groupInput, personInput, snapshot } from '../db/helpers';
import { readFonts } from '../pdfFonts';

const strings = {
  documentTitle: 'Certificate',
  heading: 'Certificate of skills, knowledges and hopes',
  presentedTo: 'presented to',
  acknowledgements: 'From the group',
  footer: 'Tree of Life · 4 December 2026',
};

function pdftotext(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'grove-cert-'));
  writeFileSync(join(dir, 'c.pdf'), bytes);
  return execFileSync('pdftotext', [join(dir, 'c.pdf'), '-']).toString();
}

function note(participantId: string, zone: NoteItem['zone'], text: string, visibility: NoteItem['visibility'] = 'forest'): NoteItem {
  return { id: `${participantId}-${zone}-${text}`, treeId: 't', groupId: 'g', participantId, kind: 'note', zone, visibility, x: 0, y: 0, rotation: 0, z: 0, locked: false, createdAt: 0, updatedAt: 0, text, width: 10, height: 10, color: '#fff' };
}

describe('certificate rules', () => {
  const consent = (print: boolean) => ({ groupDisplay: { granted: true, at: 1 }, projector: { granted: true, at: 1 }, print: { granted: print, at: 1 }, summary: { granted: true, at: 1 } });
  it('needs presence and print consent', () => {
    const session = { attendance: { a: 'present', b: 'absent', c: 'late' } as const };
    expect(certificateStatus({ id: 'a', consent: consent(true) }, session)).toBe('ready');
    expect(certificateStatus({ id: 'b', consent: consent(true) }, session)).toBe('absent');
    expect(certificateStatus({ id: 'c', consent: consent(false) }, session)).toBe('noConsent');
    expect(certificateStatus({ id: 'd', consent: consent(true) }, session)).toBe('absent');
  });

  it('suggests only the person’s own shared trunk, fruits and flowers notes', () => {
    const items = [note('a', 'trunk', 'Patience'), note('a', 'leaves', 'My sister'), note('a', 'fruits', 'Kindness from Nonna', 'private'), note('b', 'trunk', 'Cooking'), note('a', 'flowers', 'Teaching songs'), note('a', 'trunk', 'patience')];
    expect(certificateSuggestions(items, 'a')).toEqual(['Patience', 'Teaching songs']);
    expect(addSuggestion('', 'Patience')).toBe('Patience');
    expect(addSuggestion('Patience', 'patience')).toBe('Patience');
    expect(addSuggestion('Patience', 'Teaching songs')).toBe('Patience\nTeaching songs');
  });

  it('uses the alias unless a real name is typed, and keeps only peers’ non-empty acknowledgements', () => {
    const people = [{ id: 'a', alias: 'Oak' }, { id: 'b', alias: 'Willow' }, { id: 'c', alias: 'Birch' }];
    const text = { words: ' Patient ', acknowledgements: { b: 'You listen well.', c: '  ' } };
    expect(certificateContent(people[0]!, text, people)).toEqual({ name: 'Oak', words: 'Patient', acknowledgements: [{ from: 'Willow', text: 'You listen well.' }] });
    expect(certificateContent(people[0]!, text, people, '  Nguyễn Thị Mai ').name).toBe('Nguyễn Thị Mai');
  });
});

describe('certificate PDF', () => {
  const names = ['Nguyễn Thị Mai', 'Ōta Hiroshi', 'Ђорђе Петровић', "Siobhán O'Neill"];
  const certificates: CertificateContent[] = names.map((name, at) => ({
    name,
    words: `I am good at listening and at cooking for many people (${at}). I hope to walk the Camino next spring.`,
    acknowledgements: [{ from: 'Willow', text: 'You made everyone feel welcome.' }],
  }));

  for (const design of CERTIFICATE_DESIGNS) {
    for (const format of ['a4', 'letter'] as const) {
      it(`renders every name in the ${design} design on ${format}, one landscape page each`, () => {
        const bytes = buildCertificatesPdf(certificates, { design, format, strings, fonts: readFonts(), createdAt: new Date(Date.UTC(2026, 11, 4)) });
        const text = pdftotext(bytes);
        for (const name of names) expect(text).toContain(name);
        expect(text).toContain('You made everyone feel welcome.');
        const dir = mkdtempSync(join(tmpdir(), 'grove-cert-info-'));
        writeFileSync(join(dir, 'c.pdf'), bytes);
        const info = execFileSync('pdfinfo', [join(dir, 'c.pdf')]).toString();
        expect(info).toMatch(/Pages:\s+4/);
        expect(info).toMatch(format === 'a4' ? /Page size:\s+841\.89 x 595\.28/ : /Page size:\s+792 x 612/);
        expect(info).not.toMatch(/Author:\s+\S/);
        for (const name of names) expect(info).not.toContain(name);
        expect(execFileSync('pdffonts', [join(dir, 'c.pdf')]).toString()).toContain('DejaVuSans');
      });
    }
  }
});

describe('certificate text in the session', () => {
  let db: GroveDb;
  let sessionId: string;
  let people: Participant[];
  beforeEach(async () => {
    db = freshDb('certificates');
    const groupId = (await createGroup(groupInput())).id;
    sessionId = (await createProgramme(groupId, '4x120', null))[3]!.id;
    people = [await addParticipant(groupId, personInput({ alias: 'Oak' })), await addParticipant(groupId, personInput({ alias: 'Willow' }))];
  });

  it('saves words and acknowledgements, and refuses too long text or a stranger with nothing stored', async () => {
    const [oak, willow] = people as [Participant, Participant];
    await saveCertificateText(sessionId, oak.id, { words: 'Patience' });
    await saveCertificateText(sessionId, oak.id, { acknowledgements: { [willow.id]: 'You listen well.' } });
    expect((await getSession(sessionId))!.certificates![oak.id]).toEqual({ words: 'Patience', acknowledgements: { [willow.id]: 'You listen well.' } });
    const before = await snapshot(db);
    await expect(saveCertificateText(sessionId, oak.id, { words: 'x'.repeat(CERTIFICATE_LIMITS.wordsMax + 1) })).rejects.toBeInstanceOf(ValidationError);
    await expect(saveCertificateText(sessionId, oak.id, { acknowledgements: { stranger: 'hi' } })).rejects.toBeInstanceOf(ValidationError);
    await expect(saveCertificateText(sessionId, oak.id, { acknowledgements: { [oak.id]: 'me' } })).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(db)).toEqual(before);
  });
});
