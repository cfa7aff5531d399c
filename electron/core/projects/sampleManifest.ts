import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const manifestSchema = z.object({
  name: z.string().min(1),
  labels: z.array(z.object({ name: z.string().min(1), color: z.string().regex(/^#[0-9a-fA-F]{6}$/) })),
  sources: z.array(
    z.object({
      file: z.string().min(1),
      title: z.string().optional(),
      outlet: z.string().optional(),
      author: z.string().optional(),
      published: z.string().optional(),
      url: z.string().optional(),
      reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F']).optional(),
      notes: z.string().optional(),
    }),
  ),
  annotations: z.array(
    z.object({ file: z.string().min(1), quote: z.string().min(1), note: z.string().optional(), labels: z.array(z.string()).optional() }),
  ),
});

export type SampleManifest = z.infer<typeof manifestSchema>;

export function readSampleManifest(sampleDir: string): SampleManifest {
  return manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(sampleDir, 'manifest.json'), 'utf8')));
}
