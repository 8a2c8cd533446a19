import { newId } from '../../domain/ids';
import { localIsoDate, sampleGroupInput, sampleParticipants } from '../../domain/sample';
import type { Group, Lang, Participant } from '../../domain/types';
import { validateGroupInput, validateParticipantInput } from '../../domain/validation';
import { db } from '../db';
import { seedSampleTrees } from './sampleTrees';
import { createProgramme } from './sessions';
import { valueOrThrow } from './validated';

/**
 * Create the demo group behind "Load a sample group": six participants by alias only, varied consent,
 * the 4-session Tree of Life programme starting today, and a few items on their trees. All in one
 * transaction, so a failure (a full disk, say) leaves no half-made group behind. Returns the group id.
 */
export async function loadSampleGroup(lang: Lang, now = Date.now()): Promise<string> {
  return db.transaction(
    'rw',
    // Every table but the archive: the helpers called below may open nested transactions on any of them.
    [db.groups, db.participants, db.sessions, db.records, db.trees, db.treeItems, db.forestItems, db.library, db.settings],
    async () => {
      const codes = (await db.groups.toArray()).map((group) => group.code);
      const settings = valueOrThrow(validateGroupInput(sampleGroupInput(lang, codes)));
      const group: Group = { id: newId(), ...settings, createdAt: now, updatedAt: now, archivedAt: null };
      await db.groups.add(group);
      const participants: Participant[] = sampleParticipants(lang, now).map(({ input, consent }, index) => ({
        id: newId(),
        groupId: group.id,
        ...valueOrThrow(validateParticipantInput(input)),
        consent,
        // Distinct creation times keep the roster in the listed order.
        createdAt: now + index,
      }));
      await db.participants.bulkAdd(participants);
      // Nested transactions over a subset of these tables join this one, so all of it commits together.
      await createProgramme(group.id, '4x120', localIsoDate(new Date(now)), 'ifEmpty', now);
      await seedSampleTrees(group.id, participants);
      return group.id;
    },
  );
}
