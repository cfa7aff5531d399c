const KEY = 'dossier:mention-marks';

/** Entity names are marked in the text unless the person turned that off (remembered across projects). */
export function readMentionMarksShown(): boolean {
  try {
    return localStorage.getItem(KEY) !== '0';
  } catch {
    return true;
  }
}

export function writeMentionMarksShown(shown: boolean): void {
  try {
    localStorage.setItem(KEY, shown ? '1' : '0');
  } catch {
    // Not remembered; the marks simply show again next time.
  }
}
