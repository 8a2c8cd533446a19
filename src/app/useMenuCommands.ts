import { useEffect, useEffectEvent } from 'react';
import type { MenuCommand } from '../../electron/shared/contract';
import { usePresenterDriver } from '../features/presenter/usePresenterDriver';
import { host } from '../host';
import { lock } from '../security/keyring';
import { menuCommandAction } from './menuCommands';
import type { Route } from './routes';
import { navigate } from './useRoute';

/** Carry out the desktop menu's Grove items (New group, Open presenter view, Privacy curtain, Lock, Settings). */
export function useMenuCommands(route: Route): void {
  const presenter = usePresenterDriver();
  const onCommand = useEffectEvent((command: MenuCommand) => {
    const action = menuCommandAction(command, route);
    if (action.type === 'navigate') navigate(action.route);
    else if (action.type === 'openPresenter') void presenter.open(action.groupId);
    else if (action.type === 'toggleCurtain') presenter.setCurtain(!presenter.curtain);
    else if (action.type === 'lock') lock();
  });
  useEffect(() => host.onMenuCommand((command) => onCommand(command)), []);
}
