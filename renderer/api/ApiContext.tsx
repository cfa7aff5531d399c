import { createContext, useContext, type ReactNode } from 'react';
import type { DossierClient } from './DossierClient';

const ApiContext = createContext<DossierClient | null>(null);

/** Tests pass a fake client here; the app passes the real one. */
export function ApiProvider({ client, children }: { client: DossierClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): DossierClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi needs an <ApiProvider> above it');
  return client;
}
