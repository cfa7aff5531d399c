import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { repoRoot, testWorkbench } from '../../helpers/testWorkbench';
import { validateProjectXml } from './refiSchema';

const NS = 'urn:QDA-XML:project:1.0';
// As other tools write them: Windows line ends, a BOM, braces and capitals in guids, a character outside the BMP.
const interviewRaw = '\uFEFF  Interview 1\r\n\r\nQ: Where were you? 🙂 A: In the Old Town,\r\nnear the bridge.  \r\n';
const interviewNormalized = 'Interview 1\n\nQ: Where were you? 🙂 A: In the Old Town,\nnear the bridge.';
const cp = (text: string, quote: string): [number, number] => {
  const start = Array.from(text.slice(0, text.indexOf(quote))).length;
  return [start, start + [...quote].length];
};

function foreignProject(): { xml: string; bytes: Uint8Array } {
  const [oldTownStart, oldTownEnd] = cp(interviewRaw.slice(1), 'the Old Town,\r\nnear the bridge');
  const [whereStart, whereEnd] = cp(interviewRaw.slice(1), 'Where were you?');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="${NS}" name="Field interviews" origin="QualCoder 3.5">
<Users><User guid="{8A6F1C2E-0000-4000-8000-00000000000A}" name="Maria"/></Users>
<CodeBook><Codes>
  <Code guid="{8A6F1C2E-0000-4000-8000-000000000001}" name="Places" isCodable="false" color="#3A7">
    <Code guid="{8A6F1C2E-0000-4000-8000-000000000002}" name="Old Town" isCodable="true" color="#1F77B4"><Description>Anything in the old centre.</Description></Code>
  </Code>
  <Code guid="{8A6F1C2E-0000-4000-8000-000000000003}" name="Questions" isCodable="true"/>
</Codes></CodeBook>
<Variables><Variable guid="8a6f1c2e-0000-4000-8000-000000000020" name="Interviewer" typeOfVariable="Text"/></Variables>
<Cases><Case guid="8a6f1c2e-0000-4000-8000-000000000030" name="Respondent 7">
  <Description>Shop owner</Description>
  <SelectionRef targetGUID="{8A6F1C2E-0000-4000-8000-000000000011}"/>
</Case></Cases>
<Sources>
  <TextSource guid="{8A6F1C2E-0000-4000-8000-000000000010}" name="Interview 1" plainTextPath="internal://interview1.txt" creatingUser="{8A6F1C2E-0000-4000-8000-00000000000A}" creationDateTime="2025-05-01T10:00:00Z">
    <Description>Recorded in May.</Description>
    <PlainTextSelection guid="{8A6F1C2E-0000-4000-8000-000000000011}" name="old town" startPosition="${oldTownStart}" endPosition="${oldTownEnd}" creatingUser="{8A6F1C2E-0000-4000-8000-00000000000A}">
      <Coding guid="{8A6F1C2E-0000-4000-8000-000000000012}"><CodeRef targetGUID="{8A6F1C2E-0000-4000-8000-000000000002}"/></Coding>
      <NoteRef targetGUID="{8A6F1C2E-0000-4000-8000-000000000040}"/>
    </PlainTextSelection>
    <PlainTextSelection guid="{8A6F1C2E-0000-4000-8000-000000000013}" startPosition="${whereStart}" endPosition="${whereEnd}">
      <Coding guid="{8A6F1C2E-0000-4000-8000-000000000014}"><CodeRef targetGUID="{8A6F1C2E-0000-4000-8000-000000000003}"/></Coding>
    </PlainTextSelection>
    <VariableValue><VariableRef targetGUID="8a6f1c2e-0000-4000-8000-000000000020"/><TextValue>J. Doe</TextValue></VariableValue>
  </TextSource>
  <TextSource guid="{8A6F1C2E-0000-4000-8000-000000000050}" name="Inline memo">
    <PlainTextContent>Typed straight into the project.</PlainTextContent>
  </TextSource>
  <PDFSource guid="{8A6F1C2E-0000-4000-8000-000000000060}" name="Scan" path="internal://scan.pdf"/>
</Sources>
<Notes><Note guid="{8A6F1C2E-0000-4000-8000-000000000040}" name="memo"><PlainTextContent>She hesitated here.</PlainTextContent></Note></Notes>
</Project>`;
  return { xml, bytes: zipSync({ 'project.qde': strToU8(xml), Sources: { 'interview1.txt': strToU8(interviewRaw) } }) };
}

describe('importing a .qdpx written by other QDA software', () => {
  it('takes text sources, nested codes, selections (moved onto the normalized text), notes and cases, and says what it left out', async () => {
    const { xml, bytes } = foreignProject();
    expect((await validateProjectXml(xml)).errors).toEqual([]);
    const t = testWorkbench({ userName: 'lee' });
    const result = await t.call('interop.importQdpx', { name: 'interviews.qdpx', dataBase64: Buffer.from(bytes).toString('base64') });
    expect(result.counts).toEqual({ sources: 2, labels: 3, highlights: 2, notes: 1, entities: 1 });
    expect(result.skipped).toEqual([
      'The descriptions and memos of 1 code were left out: Dossier labels have none.',
      '1 PDFSource left out: Dossier imports text sources only.',
    ]);
    expect(result.project.name).toBe('Field interviews');

    const labels = await t.call('labels.list', {});
    expect(labels.map((l) => [l.name, l.color]).sort()).toEqual([
      ['Old Town', '#1f77b4'],
      ['Places', '#33aa77'],
      ['Questions', '#e8a33d'],
    ]);
    const sources = await t.call('sources.list', {});
    const interview = await t.call('sources.get', { id: sources.find((s) => s.title === 'Interview 1')!.id });
    expect(interview.text).toBe(interviewNormalized);
    expect(interview.notes).toBe('Recorded in May.\n\nInterviewer: J. Doe');
    expect(interview.createdBy).toBe('Maria');
    expect(interview.createdAt).toBe('2025-05-01T10:00:00.000Z');
    const inline = await t.call('sources.get', { id: sources.find((s) => s.title === 'Inline memo')!.id });
    expect(inline.text).toBe('Typed straight into the project.');

    const highlights = await t.call('annotations.list', { sourceId: interview.id });
    const oldTown = labels.find((l) => l.name === 'Old Town')!;
    expect(highlights.map((h) => [h.exact, h.note, h.labelIds])).toEqual([
      ['Where were you?', '', [labels.find((l) => l.name === 'Questions')!.id]],
      ['the Old Town,\nnear the bridge', 'She hesitated here.', [oldTown.id]],
    ]);
    const [entity] = await t.call('entities.list', {});
    expect(entity).toMatchObject({ name: 'Respondent 7', kind: 'other' });
    const page = await t.call('entities.get', { id: entity!.id });
    expect(page.entity.description).toBe('Shop owner');
    expect(highlights[1]!.entityIds).toEqual([entity!.id]);
  });

  it('reads a zip written by a streaming writer (sizes in data descriptors)', async () => {
    const bytes = fs.readFileSync(path.join(repoRoot, 'tests/fixtures/refi-qda/streamed-zip.qdpx'));
    expect(bytes[6]! & 0x08).toBe(0x08);
    const t = testWorkbench();
    const result = await t.call('interop.importQdpx', { name: 'streamed-zip.qdpx', dataBase64: bytes.toString('base64') });
    expect(result.counts).toMatchObject({ sources: 1, highlights: 1 });
    const [source] = await t.call('sources.list', {});
    const [highlight] = await t.call('annotations.list', { sourceId: source!.id });
    expect(highlight!.exact).toBe('Hello');
  });
});
