/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with
 * = + - @, a tab or a carriage return may run as a formula when the file is
 * opened. Export puts an apostrophe in front, the usual neutralisation that
 * Excel, LibreOffice and Google Sheets show as plain text. So that import
 * gives back exactly what was exported (EDTF dates like -0500 start with
 * '-'), a cell already starting with apostrophes before such a character
 * gets one more, and import takes exactly one off the same shape.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return NEEDS_QUOTE.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return QUOTED.test(value) ? value.slice(1) : value;
}
