import { AllCommunityModule, ModuleRegistry, colorSchemeDark, themeQuartz } from 'ag-grid-community';
import { usePrefersDark } from './usePrefersDark';

// Community modules only: no enterprise features, no licence key.
ModuleRegistry.registerModules([AllCommunityModule]);

// The app's own font stack, never Google Fonts (the app is offline).
const baseParams = { fontFamily: 'inherit', fontSize: 14, headerFontWeight: 600, accentColor: '#2f6fde' } as const;
const lightTheme = themeQuartz.withParams({ ...baseParams, backgroundColor: '#ffffff', foregroundColor: '#1d232b' });
const darkTheme = themeQuartz
  .withPart(colorSchemeDark)
  .withParams({ ...baseParams, accentColor: '#7aa7ff', backgroundColor: '#1b2028', foregroundColor: '#e4e8ee' });

/** The one look of every grid in the app, following the OS theme. */
export function useDataGridTheme(): typeof lightTheme {
  return usePrefersDark() ? darkTheme : lightTheme;
}
