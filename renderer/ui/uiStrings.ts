/** Strings of the shared widgets (dialogs, notices, error screens). */
export const uiStrings = {
  closeDialog: 'Close dialog',
  closeDialogHint: 'Close (Esc)',
  dismiss: 'Dismiss',
  justNow: 'just now',
  cancel: 'Cancel',
  crashTitle: 'Something went wrong',
  crashArea: (area: string) => `The ${area} could not be shown`,
  crashFallback: 'An unexpected error occurred.',
  crashReassure: 'Your project is saved. You can try again, or reload the window.',
  tryAgain: 'Try again',
  reload: 'Reload',
  somethingWrong: 'Something went wrong.',
  unreadableAnswer: 'Dossier received an answer it could not understand.',
};
