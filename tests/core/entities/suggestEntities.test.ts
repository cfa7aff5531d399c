import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateNames } from '../../../electron/core/entities/candidateNames';
import { testWorkbench } from '../../helpers/testWorkbench';
import type { TestWorkbench } from '../../helpers/testWorkbench';

const sampleDir = path.join(import.meta.dirname, '../../../resources/sample');

async function project(): Promise<TestWorkbench> {
  const t = testWorkbench({ userName: 'ana' });
  await t.call('projects.create', { name: 'Suggestions' });
  return t;
}

async function suggestFor(t: TestWorkbench, text: string): Promise<{ name: string; type: string; count: number; reason?: string }[]> {
  const { sourceId } = await t.call('sources.addText', { text, title: 'Text' });
  return t.call('entities.suggest', { sourceId: sourceId ?? '' });
}

async function namesIn(text: string): Promise<string[]> {
  return (await suggestFor(await project(), text)).map((x) => x.name).sort();
}

describe('candidateNames', () => {
  it('takes bylines, “according to” and titles off the front of a name', () => {
    expect(candidateNames('By Sanna Lindqvist')).toEqual(['Sanna Lindqvist']);
    expect(candidateNames('According to Deputy Foreign Minister Lucía Marenco')).toEqual(['Lucía Marenco']);
    expect(candidateNames('Mr Vorontsov')).toEqual(['Vorontsov']);
    expect(candidateNames('Special Envoy')).toEqual([]);
  });

  it('splits at punctuation and where the script changes, and drops a sentence’s full stop', () => {
    expect(candidateNames('Rosalind Achterberg, Aldmark')).toEqual(['Rosalind Achterberg', 'Aldmark']);
    expect(candidateNames('Lindhaven Contact Group.')).toEqual(['Lindhaven Contact Group']);
    expect(candidateNames('KarvInform):** Mr Vorontsov')).toEqual(['KarvInform', 'Vorontsov']);
    expect(candidateNames('Lindhaven Геннадий Воронцов')).toEqual(['Lindhaven', 'Геннадий Воронцов']);
    expect(candidateNames('Acme Holdings Ltd.')).toEqual(['Acme Holdings Ltd.']);
  });

  it('keeps particles inside a name and ends it at the first other lower-case word', () => {
    expect(candidateNames('Ministry of Foreign Affairs')).toEqual(['Ministry of Foreign Affairs']);
    expect(candidateNames('Ursula von der Leyen')).toEqual(['Ursula von der Leyen']);
    expect(candidateNames('Nordline News Agency reported')).toEqual(['Nordline News Agency']);
  });
});

describe('entity suggestions', () => {
  it('suggests the person of a byline, not the byline', async () => {
    const names = await namesIn('By Sanna Lindqvist\nNordline News Agency\n\nNegotiators report progress. Sanna Lindqvist filed from the port.');
    expect(names).toContain('Sanna Lindqvist');
    expect(names).toContain('Nordline News Agency');
    expect(names).not.toContain('By Sanna Lindqvist');
    expect(names).not.toContain('Negotiators');
  });

  it('keeps titles out of names and suggests no title on its own', async () => {
    const names = await namesIn(
      'The delegation, led by Deputy Foreign Minister Lucía Marenco, arrived. Mr Vorontsov thanked the Special Envoy of Aldmark, Ambassador Rosalind Achterberg.',
    );
    expect(names).toEqual(expect.arrayContaining(['Lucía Marenco', 'Vorontsov', 'Rosalind Achterberg', 'Aldmark']));
    expect(names.filter((n) => /Minister|Mr|Envoy|Ambassador/u.test(n))).toEqual([]);
  });

  it('drops common words that are capitalised only because a sentence starts with them', async () => {
    const names = await namesIn(
      '**ACHTERBERG:** Good afternoon. I will be brief. Thank you. Will the port open? Who decides? If the ceasefire holds, Dravik reopens. Now Dravik waits.',
    );
    expect(names).toEqual(['Dravik']);
  });

  it('keeps an institution’s whole name and drops its fragments and the bare common noun', async () => {
    const names = await namesIn(
      'The Ministry of Foreign Affairs of the Republic of Selmara welcomes the talks. The Ministry notes with concern that the Republic of Selmara was not consulted.',
    );
    expect(names).toEqual(['Ministry of Foreign Affairs', 'Republic of Selmara']);
  });

  it('takes the adjective of a place the text or the registry names for that place, not for a name', async () => {
    const t = await project();
    await t.call('entities.create', { kind: 'place', name: 'Selmara' });
    const names = (
      await suggestFor(
        t,
        'Karvenian and Selmaran negotiators met in Karvenia. The Karvenian delegation left. Morgan Hale, the mediator, said Morgan would stay.',
      )
    ).map((x) => x.name);
    expect(names.filter((n) => /Karvenian|Selmaran/u.test(n))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Morgan Hale']));
  });

  it('counts how often the text has each name', async () => {
    const suggestions = await suggestFor(await project(), 'Dravik is a port. Ships wait at Dravik. DRAVIK, 29 March.');
    expect(suggestions.map((x) => [x.name, x.count])).toEqual([['Dravik', 3]]);
  });

  it('drops names already covered by an existing name or alias, after folding', async () => {
    const t = await project();
    await t.call('entities.create', { kind: 'organization', name: 'Lindhaven Contact Group' });
    await t.call('entities.create', { kind: 'person', name: 'Gennady Vorontsov', aliases: ['Vorontsov', 'Zürich Office'] });
    const suggestions = await suggestFor(
      t,
      'The Lindhaven Contact Group met. Mr Vorontsov spoke for the LINDHAVEN CONTACT GROUP at the Zurich Office. Rosalind Achterberg listened.',
    );
    expect(suggestions.map((x) => x.name)).toEqual(['Rosalind Achterberg']);
  });

  it('still offers a surname alone as another name of a known person', async () => {
    const t = await project();
    const known = await t.call('entities.create', { kind: 'person', name: 'Gennady Vorontsov' });
    const suggestions = await suggestFor(t, 'The talks went on. Asked about the port, Vorontsov smiled.');
    expect(suggestions).toEqual([expect.objectContaining({ name: 'Vorontsov', type: 'alias', entityId: known.id, reason: 'the last name of “Gennady Vorontsov”' })]);
  });

  it('finds the sample project’s people and places without bylines, titles or sentence-initial words', async () => {
    const t = await project();
    const all = new Set<string>();
    for (const file of fs.readdirSync(sampleDir).filter((f) => /\.(txt|md)$/u.test(f))) {
      for (const x of await suggestFor(t, fs.readFileSync(path.join(sampleDir, file), 'utf8'))) all.add(x.name);
    }
    expect([...all]).toEqual(
      expect.arrayContaining(['Tomas Reinholt', 'Sanna Lindqvist', 'Lucía Marenco', 'Rosalind Achterberg', 'Lindhaven Contact Group', 'Dravik Transit Convention', 'Геннадий Воронцов']),
    );
    const noisy = [...all].filter(
      (n) => /^(?:By|The|According|In|Since|Mr|Deputy|Special|Ambassador)\b|[.,;:)]$|^(?:Good|Thank|Will|Who|If|Now|Ministry|Republic|Office|Negotiators)$/u.test(n),
    );
    expect(noisy).toEqual([]);
  });
});
