import { Prisma, type Statement } from "../generated/prisma/client.ts";
import { fastRows, type PrismaClient } from "../db/prisma.ts";
import { CursorError, decodeCursor, encodeCursor } from "../db/cursor.ts";
import { escapeLike } from "../db/like.ts";
import { nameKey } from "../extract/index.ts";
import { detectLanguage } from "../extract/language.ts";
import { countTotal, keptCounts, STATEMENT_TYPES, type StatementStatus, type StatusCounts } from "../statuses.ts";
import { statementHistory, type AuditEventView } from "../accounts/queries.ts";

export interface StatementFilter {
  status?: StatementStatus;
  /** A speaker id, or a name or alias as written (compared in normalised form). */
  speaker?: string;
  /** Words in the statement's text, compared Arabic-normalised (hamza forms, ta marbuta, diacritics…) and case-insensitively. */
  q?: string;
  article?: number;
  language?: string;
  type?: (typeof STATEMENT_TYPES)[number];
  assignee?: number;
  /** Saved on or after this day. */
  from?: Date;
  /** Saved before the end of this day. */
  to?: Date;
  /** Only statements marked "not a statement"; without it, only the others. */
  removed?: boolean;
}

/**
 * Full-text search of statement text: PostgreSQL text search (the arabic configuration for Arabic text,
 * english otherwise: «اللقاحات» finds «لقاح», "vaccines" finds "vaccination"), or the folded words
 * as a substring for partial words («بلينك», "vacc"), with the trigram index. Written into the page's
 * own query, so the planner walks the date index and stops at a page of matches for a common word, and
 * takes the GIN indexes for a rare one; it never collects every match first.
 */
function textMatch(q: string): Prisma.Sql {
  const folded = nameKey(q);
  // Only punctuation ("%", "_"): there are no words to search, so look for the characters themselves.
  if (!folded) return Prisma.sql`s.text ILIKE ${`%${escapeLike(q)}%`}`;
  return Prisma.sql`(s.search_vector @@ plainto_tsquery('arabic', ${q}) OR s.search_vector @@ plainto_tsquery('english', ${q}) OR s.search_text LIKE ${`%${escapeLike(folded)}%`})`;
}

/** The filter as a condition on `statements s`: one definition for the queue, its counts, the API and the exports. */
export function filterSql(filter: StatementFilter): Prisma.Sql {
  const parts = [filter.removed ? Prisma.sql`s.removed_at IS NOT NULL` : Prisma.sql`s.removed_at IS NULL`];
  if (filter.status) parts.push(Prisma.sql`s.status = ${filter.status}::"StatementStatus"`);
  if (filter.article !== undefined) parts.push(Prisma.sql`s.article_id = ${filter.article}`);
  if (filter.type) parts.push(Prisma.sql`s.type = ${filter.type}::"StatementType"`);
  if (filter.assignee !== undefined) parts.push(Prisma.sql`s.assignee_id = ${filter.assignee}`);
  if (filter.language) parts.push(Prisma.sql`s.language = ${filter.language}`);
  if (filter.from) parts.push(Prisma.sql`s.created_at >= ${filter.from}`);
  if (filter.to) parts.push(Prisma.sql`s.created_at < ${new Date(filter.to.getTime() + 86_400_000)}`);
  if (filter.q) parts.push(textMatch(filter.q));
  if (filter.speaker) {
    if (/^\d{1,10}$/.test(filter.speaker)) parts.push(Prisma.sql`s.speaker_id = ${Number(filter.speaker)}`);
    else {
      const key = nameKey(filter.speaker);
      parts.push(
        Prisma.sql`s.speaker_id IN (SELECT id FROM speakers WHERE normalized_name = ${key} UNION SELECT speaker_id FROM speaker_aliases WHERE normalized_text = ${key})`,
      );
    }
  }
  return Prisma.join(parts, " AND ");
}

/** Rows fetched by id, in the order of the ids. */
function inOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const ITEM_SELECT = {
  id: true,
  articleId: true,
  text: true,
  type: true,
  status: true,
  version: true,
  cue: true,
  confidence: true,
  createdAt: true,
  updatedAt: true,
  speaker: { select: { id: true, name: true } },
} as const;

export type StatementItem = Prisma.StatementGetPayload<{ select: typeof ITEM_SELECT }>;

/**
 * Statements newest first, keyset-paginated on (created_at, id): a page never shifts while articles
 * arrive, and fetching page 1,000 costs what page 1 does.
 */
export async function listStatements(
  prisma: PrismaClient,
  filter: StatementFilter,
  page: { limit: number; cursor?: string },
): Promise<{ items: StatementItem[]; nextCursor: string | null }> {
  const position = page.cursor === undefined ? null : decodeCursor(page.cursor);
  if (page.cursor !== undefined && !position) throw new CursorError("cursor is not one this server returned");
  const after = position ? Prisma.sql`AND (s.created_at, s.id) < (${position.createdAt}, ${position.id})` : Prisma.empty;
  const sql = Prisma.sql`SELECT s.id FROM statements s WHERE ${filterSql(filter)} ${after} ORDER BY s.created_at DESC, s.id DESC LIMIT ${page.limit + 1}`;
  const ids = (await fastRows<{ id: number }>(prisma, sql.text, sql.values)).map((row) => row.id);
  const rows = inOrder(ids, await prisma.statement.findMany({ where: { id: { in: ids } }, select: ITEM_SELECT }));
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor(last) : null };
}

const EXCERPT_CONTEXT = 300;

export interface StatementDetail {
  duplicates: DuplicateStatement[];
  statement: Statement & { speaker: { id: number; name: string; kind: string; roles: string[] } | null };
  article: { id: number; title: string; language: string; source: string | null; url: string | null; publishedAt: Date | null };
  excerpt: { text: string; start: number; end: number };
  history: AuditEventView[];
}

/** Every column of a statement as Prisma names it (search_vector aside), for queries sent through pg. */
const STATEMENT_COLUMNS = `s.id, s.article_id AS "articleId", s.text, s.start_offset AS "startOffset", s.end_offset AS "endOffset", s.type::text AS type, s.cue,
  s.speaker_id AS "speakerId", s.speaker_alias_id AS "speakerAliasId", s.speaker_mention AS "speakerMention", s.speaker_start AS "speakerStart",
  s.speaker_end AS "speakerEnd", s.confidence, s.status::text AS status, s.language, s.search_text AS "searchText", s.note, s.evidence,
  s.assignee_id AS "assigneeId", s.reviewed_by_id AS "reviewedById", s.reviewed_at AS "reviewedAt", s.removed_at AS "removedAt", s.public_withdrawn_at AS "publicWithdrawnAt", s.version,
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

type DetailRow = StatementDetail["statement"] & {
  articleTitle: string;
  articleLanguage: string;
  articleSource: string | null;
  articleUrl: string | null;
  articlePublishedAt: Date | null;
  articleBody: string;
};

/**
 * A statement with its speaker, the passage of the article around it, its audit history and its
 * duplicates: three queries through pg, the last two at once (Prisma sent six, one after another).
 */
export async function findStatementDetail(prisma: PrismaClient, id: number): Promise<StatementDetail | null> {
  const found = await findStatementInArticle(prisma, id);
  if (!found) return null;
  const [history, duplicates] = await Promise.all([statementHistory(prisma, found.statement), findDuplicates(prisma, found.statement)]);
  return { ...found, history, duplicates };
}

/** The statement, its speaker and its article with the excerpt around it: what a page shows without the desk's history and duplicates. */
export async function findStatementInArticle(prisma: PrismaClient, id: number): Promise<Omit<StatementDetail, "history" | "duplicates"> | null> {
  const [row] = await fastRows<DetailRow>(
    prisma,
    `SELECT ${STATEMENT_COLUMNS},
            CASE WHEN sp.id IS NULL THEN NULL ELSE json_build_object('id', sp.id, 'name', sp.name, 'kind', sp.kind, 'roles', sp.roles) END AS speaker,
            a.title AS "articleTitle", a.language AS "articleLanguage", a.source AS "articleSource", a.url AS "articleUrl",
            a.published_at AS "articlePublishedAt", a.body AS "articleBody"
       FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id
      WHERE s.id = $1`,
    [id],
    { prepare: true },
  );
  if (!row) return null;
  const { articleTitle, articleLanguage, articleSource, articleUrl, articlePublishedAt, articleBody, ...statement } = row;
  return {
    statement,
    article: {
      id: statement.articleId,
      title: articleTitle,
      language: articleLanguage,
      source: articleSource,
      url: articleUrl,
      publishedAt: articlePublishedAt,
    },
    excerpt: excerptAround(articleBody, statement.startOffset, statement.endOffset),
  };
}

/** The statement with up to EXCERPT_CONTEXT characters either side, cut at whitespace and within its paragraphs. */
export function excerptAround(body: string, start: number, end: number): { text: string; start: number; end: number } {
  let from = Math.max(0, start - EXCERPT_CONTEXT);
  let to = Math.min(body.length, end + EXCERPT_CONTEXT);
  const paragraphStart = body.lastIndexOf("\n\n", start);
  if (paragraphStart >= from) from = paragraphStart + 2;
  const paragraphEnd = body.indexOf("\n\n", end);
  if (paragraphEnd !== -1 && paragraphEnd < to) to = paragraphEnd;
  if (from > 0 && from < start) {
    const space = body.indexOf(" ", from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < body.length && to > end) {
    const space = body.lastIndexOf(" ", to);
    if (space >= end) to = space;
  }
  return { text: body.slice(from, to), start: from, end: to };
}

export const QUEUE_SORTS = ["newest", "oldest", "speaker"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** A queue row with its speaker, assignee and article, as the queue shows it. */
export interface QueueItem {
  id: number;
  text: string;
  type: (typeof STATEMENT_TYPES)[number];
  status: StatementStatus;
  version: number;
  confidence: number | null;
  createdAt: Date;
  speaker: { id: number; name: string } | null;
  assignee: { id: number; name: string } | null;
  article: { id: number; title: string; language: string };
}

/** One round trip for a page of the queue, on the hottest page there is (Prisma sent four queries). */
async function queueItems(prisma: PrismaClient, ids: number[]): Promise<QueueItem[]> {
  const rows = await fastRows<QueueItem>(
    prisma,
    `SELECT s.id, s.text, s.type::text AS type, s.status::text AS status, s.version, s.confidence, s.created_at AS "createdAt",
            CASE WHEN sp.id IS NULL THEN NULL ELSE json_build_object('id', sp.id, 'name', sp.name) END AS speaker,
            CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END AS assignee,
            json_build_object('id', a.id, 'title', a.title, 'language', a.language) AS article
       FROM statements s JOIN articles a ON a.id = s.article_id
       LEFT JOIN speakers sp ON sp.id = s.speaker_id LEFT JOIN users u ON u.id = s.assignee_id
      WHERE s.id = ANY($1::int[])`,
    [ids],
    { prepare: true },
  );
  return inOrder(ids, rows);
}

/** Each order's ORDER BY, and the rows after statement `after` in it (a keyset: pages never shift while articles arrive). */
const ORDER: Record<QueueSort, { by: Prisma.Sql; after(id: number): Prisma.Sql }> = {
  newest: {
    by: Prisma.sql`s.created_at DESC, s.id DESC`,
    after: (id) => Prisma.sql`(s.created_at, s.id) < (SELECT created_at, id FROM statements WHERE id = ${id})`,
  },
  oldest: {
    by: Prisma.sql`s.created_at ASC, s.id ASC`,
    after: (id) => Prisma.sql`(s.created_at, s.id) > (SELECT created_at, id FROM statements WHERE id = ${id})`,
  },
  // Statements without a speaker come last, in id order.
  speaker: {
    by: Prisma.sql`sp.name ASC NULLS LAST, s.id ASC`,
    after: (
      id,
    ) => Prisma.sql`(SELECT CASE WHEN m.name IS NULL THEN sp.name IS NULL AND s.id > m.id ELSE sp.name > m.name OR (sp.name = m.name AND s.id > m.id) OR sp.name IS NULL END
                                 FROM (SELECT x.id, y.name FROM statements x LEFT JOIN speakers y ON y.id = x.speaker_id WHERE x.id = ${id}) m)`,
  },
};

/** Ids of one page of statements under the filter, in the order, after statement `after`. */
async function pageIds(prisma: PrismaClient, filter: StatementFilter, sort: QueueSort, after: number | undefined, limit: number): Promise<number[]> {
  const order = ORDER[sort];
  const sql = Prisma.sql`SELECT s.id FROM statements s ${sort === "speaker" ? Prisma.sql`LEFT JOIN speakers sp ON sp.id = s.speaker_id` : Prisma.empty}
                          WHERE ${filterSql(filter)} ${after ? Prisma.sql`AND ${order.after(after)}` : Prisma.empty}
                          ORDER BY ${order.by} LIMIT ${limit}`;
  return (await fastRows<{ id: number }>(prisma, sql.text, sql.values)).map((row) => row.id);
}

/**
 * The review queue: one page in the chosen order after the statement `after`, and the count of each
 * status under the same filter, for the filter bar.
 */
export async function listQueue(
  prisma: PrismaClient,
  filter: StatementFilter,
  page: { sort: QueueSort; after?: number; limit: number },
): Promise<{ items: QueueItem[]; next: number | null; counts: Record<StatementStatus, number>; countsCapped: boolean }> {
  const { status: _, ...withoutStatus } = filter;
  const [ids, { counts, capped }] = await Promise.all([pageIds(prisma, filter, page.sort, page.after, page.limit + 1), statusCounts(prisma, withoutStatus)]);
  const rows = await queueItems(prisma, ids);
  const items = rows.slice(0, page.limit);
  return { items, next: rows.length > page.limit ? items.at(-1)!.id : null, counts, countsCapped: capped };
}

/** Beyond this many, a count the database does not keep is shown as "1,000+": counting further costs a scan. */
export const COUNT_CAP = 1000;

/**
 * The count of each status under a filter (without its status). Exact from the counts the triggers keep
 * when the filter is one of theirs (the whole desk, a language, one assignee, one article, one speaker).
 * Otherwise the first COUNT_CAP + 1 matches are counted by status, in one pass that stops there: exact
 * when fewer match, and `capped` when more do, when the counts by status are only what that pass saw.
 * (Counting each status up to the cap instead walks every match of a common word for a rare status:
 * 45 ms each at a million statements.)
 */
export async function statusCounts(prisma: PrismaClient, filter: Omit<StatementFilter, "status">): Promise<{ counts: StatusCounts; capped: boolean }> {
  const kept = await keptStatusCounts(prisma, filter);
  if (kept) return { counts: kept, capped: false };
  if (await wordsAloneFillTheCap(prisma, filter)) return { counts: { pending: 0, verified: 0, disputed: 0 }, capped: true };
  const sql = Prisma.sql`SELECT s.status::text AS status, count(*)::int AS n
                           FROM (SELECT s.status FROM statements s WHERE ${filterSql(filter)} LIMIT ${COUNT_CAP + 1}) s GROUP BY 1`;
  const rows = await fastRows<{ status: StatementStatus; n: number }>(prisma, sql.text, sql.values);
  const counts = { pending: 0, verified: 0, disputed: 0, ...Object.fromEntries(rows.map((row) => [row.status, row.n])) };
  return { counts, capped: countTotal(counts) > COUNT_CAP };
}

/**
 * Whether a text search passes the cap on its words alone: statements whose full-text vector matches
 * the query (in the query's own script's configuration) are matches of the search, and that test is
 * half the cost per row of the whole condition, which also looks for the query inside words. A
 * common word then costs 12 ms to count to the cap, not 24-30. Otherwise the whole condition is
 * counted.
 */
async function wordsAloneFillTheCap(prisma: PrismaClient, filter: Omit<StatementFilter, "status">): Promise<boolean> {
  const { q, ...others } = filter;
  if (!q || !nameKey(q)) return false;
  const config = detectLanguage(q) === "ar" ? "arabic" : "english";
  const sql = Prisma.sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM statements s WHERE ${filterSql(others)}
                           AND s.search_vector @@ plainto_tsquery(${config}::regconfig, ${q}) LIMIT ${COUNT_CAP + 1}) s`;
  const [row] = await fastRows<{ n: number }>(prisma, sql.text, sql.values);
  return row!.n > COUNT_CAP;
}

/** The counts the triggers keep for this filter, or null when it is not one of theirs. */
async function keptStatusCounts(prisma: PrismaClient, filter: Omit<StatementFilter, "status">): Promise<StatusCounts | null> {
  const given = Object.entries(filter)
    .filter(([key, value]) => value !== undefined && !(key === "removed" && value === false))
    .map(([key]) => key);
  const only = given.length === 1 ? given[0] : given.length === 0 ? "desk" : null;
  const none = { pending: 0, verified: 0, disputed: 0 };
  if (only === "desk" || only === "assignee" || only === "language") {
    const scope =
      only === "desk"
        ? { scope: "desk", subjectId: 0 }
        : only === "language"
          ? { scope: `language:${filter.language}`, subjectId: 0 }
          : { scope: "assignee", subjectId: filter.assignee! };
    const rows = await fastRows<{ status: StatementStatus; n: number }>(
      prisma,
      "SELECT status::text AS status, sum(count)::int AS n FROM status_tallies WHERE scope = $1 AND subject_id = $2 GROUP BY status",
      [scope.scope, scope.subjectId],
      { prepare: true },
    );
    return { ...none, ...Object.fromEntries(rows.map((row) => [row.status, row.n])) };
  }
  const select = { pendingCount: true, verifiedCount: true, disputedCount: true } as const;
  if (only === "article") {
    const article = await prisma.article.findUnique({ where: { id: filter.article! }, select });
    return article ? keptCounts(article) : none;
  }
  if (only === "speaker" && /^\d{1,10}$/.test(filter.speaker!)) {
    const speaker = await prisma.speaker.findUnique({ where: { id: Number(filter.speaker) }, select });
    return speaker ? keptCounts(speaker) : none;
  }
  return null;
}

const EXPORT_SELECT = {
  id: true,
  text: true,
  type: true,
  status: true,
  version: true,
  note: true,
  evidence: true,
  confidence: true,
  cue: true,
  createdAt: true,
  reviewedAt: true,
  speaker: { select: { id: true, name: true } },
  assignee: { select: { name: true } },
  reviewedBy: { select: { name: true } },
  article: { select: { id: true, title: true, language: true, source: true, url: true } },
} as const;
export type ExportRow = Prisma.StatementGetPayload<{ select: typeof EXPORT_SELECT }>;

/** Every statement the filter matches, in the queue's order, a batch at a time: memory stays flat whatever the size. */
export async function* exportStatements(prisma: PrismaClient, filter: StatementFilter, sort: QueueSort, batchSize = 1000): AsyncGenerator<ExportRow[]> {
  let after: number | undefined;
  for (;;) {
    const ids = await pageIds(prisma, filter, sort, after, batchSize);
    if (ids.length > 0) yield inOrder(ids, await prisma.statement.findMany({ where: { id: { in: ids } }, select: EXPORT_SELECT }));
    if (ids.length < batchSize) return;
    after = ids.at(-1)!;
  }
}

export interface DuplicateStatement {
  id: number;
  text: string;
  status: StatementStatus;
  version: number;
  articleId: number;
  articleTitle: string;
  similarity: number;
}

/** The ids findDuplicates lists for a statement: the only ones a verdict on it may carry along. */
export async function duplicateIds(prisma: PrismaClient, statementId: number): Promise<Set<number>> {
  const [statement] = await fastRows<{ id: number; speakerId: number | null; searchText: string }>(
    prisma,
    `SELECT id, speaker_id AS "speakerId", search_text AS "searchText" FROM statements WHERE id = $1`,
    [statementId],
    { prepare: true },
  );
  return new Set(statement ? (await findDuplicates(prisma, statement)).map((duplicate) => duplicate.id) : []);
}

/** How alike two folded texts must be (pg_trgm similarity) to count as the same statement. */
export const NEAR_DUPLICATE = 0.5;

/**
 * The same statement by the same speaker elsewhere: identical once folded, or near it by trigram
 * similarity. The speaker's statements come from the index on speaker_id and are compared one by one
 * (microseconds each). The % operator is left out on purpose: to estimate it, the planner computes the
 * similarity against every value in the column's statistics, which took 6–13 ms of planning at a
 * million statements, ten times what running the query takes.
 */
export async function findDuplicates(
  prisma: PrismaClient,
  statement: { id: number; speakerId: number | null; searchText: string },
): Promise<DuplicateStatement[]> {
  if (statement.speakerId === null || statement.searchText === "") return [];
  return fastRows<DuplicateStatement>(
    prisma,
    `SELECT s.id, s.text, s.status::text AS status, s.version, a.id AS "articleId", a.title AS "articleTitle",
            similarity(s.search_text, $1)::float8 AS similarity
       FROM statements s JOIN articles a ON a.id = s.article_id
      WHERE s.id <> $2 AND s.speaker_id = $3 AND s.removed_at IS NULL
        AND similarity(s.search_text, $1) >= $4
      ORDER BY similarity DESC, s.id
      LIMIT 20`,
    [statement.searchText, statement.id, statement.speakerId, NEAR_DUPLICATE],
    { prepare: true },
  );
}
