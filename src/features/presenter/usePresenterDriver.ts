import { useCallback, useEffect, useRef, useState } from 'react';
import { host } from '../../host';
import { openPresenterChannel, type PresenterMessage } from './channel';

type ShowMessage = Extract<PresenterMessage, { type: 'show' }>;

export interface PresenterDriver {
  /** Open (or focus) the presenter window for a group. */
  open(groupId: string): Promise<boolean>;
  show(message: ShowMessage): void;
  setCurtain(on: boolean): void;
  /** The discreet progress line on the projector (0..1), or null to hide it. */
  progress(fraction: number | null): void;
  curtain: boolean;
  /** The last thing this window put on the projector, or null. */
  showing: ShowMessage | null;
  error: string | null;
}

/**
 * The facilitator's side of the presenter channel, shared by the run, tree and forest screens: sends what
 * to show and the curtain, answers a presenter window's "hello" by sending its current state again (the
 * projector may open later), and follows the presenter's own word on the curtain, so every screen agrees.
 */
export function usePresenterDriver(): PresenterDriver {
  const channel = useRef<ReturnType<typeof openPresenterChannel> | null>(null);
  const state = useRef<{ showing: ShowMessage | null; curtain: boolean }>({ showing: null, curtain: false });
  const [showing, setShowing] = useState<ShowMessage | null>(null);
  const [curtain, setCurtainState] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const opened = openPresenterChannel((message) => {
      if (message.type === 'state') {
        state.current.curtain = message.curtain;
        setCurtainState(message.curtain);
      } else if (message.type === 'hello') {
        if (state.current.showing) opened.post(state.current.showing);
        if (state.current.curtain) opened.post({ type: 'curtain', on: true });
      }
    });
    channel.current = opened;
    // Ask an open presenter whether its curtain is down, so this screen never shows it lifted by mistake.
    opened.post({ type: 'query' });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  const show = useCallback((message: ShowMessage) => {
    state.current.showing = message;
    setShowing(message);
    channel.current?.post(message);
  }, []);

  const setCurtain = useCallback((on: boolean) => {
    state.current.curtain = on;
    setCurtainState(on);
    channel.current?.post({ type: 'curtain', on });
  }, []);

  const progress = useCallback((fraction: number | null) => {
    channel.current?.post({ type: 'progress', fraction });
  }, []);

  const open = useCallback(async (groupId: string) => {
    const result = await host.openPresenter(`/present/${encodeURIComponent(groupId)}`);
    setError(result.ok ? null : result.error);
    return result.ok;
  }, []);

  return { open, show, setCurtain, progress, curtain, showing, error };
}
