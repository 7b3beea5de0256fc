import type { Article } from "../generated/prisma/client.ts";
import { fastRows, type PrismaClient, type TransactionDb } from "../db/prisma.ts";
import { decodeCursor, encodeCursor, olderThan } from "../db/cursor.ts";

export type { Article };

/*
 * The articles' queries. pg directly (fastRows) for what every article saved writes, where Prisma's
 * engine cost more CPU than the extraction; Prisma for the pages' reads.
 */

/** What saving reads back about an article: never its text, which can be megabytes a batch. */
const SAVED_SELECT = { id: true, title: true, language: true, contentHash: true } as const;

export type StoredArticle = Pick<Article, keyof typeof SAVED_SELECT>;

/** The stored articles with these content hashes. */
export function articlesByHash(prisma: PrismaClient, hashes: string[]): Promise<StoredArticle[]> {
  return prisma.article.findMany({ where: { contentHash: { in: hashes } }, select: SAVED_SELECT });
}

/** New articles, unnested into one statement; a text stored meanwhile by someone else (its hash is unique) is left out. */
export function insertArticles(
  tx: TransactionDb,
  rows: {
    title: string;
    body: string;
    language: string;
    source?: string | null;
    url?: string | null;
    publishedAt?: Date | null;
    contentHash: string;
    createdById: number | null;
  }[],
): Promise<StoredArticle[]> {
  return fastRows<StoredArticle>(
    tx,
    `INSERT INTO articles (title, body, language, source, url, published_at, content_hash, created_by_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::int[])
     ON CONFLICT DO NOTHING
     RETURNING id, title, language, content_hash AS "contentHash"`,
    [
      rows.map((row) => row.title),
      rows.map((row) => row.body),
      rows.map((row) => row.language),
      rows.map((row) => row.source ?? null),
      rows.map((row) => row.url ?? null),
      rows.map((row) => row.publishedAt ?? null),
      rows.map((row) => row.contentHash),
      rows.map((row) => row.createdById),
    ],
  );
}

/** One audit event per article (`article.created`, `article.reextracted`), in one statement. */
export async function recordArticleEvents(
  tx: TransactionDb,
  actor: Actor,
  action: string,
  events: { id: number; after: Record<string, unknown> }[],
): Promise<void> {
  await fastRows(
    tx,
    `INSERT INTO audit_events (actor_id, action, subject_type, subject_id, after, ip)
     SELECT $1, $2, 'article', x.id, x.after, $3 FROM jsonb_to_recordset($4::jsonb) AS x(id int, after jsonb)`,
    [actor.id, action, actor.ip ?? null, JSON.stringify(events.map(({ id, after }) => ({ id, after: { ...after, via: actor.via } })))],
  );
}

export interface Actor {
  id: number | null;
  ip?: string | null;
  /** How the text arrived: "web", "api" or "import". */
  via: string;
}

/** A statement as it is inserted: the extractor's, with its article and the speaker it resolved to. */
export interface StatementRow {
  articleId: number;
  text: string;
  searchText: string;
  startOffset: number;
  endOffset: number;
  type: string;
  cue: string | null;
  speakerId: number | null;
  speakerAliasId: number | null;
  speakerMention: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  confidence: number;
}

/**
 * Inserts extracted statements: one statement with a parameter per column, unnested, whatever the
 * number of rows. (Prisma's createMany builds a parameter per value, and compiling that took more of
 * the server's CPU on ingest than extraction did.)
 */
export async function insertStatements(tx: TransactionDb, rows: StatementRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const column = <K extends keyof StatementRow>(key: K) => rows.map((row) => row[key]);
  const [inserted] = await fastRows<{ n: number }>(
    tx,
    `WITH inserted AS (
       INSERT INTO statements (article_id, text, search_text, start_offset, end_offset, type, cue, speaker_id, speaker_alias_id,
                               speaker_mention, speaker_start, speaker_end, confidence, updated_at)
       SELECT *, now() FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::int[], $6::"StatementType"[], $7::text[], $8::int[], $9::int[],
                                   $10::text[], $11::int[], $12::int[], $13::float8[])
       RETURNING 1)
     SELECT count(*)::int AS n FROM inserted`,
    [
      column("articleId"),
      column("text"),
      column("searchText"),
      column("startOffset"),
      column("endOffset"),
      column("type"),
      column("cue"),
      column("speakerId"),
      column("speakerAliasId"),
      column("speakerMention"),
      column("speakerStart"),
      column("speakerEnd"),
      column("confidence"),
    ],
  );
  return inserted!.n;
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

export interface SavedStatement {
  id: number;
  articleId: number;
  text: string;
  type: string;
  status: string;
  version: number;
  speaker: { id: number; name: string } | null;
}

/** The statements of just-saved articles, for the API's answer: through pg directly (see fastRows). */
export function savedStatements(prisma: PrismaClient, articleIds: number[]): Promise<SavedStatement[]> {
  return fastRows<SavedStatement>(
    prisma,
    `SELECT s.id, s.article_id AS "articleId", s.text, s.type::text AS type, s.status::text AS status, s.version,
            CASE WHEN sp.id IS NULL THEN NULL ELSE json_build_object('id', sp.id, 'name', sp.name) END AS speaker
       FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id
      WHERE s.article_id = ANY($1::int[]) AND s.removed_at IS NULL
      ORDER BY s.article_id, s.start_offset, s.id`,
    [articleIds],
    { prepare: true },
  );
}

export function findArticleStatements(prisma: PrismaClient, articleId: number): Promise<ArticleStatement[]> {
  return prisma.statement.findMany({
    where: { articleId, removedAt: null },
    orderBy: [{ startOffset: "asc" }, { id: "asc" }],
    select: {
      id: true,
      text: true,
      startOffset: true,
      endOffset: true,
      type: true,
      status: true,
      cue: true,
      speakerMention: true,
      speaker: { select: { id: true, name: true, kind: true } },
    },
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
    where: olderThan(cursor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
    select: { id: true, title: true, language: true, source: true, createdAt: true, _count: { select: { statements: true } } },
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ _count, ...article }) => ({ ...article, statementCount: _count.statements })),
    nextCursor: rows.length > options.limit && last ? encodeCursor(last) : null,
  };
}

/** Articles to run the extractor over again, each with the spans of the statements it already holds. */
export async function articlesWithStoredSpans(
  prisma: PrismaClient,
  articleIds: number[],
): Promise<{ id: number; body: string; language: string; spans: { start: number; end: number }[] }[]> {
  const articles = await prisma.article.findMany({
    where: { id: { in: articleIds } },
    select: { id: true, body: true, language: true },
    orderBy: { id: "asc" },
  });
  if (articles.length === 0) return [];
  const stored = await prisma.statement.findMany({
    where: { articleId: { in: articles.map((article) => article.id) } },
    select: { articleId: true, startOffset: true, endOffset: true },
  });
  const spans = new Map<number, { start: number; end: number }[]>();
  for (const row of stored) {
    const list = spans.get(row.articleId) ?? [];
    list.push({ start: row.startOffset, end: row.endOffset });
    spans.set(row.articleId, list);
  }
  return articles.map((article) => ({ ...article, spans: spans.get(article.id) ?? [] }));
}

/** The ids of every article, of those saved since a day, or of those given that exist; a page at a time, since a million articles are a few megabytes of numbers. */
export async function articleIdsToReextract(prisma: PrismaClient, which: { all: true } | { since: Date } | { ids: number[] }): Promise<number[]> {
  const where = "all" in which ? {} : "since" in which ? { createdAt: { gte: which.since } } : { id: { in: which.ids } };
  const ids: number[] = [];
  for (let after = 0; ;) {
    const page = await prisma.article.findMany({ where: { AND: [where, { id: { gt: after } }] }, select: { id: true }, orderBy: { id: "asc" }, take: 10_000 });
    ids.push(...page.map((row) => row.id));
    if (page.length < 10_000) return ids;
    after = page.at(-1)!.id;
  }
}
