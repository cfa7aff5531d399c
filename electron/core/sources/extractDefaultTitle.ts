import { titleFromText } from '../../../shared/text/normalizeText';

/** A first line longer than this is a paragraph, not a title line. */
const TITLE_LINE_MAX = 90;
/** A first sentence up to this long is still a usable title: better than a line cut mid-sentence. */
const SENTENCE_TITLE_MAX = 150;
const SENTENCE_TITLE_MIN = 20;

/** The end of a sentence: its punctuation, closing quotes, then a space and a capital, digit or opening quote. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*(?=\s+["'“‘«([]*[\p{Lu}\p{Lt}\p{Lo}\p{N}])/gu;
/** "Mr.", "Dr.", "Gen.", "J.", "U.S." before a period do not end a sentence. */
const ABBREVIATION = /(?:^|\s)(?:\p{Lu}\p{Ll}{0,2}|\p{L}|(?:\p{L}\.)+\p{L})\.$/u;

/** A text that starts with e-mail headers: "From:", "To:", "Date:", "Subject:". */
const MAIL_HEADER = /^(?:From|To|Cc|Date|Sent|Subject|Reply-To):[ \t]/i;

/** The Subject of an e-mail saved as text, if the text starts with its headers. */
function mailSubject(text: string): string | undefined {
  const head = text.slice(0, 4096).split('\n\n', 1)[0]!.split('\n');
  if (head.length < 2 || !head.every((line) => MAIL_HEADER.test(line) || /^[ \t]/.test(line))) return undefined;
  const subject = head.find((line) => /^Subject:/i.test(line))?.slice('Subject:'.length).trim();
  return subject || undefined;
}

function firstLine(text: string): string {
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).trim();
    if (line !== '') return line;
    start = end + 1;
  }
  return '';
}

/**
 * A default title for a text without one: an e-mail's subject; else its first line, or — when
 * that line is a whole paragraph — its first sentence if that is not too long, else the line
 * shortened.
 */
export function extractDefaultTitle(text: string): string | undefined {
  const subject = mailSubject(text);
  if (subject !== undefined) return subject.length <= SENTENCE_TITLE_MAX ? subject : titleFromText(subject);
  const line = firstLine(text).replace(/\s+/g, ' ');
  if (line.length > TITLE_LINE_MAX) {
    const head = line.slice(0, SENTENCE_TITLE_MAX + 1);
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(head); m; m = SENTENCE_END.exec(head)) {
      const end = m.index + m[0].length;
      if (end < SENTENCE_TITLE_MIN || end > SENTENCE_TITLE_MAX) continue;
      if (m[0].startsWith('.') && ABBREVIATION.test(head.slice(0, m.index + 1))) continue;
      return head.slice(0, end);
    }
  }
  return titleFromText(text) || undefined;
}
