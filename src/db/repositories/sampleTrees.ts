import type { Participant } from '../../domain/types';

/**
 * Fill the sample group's trees with a few realistic items. Owned by the canvas work; until it lands the
 * sample group simply starts with empty trees.
 */
export async function seedSampleTrees(_groupId: string, _participants: readonly Participant[]): Promise<void> {}
