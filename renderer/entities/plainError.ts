import { errorMessage } from '../ui/errorMessage';

const INVALID_REQUEST = /^Invalid request for [\w.]+:\s*/u;

/**
 * The message to show for a failed call. Input the API refuses comes back as
 * "Invalid request for entities.create: ✖ a name has at least 2 characters → at name";
 * the person only needs the reasons.
 */
export function plainError(error: unknown): string {
  const message = errorMessage(error);
  if (!INVALID_REQUEST.test(message)) return message;
  const reasons = message
    .replace(INVALID_REQUEST, '')
    .split('\n')
    .filter((line) => line.trim().startsWith('✖'))
    .map((line) => line.replace(/^\s*✖\s*/u, '').trim())
    .filter((line, index, all) => line && all.indexOf(line) === index)
    .map((line) => line.charAt(0).toUpperCase() + line.slice(1));
  return reasons.length > 0 ? `${reasons.join('. ')}.` : message;
}
