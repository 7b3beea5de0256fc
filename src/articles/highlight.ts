import type { ArticleStatement } from "./queries.ts";

export interface Segment {
  text: string;
  statement: ArticleStatement | null;
  /** The speaker's name goes after the last segment of each statement. */
  speakerAfter: string | null;
}

export interface Paragraph {
  segments: Segment[];
}

export interface SpeakerGroup {
  name: string;
  kind: string;
  statements: ArticleStatement[];
}

/**
 * Cuts the body into paragraphs of plain and highlighted segments in one pass over sorted statements.
 * Offsets are JavaScript string indices, exactly as the extractor produced them.
 */
export function highlight(body: string, statements: ArticleStatement[]): Paragraph[] {
  const sorted = [...statements].sort((a, b) => a.startOffset - b.startOffset);
  const paragraphs: Paragraph[] = [{ segments: [] }];
  const push = (text: string, statement: ArticleStatement | null, speakerAfter: string | null) => {
    const parts = text.split(/\n\s*\n/);
    parts.forEach((part, index) => {
      if (index > 0) paragraphs.push({ segments: [] });
      if (part !== "") paragraphs.at(-1)!.segments.push({ text: part, statement, speakerAfter: index === parts.length - 1 ? speakerAfter : null });
    });
  };
  let cursor = 0;
  for (const statement of sorted) {
    const start = Math.max(cursor, statement.startOffset);
    const end = Math.min(body.length, statement.endOffset);
    if (end <= start) continue;
    if (start > cursor) push(body.slice(cursor, start), null, null);
    push(body.slice(start, end), statement, statement.speaker?.name ?? statement.speakerMention ?? "?");
    cursor = end;
  }
  if (cursor < body.length) push(body.slice(cursor), null, null);
  return paragraphs.filter((paragraph) => paragraph.segments.length > 0);
}

/** Statements grouped by speaker, speakers in order of first appearance; unattributed last. */
export function groupBySpeaker(statements: ArticleStatement[], unknownLabel: string): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const statement of statements) {
    const key = statement.speaker ? `id:${statement.speaker.id}` : "unknown";
    const group = groups.get(key) ?? { name: statement.speaker?.name ?? unknownLabel, kind: statement.speaker?.kind ?? "unknown", statements: [] };
    group.statements.push(statement);
    groups.set(key, group);
  }
  const unknown = groups.get("unknown");
  groups.delete("unknown");
  return unknown ? [...groups.values(), unknown] : [...groups.values()];
}
