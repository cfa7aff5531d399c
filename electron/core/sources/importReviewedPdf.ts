import type { ImportResult } from '../../../shared/api/types';
import { assemblePdfText, type PdfTextChoices } from '../../../shared/sources/pdfText';
import type { ProjectDb } from '../db/projectDatabase';
import { insertSource } from './sourcesStore';

export interface ReviewedPdf extends PdfTextChoices {
  name: string;
  pages: string[][];
  title?: string;
  author?: string;
}

/** Imports a PDF held for review, its text assembled with the reviewer's choices. */
export function importReviewedPdf(db: ProjectDb, author: string, input: ReviewedPdf): ImportResult {
  const { text, pageStarts } = assemblePdfText(input.pages, input);
  const result = insertSource(
    db,
    author,
    { text, pageStarts, format: 'pdf', title: input.title, author: input.author, originalName: input.name },
    `“${input.name}”`,
  );
  result.name = input.name;
  return result;
}
