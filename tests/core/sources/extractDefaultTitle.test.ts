import { describe, expect, it } from 'vitest';
import { extractDefaultTitle } from '../../../electron/core/sources/extractDefaultTitle';

describe('extractDefaultTitle', () => {
  it('takes a short first line as it is', () => {
    expect(extractDefaultTitle('\n\nCeasefire holds along the Seren line\n\nBody.')).toBe('Ceasefire holds along the Seren line');
    expect(extractDefaultTitle('')).toBeUndefined();
  });

  it('takes the first sentence of a first line that is a whole paragraph', () => {
    const paragraph =
      'The owner of the café on Harbour Street – a naïve optimist, by her own account – said the talks had changed nothing yet. “We were promised the quay would reopen in March,” she said.';
    expect(extractDefaultTitle(paragraph)).toBe(
      'The owner of the café on Harbour Street – a naïve optimist, by her own account – said the talks had changed nothing yet.',
    );
    expect(extractDefaultTitle('Is the deal within reach? Mr Vorontsov said on Sunday that it was, but that the Selmaran side had the last word.')).toBe(
      'Is the deal within reach?',
    );
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    const text =
      'Talks chaired by Amb. R. Achterberg and Gen. Marsh of the U.S. delegation resumed in Lindhaven on Tuesday. A second round is planned for next week.';
    expect(extractDefaultTitle(text)).toBe(
      'Talks chaired by Amb. R. Achterberg and Gen. Marsh of the U.S. delegation resumed in Lindhaven on Tuesday.',
    );
  });

  it('shortens the line at a word when the first sentence is too long', () => {
    const title = extractDefaultTitle(`${'word '.repeat(60)}end.`);
    expect(title?.endsWith('…')).toBe(true);
    expect(title!.length).toBeLessThanOrEqual(91);
  });

  it("takes an e-mail's subject", () => {
    const mail = 'From: Sanna Lindqvist <s@x.example>\nTo: Desk <d@x.example>\nSubject: Re: Dravik figures\nDate: Sun, 29 Mar 2026\n\nThanks.';
    expect(extractDefaultTitle(mail)).toBe('Re: Dravik figures');
    expect(extractDefaultTitle('From: the desk\n\nNo subject here.')).toBe('From: the desk');
    expect(extractDefaultTitle('Subject: only one line, so it is not a header block')).toBe('Subject: only one line, so it is not a header block');
  });
});
