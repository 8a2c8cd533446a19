import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import { openPresenterChannel, type PresenterMessage } from '../presenter/channel';

type ShowMessage = Extract<PresenterMessage, { type: 'show' }>;

/**
 * Keeps the presenter view in step with the run view over the BroadcastChannel: posts `show` whenever
 * what should be projected changes, and answers a presenter's `hello` (a window that has just opened or
 * reloaded) by sending it again, with the curtain if it is down. Returns the function that posts the
 * curtain: it is sent only when the facilitator changes it, never on mount, so opening this screen can
 * never lift a curtain dropped from another screen.
 */
export function usePresenterSync(show: ShowMessage, curtain: boolean): (on: boolean) => void {
  const channel = useRef<ReturnType<typeof openPresenterChannel> | null>(null);
  const showKey = JSON.stringify(show);

  const answerHello = useEffectEvent(() => {
    channel.current?.post(show);
    if (curtain) channel.current?.post({ type: 'curtain', on: true });
  });

  useEffect(() => {
    const opened = openPresenterChannel((message) => {
      if (message.type === 'hello') answerHello();
    });
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  const postShow = useEffectEvent(() => channel.current?.post(show));
  useEffect(() => {
    postShow();
  }, [showKey]);

  return useCallback((on: boolean) => channel.current?.post({ type: 'curtain', on }), []);
}
