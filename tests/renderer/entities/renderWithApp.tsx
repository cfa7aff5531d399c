import { render } from '@testing-library/react';
import { useRef, type ReactNode } from 'react';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import type { DossierClient } from '../../../renderer/api/DossierClient';
import { QueryProvider } from '../../../renderer/api/QueryContext';
import { NavigationContext, type NavigationApi } from '../../../renderer/app/Navigation';
import { NoticeProvider } from '../../../renderer/ui/Notices';
import { useUndoStack, ViewUndoProvider } from '../../../renderer/ui/ViewUndo';

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

/** A part of the Entities view shown alone, with the undo the view gives its parts. */
export function WithViewUndo({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const undo = useUndoStack(ref, true);
  return (
    <ViewUndoProvider value={undo}>
      <div ref={ref}>{children}</div>
    </ViewUndoProvider>
  );
}
