/**
 * The parts of edtf.js (https://github.com/inukshuk/edtf.js) Dossier uses.
 * The package ships no types; `parse` returns plain objects like these.
 */
declare module 'edtf' {
  export interface ParsedDate {
    type: 'Date';
    level: number;
    /** [year, monthIndex (0-based), day, hours, minutes, seconds, ms] as far as given. */
    values: number[];
    /** true, or a bitmask on level 2 (per component). */
    approximate?: boolean | number;
    uncertain?: boolean | number;
    /** Bitmask of unspecified digits (X). */
    unspecified?: number;
    offset?: number;
  }
  export interface ParsedYear {
    type: 'Year';
    level: number;
    values: [number];
    significant?: number;
  }
  export interface ParsedSeason {
    type: 'Season';
    level: number;
    values: [number, number];
  }
  export interface ParsedInterval {
    type: 'Interval';
    level: number;
    values: [ParsedValue | null, ParsedValue | null];
  }
  export interface ParsedSet {
    type: 'Set' | 'List';
    level: number;
    values: ParsedValue[];
    earlier?: boolean;
    later?: boolean;
  }
  export type ParsedValue = ParsedDate | ParsedYear | ParsedSeason | ParsedInterval | ParsedSet | { type: string; level: number; values: unknown[] };

  export function parse(input: string, constraints?: { level?: number; types?: string[] }): ParsedValue;

  interface ExtDate {
    readonly min: number;
    readonly max: number;
    readonly type: string;
  }
  export default function edtf(input: string): ExtDate;
}
