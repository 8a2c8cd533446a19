import type { MenuCommand } from '../../electron/shared/contract';
import type { Route } from './routes';

/** What a menu command does on the current screen. */
export type MenuAction =
  | { type: 'navigate'; route: Route }
  | { type: 'openPresenter'; groupId: string }
  | { type: 'toggleCurtain' }
  | { type: 'lock' }
  | { type: 'none' };

/**
 * The application menu's Grove items, decided from the current route. "Open presenter view" needs a
 * group: on a screen without one it goes to the groups list, where the facilitator picks one.
 */
export function menuCommandAction(command: MenuCommand, route: Route): MenuAction {
  switch (command) {
    case 'new-group':
      return { type: 'navigate', route: { name: 'newGroup' } };
    case 'settings':
      return { type: 'navigate', route: { name: 'settings' } };
    case 'privacy-curtain':
      return { type: 'toggleCurtain' };
    case 'lock':
      return { type: 'lock' };
    case 'open-presenter':
      return 'groupId' in route ? { type: 'openPresenter', groupId: route.groupId } : { type: 'navigate', route: { name: 'home' } };
  }
}
