import type { ExportRow } from "../statements/queries.ts";

export const CSV_COLUMNS = [
  "id",
  "status",
  "text",
  "speaker",
  "speaker_id",
  "type",
  "cue",
  "confidence",
  "note",
  "evidence",
  "assignee",
  "reviewed_by",
  "reviewed_at",
  "article_id",
  "article_title",
  "language",
  "source",
  "url",
  "created_at",
] as const;

function csvCell(value: string | number | boolean | Date | null | undefined): string {
  let text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  // A cell a spreadsheet would run as a formula is written as text.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(row: ExportRow): string {
  const values = [
    row.id,
    row.status,
    row.text,
    row.speaker?.name,
    row.speaker?.id,
    row.type,
    row.cue,
    row.confidence,
    row.note,
    row.evidence.join(" "),
    row.assignee?.name,
    row.reviewedBy?.name,
    row.reviewedAt,
    row.article.id,
    row.article.title,
    row.article.language,
    row.article.source,
    row.article.url,
    row.createdAt,
  ];
  return `${values.map(csvCell).join(",")}\r\n`;
}

export function jsonRow(row: ExportRow): string {
  return JSON.stringify({
    id: row.id,
    status: row.status,
    text: row.text,
    speaker: row.speaker,
    type: row.type,
    cue: row.cue,
    confidence: row.confidence,
    note: row.note,
    evidence: row.evidence,
    assignee: row.assignee?.name ?? null,
    reviewedBy: row.reviewedBy?.name ?? null,
    reviewedAt: row.reviewedAt,
    article: row.article,
    createdAt: row.createdAt,
  });
}
