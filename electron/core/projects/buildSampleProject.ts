import fs from 'node:fs';
import path from 'node:path';
import { createAnnotation } from '../annotations/annotationsStore';
import type { ProjectDb } from '../db/projectDatabase';
import { createLabel } from '../labels/labelsStore';
import { extractSourceFile } from '../sources/extractSourceFile';
import type { ExtractedSource } from '../sources/extractSourceFile';
import { insertSource } from '../sources/sourcesStore';
import type { SampleManifest } from './sampleManifest';

/**
 * Fills a new, empty project with the sample: its sources, labels and
 * highlights (found by their quotes, which occur once in their texts).
 */
export async function buildSampleProject(db: ProjectDb, author: string, sampleDir: string, manifest: SampleManifest): Promise<void> {
  const extracted: { source: SampleManifest['sources'][number]; content: ExtractedSource }[] = [];
  for (const source of manifest.sources) {
    const bytes = fs.readFileSync(path.join(sampleDir, source.file));
    extracted.push({ source, content: await extractSourceFile(source.file, new Uint8Array(bytes), {}) });
  }
  db.transaction(() => {
    const labelIds = new Map<string, string>();
    for (const label of manifest.labels) labelIds.set(label.name, createLabel(db, author, label).id);
    const sourceIds = new Map<string, { id: string; text: string }>();
    for (const { source, content } of extracted) {
      const result = insertSource(
        db,
        author,
        { ...content, ...Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined)), originalName: source.file },
        source.file,
      );
      if (!result.sourceId) throw new Error(`sample source ${source.file} was not imported: ${result.message ?? ''}`);
      sourceIds.set(source.file, { id: result.sourceId, text: content.text });
    }
    for (const annotation of manifest.annotations) {
      const source = sourceIds.get(annotation.file);
      const start = source?.text.indexOf(annotation.quote) ?? -1;
      if (!source || start < 0) throw new Error(`sample quote not found in ${annotation.file}: ${annotation.quote}`);
      createAnnotation(db, author, {
        sourceId: source.id,
        start,
        end: start + annotation.quote.length,
        note: annotation.note ?? '',
        labelIds: (annotation.labels ?? []).map((name) => {
          const id = labelIds.get(name);
          if (!id) throw new Error(`sample label not declared: ${name}`);
          return id;
        }),
      });
    }
  })();
}
