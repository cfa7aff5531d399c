import { uiStrings as u } from './uiStrings';

/** The plain message to show for anything thrown by an API call. */
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const text = raw.trim() || u.somethingWrong;
  // Core's validation messages are sentence fragments ("a project needs a name").
  return text.charAt(0).toUpperCase() + text.slice(1);
}
