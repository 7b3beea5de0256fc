import type { Article } from "../generated/prisma/client.ts";
import type { PrismaClient } from "../db/prisma.ts";
import { extract } from "../extract/index.ts";
import { resolveSpeakerIds } from "../speakers/store.ts";
import type { ArticleInput } from "./input.ts";
import { contentHash, deriveTitle, detectLanguage } from "./text.ts";

export type { Article };

export interface SaveResult {
  article: Article;
  /** False when the same text was already stored; nothing was written then. */
  created: boolean;
}

export async function saveArticle(prisma: PrismaClient, input: ArticleInput, createdById: number | null = null): Promise<SaveResult> {
  const hash = contentHash(input.text);
  const existing = await prisma.article.findUnique({ where: { contentHash: hash } });
  if (existing) return { article: existing, created: false };
  const data = {
    title: input.title ?? (deriveTitle(input.text) || "—"),
    body: input.text,
    language: input.language ?? detectLanguage(input.text),
    source: input.source,
    url: input.url,
    publishedAt: input.publishedAt,
    contentHash: hash,
    createdById,
  };
  // Extraction is pure and runs before the transaction, so the database work stays short.
  const { statements } = extract(input.text);
  const saved = await prisma.$transaction(async (tx) => {
    // Two people pasting the same text at once: the unique hash lets one insert win, and the
    // other gets the winner's row.
    const inserted = await tx.article.createManyAndReturn({ data: [data], skipDuplicates: true });
    const article = inserted[0];
    if (!article) return null;
    const speakerIds = await resolveSpeakerIds(tx, statements);
    if (statements.length > 0) {
      await tx.statement.createMany({
        data: statements.map((statement) => ({
          articleId: article.id,
          text: statement.text,
          startOffset: statement.start,
          endOffset: statement.end,
          type: statement.type,
          cue: statement.cue || null,
          speakerId: statement.speaker ? speakerIds.get(statement.speaker) ?? null : null,
          speakerMention: statement.speakerMention,
          speakerStart: statement.speakerStart,
          speakerEnd: statement.speakerEnd,
          confidence: statement.confidence,
        })),
      });
    }
    return article;
  });
  if (saved) return { article: saved, created: true };
  return { article: await prisma.article.findUniqueOrThrow({ where: { contentHash: hash } }), created: false };
}

export interface ArticleStatement {
  id: number;
  text: string;
  startOffset: number;
  endOffset: number;
  type: string;
  status: string;
  cue: string | null;
  speakerMention: string | null;
  speaker: { id: number; name: string; kind: string } | null;
}

export function findArticleStatements(prisma: PrismaClient, articleId: number): Promise<ArticleStatement[]> {
  return prisma.statement.findMany({
    where: { articleId },
    orderBy: [{ startOffset: "asc" }, { id: "asc" }],
    select: { id: true, text: true, startOffset: true, endOffset: true, type: true, status: true, cue: true, speakerMention: true, speaker: { select: { id: true, name: true, kind: true } } },
  });
}

export function findArticle(prisma: PrismaClient, id: number): Promise<Article | null> {
  return prisma.article.findUnique({ where: { id } });
}

export type ArticleSummary = Pick<Article, "id" | "title" | "language" | "source" | "createdAt"> & { statementCount: number };

export interface ArticlePage {
  items: ArticleSummary[];
  /** Pass back as `before` for the next, older page; null on the last page. */
  nextCursor: string | null;
}

/** Newest first, keyset-paginated on (created_at, id) so new arrivals never shift a page. */
export async function listArticles(prisma: PrismaClient, options: { limit: number; before?: string | null }): Promise<ArticlePage> {
  const cursor = decodeCursor(options.before);
  const rows = await prisma.article.findMany({
    where: cursor
      ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
      : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
    select: { id: true, title: true, language: true, source: true, createdAt: true, _count: { select: { statements: true } } },
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ _count, ...article }) => ({ ...article, statementCount: _count.statements })),
    nextCursor: rows.length > options.limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}

function encodeCursor(createdAt: Date, id: number): string {
  return `${createdAt.toISOString()}_${id}`;
}

function decodeCursor(value: string | null | undefined): { createdAt: Date; id: number } | null {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_(\d{1,10})$/);
  if (!match) return null;
  const createdAt = new Date(match[1]!);
  return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: Number(match[2]) };
}
