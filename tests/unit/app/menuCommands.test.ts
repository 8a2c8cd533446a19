import { describe, expect, it } from 'vitest';
import { menuCommandAction } from '../../../src/app/menuCommands';
import { parseRoute, routeHash } from '../../../src/app/routes';

describe('menu commands', () => {
  it('open the create-group form and settings', () => {
    expect(menuCommandAction('new-group', { name: 'archive' })).toEqual({ type: 'navigate', route: { name: 'newGroup' } });
    expect(menuCommandAction('settings', { name: 'home' })).toEqual({ type: 'navigate', route: { name: 'settings' } });
    expect(parseRoute(routeHash({ name: 'newGroup' }))).toEqual({ name: 'newGroup' });
  });

  it('open the presenter for the group on screen, or send the facilitator to pick a group', () => {
    expect(menuCommandAction('open-presenter', { name: 'forest', groupId: 'g1' })).toEqual({ type: 'openPresenter', groupId: 'g1' });
    expect(menuCommandAction('open-presenter', { name: 'run', groupId: 'g2', sessionId: 's' })).toEqual({ type: 'openPresenter', groupId: 'g2' });
    expect(menuCommandAction('open-presenter', { name: 'library' })).toEqual({ type: 'navigate', route: { name: 'home' } });
  });

  it('toggle the privacy curtain from anywhere', () => {
    expect(menuCommandAction('privacy-curtain', { name: 'home' })).toEqual({ type: 'toggleCurtain' });
  });
});
