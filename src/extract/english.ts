import type { Sentence } from './span.ts';
import type { Candidate } from './types.ts';

export function findEnglishStatements(_sentence: Sentence): Candidate[] {
  return [];
}
