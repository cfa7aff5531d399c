/**
 * Browser mode cannot open a folder, so its shell posts a message for the
 * notice area instead; the UI listens for this window event.
 */
export const SHELL_MESSAGE_EVENT = 'dossier:shell-message';

export function postShellMessage(message: string): void {
  window.dispatchEvent(new CustomEvent<string>(SHELL_MESSAGE_EVENT, { detail: message }));
}

export function onShellMessage(listener: (message: string) => void): () => void {
  const handler = (event: Event) => listener(String((event as CustomEvent<string>).detail));
  window.addEventListener(SHELL_MESSAGE_EVENT, handler);
  return () => window.removeEventListener(SHELL_MESSAGE_EVENT, handler);
}
