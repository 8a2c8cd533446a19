import { describe, expect, it } from 'vitest';
import { emptyConsent, setConsent } from '../../../src/domain/consent';
import type { Consent, ConsentPurpose, Visibility, ZoneId } from '../../../src/domain/types';
import {
  forestVisibleItems,
  mayPrint,
  mayShowInForest,
  mayShowOnProjector,
  mayUseInSummary,
  printableItems,
  projectorVisibleItems,
  showsOutsideOwnTree,
  stricterVisibility,
  summaryUsableItems,
  visibilityAfterRezone,
} from '../../../src/domain/visibility';

function owner(...granted: ConsentPurpose[]): { consent: Consent } {
  let consent = emptyConsent();
  for (const purpose of granted) consent = setConsent(consent, purpose, true, 1);
  return { consent };
}
const item = (visibility: Visibility, zone: ZoneId = 'trunk') => ({ visibility, zone });

describe('visibility rules', () => {
  it('the forest shows non-private items of people who agreed to group display', () => {
    expect(mayShowInForest(owner('groupDisplay'), item('forest'))).toBe(true);
    expect(mayShowInForest(owner('groupDisplay'), item('summary'))).toBe(true);
    expect(mayShowInForest(owner('groupDisplay'), item('private'))).toBe(false);
    expect(mayShowInForest(owner('projector', 'print', 'summary'), item('forest'))).toBe(false);
  });

  it('the projector needs projector and group-display consent, and never shows private items', () => {
    expect(mayShowOnProjector(owner('groupDisplay', 'projector'), item('forest'))).toBe(true);
    expect(mayShowOnProjector(owner('projector'), item('forest'))).toBe(false);
    expect(mayShowOnProjector(owner('groupDisplay'), item('forest'))).toBe(false);
    expect(mayShowOnProjector(owner('groupDisplay', 'projector'), item('private'))).toBe(false);
  });

  it('a print needs print consent; private items only when the participant chooses them for their own copy', () => {
    expect(mayPrint(owner('print'), item('forest'))).toBe(true);
    expect(mayPrint(owner('print'), item('private'))).toBe(false);
    expect(mayPrint(owner('print'), item('private'), true)).toBe(true);
    expect(mayPrint(owner('groupDisplay', 'projector', 'summary'), item('forest'))).toBe(false);
    expect(mayPrint(owner(), item('private'), true)).toBe(false);
  });

  it('a summary uses only summary items with summary consent, never leaves or compost', () => {
    expect(mayUseInSummary(owner('summary'), item('summary'))).toBe(true);
    expect(mayUseInSummary(owner('summary'), item('forest'))).toBe(false);
    expect(mayUseInSummary(owner('groupDisplay', 'projector', 'print'), item('summary'))).toBe(false);
    expect(mayUseInSummary(owner('summary'), item('summary', 'leaves'))).toBe(false);
    expect(mayUseInSummary(owner('summary'), item('summary', 'compost'))).toBe(false);
  });

  it('withdrawn display consent shows nothing of that tree outside it', () => {
    const withdrawn = { consent: setConsent(owner('groupDisplay', 'projector').consent, 'groupDisplay', false, 2) };
    expect(showsOutsideOwnTree(withdrawn)).toBe(false);
    const items = [item('forest'), item('summary'), item('private')];
    expect(forestVisibleItems(withdrawn, items)).toEqual([]);
    expect(projectorVisibleItems(withdrawn, items)).toEqual([]);
    expect(forestVisibleItems(owner('groupDisplay'), items)).toHaveLength(2);
    expect(printableItems(owner('print'), items)).toHaveLength(2);
    expect(summaryUsableItems(owner('summary'), items)).toHaveLength(1);
  });

  it('moving an item into the leaves or compost makes it private, never the other way round', () => {
    expect(visibilityAfterRezone('forest', 'leaves')).toBe('private');
    expect(visibilityAfterRezone('summary', 'compost')).toBe('private');
    expect(visibilityAfterRezone('private', 'trunk')).toBe('private');
    expect(visibilityAfterRezone('summary', 'trunk')).toBe('forest');
    expect(stricterVisibility('summary', 'forest')).toBe('forest');
  });
});
