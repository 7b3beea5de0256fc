import type { Article } from "../generated/prisma/client.ts";
import type { PrismaClient } from "../db/prisma.ts";
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
  // Two people pasting the same text at once: the unique hash lets one insert win, and the
  // other gets the winner's row.
  const inserted = await prisma.article.createManyAndReturn({ data: [data], skipDuplicates: true });
  if (inserted[0]) return { article: inserted[0], created: true };
  return { article: await prisma.article.findUniqueOrThrow({ where: { contentHash: hash } }), created: false };
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
