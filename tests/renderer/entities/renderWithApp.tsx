import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import type { DossierClient } from '../../../renderer/api/DossierClient';
import { QueryProvider } from '../../../renderer/api/QueryContext';
import { NavigationContext, type NavigationApi } from '../../../renderer/app/Navigation';
import { NoticeProvider } from '../../../renderer/ui/Notices';

/** The providers an entity view runs under in the app: API, notices, query cache and navigation. */
export function renderWithApp(ui: ReactNode, client: DossierClient, nav: NavigationApi) {
  return render(
    <ApiProvider client={client}>
      <NoticeProvider>
        <QueryProvider>
          <NavigationContext.Provider value={nav}>{ui}</NavigationContext.Provider>
        </QueryProvider>
      </NoticeProvider>
    </ApiProvider>,
  );
}
