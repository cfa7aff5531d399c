import type { EventName } from '../../shared/api/contract';

/**
 * The contract's event names, restated because contract.ts imports zod, which a
 * sandboxed preload cannot require. The type below fails to compile when the
 * contract gains or loses an event, and a test compares this list with eventNames.
 */
export const bridgeEventNames = ['project.changed', 'project.switched'] as const satisfies readonly EventName[];

type Missing = Exclude<EventName, (typeof bridgeEventNames)[number]>;
const everyEventListed: [Missing] extends [never] ? true : Missing = true;
void everyEventListed;
