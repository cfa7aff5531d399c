import { useEffect, useEffectEvent } from 'react';
import type { MenuCommand } from '../../shared/api/host';
import { useApi } from '../api/ApiContext';

/** Runs the handler for each desktop menu command this part of the UI is responsible for. */
export function useMenuCommands(handlers: Partial<Record<MenuCommand, () => void>>): void {
  const client = useApi();
  const run = useEffectEvent((command: MenuCommand) => handlers[command]?.());
  useEffect(() => client.onMenu((command) => run(command)), [client]);
}
