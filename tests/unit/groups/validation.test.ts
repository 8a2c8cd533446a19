import { describe, expect, it } from 'vitest';
import {
  defaultGroupInput,
  isAliasTaken,
  isCodeTaken,
  normalizeKey,
  parseNumberField,
  splitLines,
  validateGroupInput,
  validateParticipantInput,
  validatePin,
  type GroupInput,
  type ParticipantInput,
} from '../../../src/domain/validation';
import { nextFreeStyle, PARTICIPANT_COLORS, SYMBOLS } from '../../../src/domain/participantStyle';

const group = (patch: Partial<GroupInput> = {}): GroupInput => ({ ...defaultGroupInput('en'), code: 'GRV-24A', name: 'Tuesday group', ...patch });
const person = (patch: Partial<ParticipantInput> = {}): ParticipantInput => ({ alias: 'Oak', color: '#009E73', symbol: 'leaf', redactNames: [], ...patch });

function groupError(patch: Partial<GroupInput>) {
  const result = validateGroupInput(group(patch));
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

describe('group validation', () => {
  it('accepts a valid group and trims its text', () => {
    const result = validateGroupInput(group({ code: '  GRV_24-a ', name: '  Tuesdays  ' }));
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ code: 'GRV_24-a', name: 'Tuesdays' }) });
  });

  it('requires a code, and a code of only spaces counts as empty', () => {
    expect(groupError({ code: '' }).code?.key).toBe('common:errors.required');
    expect(groupError({ code: '     ' }).code?.key).toBe('common:errors.required');
  });

  it('refuses codes that are too short, too long or have other characters', () => {
    expect(groupError({ code: 'A' }).code).toEqual({ key: 'groups:errors.codeTooShort', values: { min: 2 } });
    expect(groupError({ code: 'A'.repeat(21) }).code).toEqual({ key: 'common:errors.tooLong', values: { max: 20 } });
    expect(groupError({ code: 'GRV 24' }).code?.key).toBe('groups:errors.codeFormat');
    expect(groupError({ code: 'CAFÉ-1' }).code?.key).toBe('groups:errors.codeFormat');
    expect(groupError({ code: 'a/b' }).code?.key).toBe('groups:errors.codeFormat');
    expect(validateGroupInput(group({ code: 'A'.repeat(20) })).ok).toBe(true);
    expect(validateGroupInput(group({ code: 'ab' })).ok).toBe(true);
  });

  it('requires a name of 1 to 80 characters', () => {
    expect(groupError({ name: '  ' }).name?.key).toBe('common:errors.required');
    expect(groupError({ name: 'x'.repeat(81) }).name).toEqual({ key: 'common:errors.tooLong', values: { max: 80 } });
    expect(validateGroupInput(group({ name: 'x'.repeat(80) })).ok).toBe(true);
  });

  it('keeps k between 5 and 10 and refuses a blank number', () => {
    for (const k of [4, 11, 5.5, Number.NaN]) {
      expect(groupError({ suppressionK: k }).suppressionK).toEqual({ key: 'common:errors.range', values: expect.objectContaining({ min: 5, max: 10 }) });
    }
    expect(validateGroupInput(group({ suppressionK: 10 })).ok).toBe(true);
    expect(groupError({ suppressionK: parseNumberField('') }).suppressionK?.key).toBe('common:errors.range');
  });

  it('checks retention days and the enumerations', () => {
    expect(groupError({ retentionDays: 0 }).retentionDays?.key).toBe('common:errors.range');
    expect(groupError({ settingType: 'garden' as GroupInput['settingType'] }).settingType?.key).toBe('groups:errors.choose');
    expect(groupError({ lang: 'fr' as GroupInput['lang'] }).lang?.key).toBe('groups:errors.choose');
    expect(groupError({ datePrecision: 'month' as GroupInput['datePrecision'] }).datePrecision?.key).toBe('groups:errors.choose');
  });

  it('reports every refused field at once', () => {
    expect(Object.keys(groupError({ code: '', name: '', suppressionK: 3 })).sort()).toEqual(['code', 'name', 'suppressionK']);
  });

  it('tidies the deny-list and refuses over-long terms with their line number', () => {
    const result = validateGroupInput(group({ denyList: ['Ward 7', ' ward 7 ', 'Rossi Clinic'] }));
    expect(result.ok && result.value.denyList).toEqual(['Ward 7', 'Rossi Clinic']);
    expect(groupError({ denyList: ['ok', 'x'.repeat(101)] }).denyList).toEqual({ key: 'groups:errors.denyTermTooLong', values: { max: 100, line: 2 } });
    expect(groupError({ denyList: Array.from({ length: 201 }, (_, i) => `term ${i}`) }).denyList?.key).toBe('groups:errors.denyListTooLong');
  });

  it('drops zone labels that are empty or equal to the default, and refuses long ones', () => {
    const result = validateGroupInput(group({ zoneLabels: { en: { fruits: 'Gifts received', roots: 'Roots', trunk: ' ' }, it: { roots: 'Radici' } } }));
    expect(result.ok && result.value.zoneLabels).toEqual({ en: { fruits: 'Gifts received' } });
    expect(groupError({ zoneLabels: { it: { leaves: 'x'.repeat(41) } } }).zoneLabels?.values).toMatchObject({ lang: 'it', zone: 'leaves', max: 40 });
  });
});

function personError(patch: Partial<ParticipantInput>) {
  const result = validateParticipantInput(person(patch));
  if (result.ok) throw new Error('expected a refusal');
  return result.errors;
}

describe('participant validation', () => {
  it('accepts an alias with private names, trimmed and de-duplicated', () => {
    const result = validateParticipantInput(person({ alias: ' Willow ', redactNames: ['Maria ', 'maria', 'Rossi'] }));
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ alias: 'Willow', redactNames: ['Maria', 'Rossi'] }) });
  });

  it('requires an alias of 1 to 30 characters', () => {
    expect(personError({ alias: '   ' }).alias?.key).toBe('common:errors.required');
    expect(personError({ alias: 'x'.repeat(31) }).alias).toEqual({ key: 'common:errors.tooLong', values: { max: 30 } });
  });

  it('refuses a private name over 60 characters (a 10,000-character paste included) and more than 10 names', () => {
    expect(personError({ redactNames: ['Ann', 'x'.repeat(10_000)] }).redactNames).toEqual({
      key: 'roster:errors.redactNameTooLong',
      values: { max: 60, line: 2 },
    });
    expect(personError({ redactNames: Array.from({ length: 11 }, (_, i) => `Name${i}`) }).redactNames?.key).toBe('roster:errors.tooManyNames');
    expect(validateParticipantInput(person({ redactNames: Array.from({ length: 10 }, (_, i) => `Name${i}`) })).ok).toBe(true);
  });

  it('refuses an alias that is one of the private names', () => {
    expect(personError({ alias: 'maria', redactNames: ['Maria'] }).alias?.key).toBe('roster:errors.aliasIsPrivateName');
  });

  it('refuses an unknown colour or symbol', () => {
    expect(personError({ color: 'red' }).color?.key).toBe('roster:errors.color');
    expect(personError({ symbol: 'dragon' as ParticipantInput['symbol'] }).symbol?.key).toBe('groups:errors.choose');
  });
});

describe('uniqueness and helpers', () => {
  it('compares codes and aliases trimmed and case-insensitively, ignoring the record itself', () => {
    const groups = [{ id: 'g1', code: 'GRV-24A' }];
    expect(isCodeTaken(' grv-24a ', groups)).toBe(true);
    expect(isCodeTaken('GRV-24A', groups, 'g1')).toBe(false);
    const people = [{ id: 'p1', alias: 'Oak' }];
    expect(isAliasTaken('OAK', people)).toBe(true);
    expect(isAliasTaken('Oak', people, 'p1')).toBe(false);
    expect(isAliasTaken('Oaks', people)).toBe(false);
    expect(normalizeKey('  Él ')).toBe('él');
  });

  it('splits lines and parses number fields without turning blanks into zero', () => {
    expect(splitLines(' a \n\n b\r\n  ')).toEqual(['a', 'b']);
    expect(parseNumberField('7')).toBe(7);
    expect(parseNumberField('  ')).toBeNaN();
  });

  it('accepts a PIN of 4 to 8 digits, or none', () => {
    expect(validatePin('1234')).toEqual({ ok: true, value: '1234' });
    expect(validatePin(' 12345678 ')).toEqual({ ok: true, value: '12345678' });
    expect(validatePin('')).toEqual({ ok: true, value: null });
    for (const bad of ['123', '123456789', '12a4', '12 34']) expect(validatePin(bad).ok).toBe(false);
  });

  it('offers an unused colour and symbol for each new participant', () => {
    const first = nextFreeStyle([]);
    expect(first).toEqual({ color: PARTICIPANT_COLORS[0].hex, symbol: SYMBOLS[0] });
    const second = nextFreeStyle([first]);
    expect(second.color).not.toBe(first.color);
    expect(second.symbol).not.toBe(first.symbol);
  });
});
