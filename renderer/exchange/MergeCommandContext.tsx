import { createContext, useContext } from 'react';

/** Opens "Merge a colleague's file…" from anywhere in the open project (the shell owns the dialog). */
export const MergeCommandContext = createContext<() => void>(() => undefined);

export function useMergeCommand(): () => void {
  return useContext(MergeCommandContext);
}
