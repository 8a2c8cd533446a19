import type { LocalText } from '../../domain/types';

/**
 * How the facilitator's window drives the presenter view: a BroadcastChannel between windows of the same
 * origin (the second Electron window, or a second browser tab). It never leaves this computer.
 */
export type PresenterMessage =
  /** Show a prompt (large type) with either nothing, one tree, or the whole forest behind it. */
  | { type: 'show'; groupId: string; prompt: LocalText | null; title: string | null; view: 'prompt' | 'tree' | 'forest'; participantId?: string }
  /** A discreet progress line for the current block (0..1), or null to hide it; sent only when Settings allow it. */
  | { type: 'progress'; fraction: number | null }
  /** Blank the projector at once (true) or lift the curtain (false). */
  | { type: 'curtain'; on: boolean }
  /** Sent by a presenter view when it opens, so the facilitator window re-sends its state. */
  | { type: 'hello' }
  /** Sent by a facilitator screen when it opens: "presenter, tell me whether the curtain is down". */
  | { type: 'query' }
  /** The presenter's answer, and its announcement whenever the curtain changes (from any window or key). */
  | { type: 'state'; curtain: boolean };

const CHANNEL_NAME = 'grove-presenter';

export function openPresenterChannel(onMessage: (message: PresenterMessage) => void): { post: (message: PresenterMessage) => void; close: () => void } {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<PresenterMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
