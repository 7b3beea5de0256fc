import type { Article } from "../generated/prisma/client.ts";
import { fastRows, withTransaction, type PrismaClient, type TransactionDb } from "../db/prisma.ts";
import { extract, nameKey, rolesAcrossArticles, splitArticles, type Statement } from "../extract/index.ts";
import { resolveSpeakerIds } from "../speakers/store.ts";
import { decodeCursor, encodeCursor, olderThan } from "../db/cursor.ts";
import type { ArticleInput } from "./input.ts";
import { detectLanguage } from "../extract/language.ts";
import { contentHash, deriveTitle } from "./text.ts";

export type { Article };

/** What saving reads back about an article: never its text, which can be megabytes a batch. */
const SAVED_SELECT = { id: true, title: true, language: true, contentHash: true } as const;

export interface SavedArticle {
  article: Pick<Article, keyof typeof SAVED_SELECT>;
  /** False when the same text was already stored; nothing was written for it then. */
  created: boolean;
}

export interface SaveOutcome {
  /** One per article in the text, in the order they appear. */
  articles: SavedArticle[];
  statementsCreated: number;
  speakersCreated: number;
}

export interface Actor {
  id: number | null;
  ip?: string | null;
  /** How the text arrived: "web", "api" or "import". */
  via: string;
}

interface Piece {
  text: string;
  title: string;
  hash: string;
}

/**
 * The articles in a submitted text: a paste or a file without a title may hold several stories, each
 * starting with its headline. One article is stored exactly as given; several are stored as their own slices.
 */
export function articlePieces(input: Pick<ArticleInput, "text" | "title">): Piece[] {
  // An article that comes with its own title is one article: lines inside it that look like headlines are its subheads and lists.
  const ranges = input.title ? [] : splitArticles(input.text);
  if (ranges.length <= 1) {
    return [{ text: input.text, title: input.title ?? (deriveTitle(input.text) || "—"), hash: contentHash(input.text) }];
  }
  return ranges.map((range) => {
    const text = input.text.slice(range.start, range.end);
    return { text, title: range.title ?? (deriveTitle(text) || "—"), hash: contentHash(text) };
  });
}

/**
 * Stores the articles in a text with their statements and speakers, in one transaction, and audits
 * each new article. An article whose text is already stored (by content hash) is returned as it is.
 */
export async function saveArticles(prisma: PrismaClient, input: ArticleInput, actor: Actor): Promise<SaveOutcome> {
  const [outcome] = await saveArticleBatch(prisma, [input], actor);
  return outcome!;
}

/**
 * saveArticles for many texts at once (bulk import): one lookup, one transaction and a handful of
 * statements for the whole batch instead of for each article.
 */
export async function saveArticleBatch(prisma: PrismaClient, inputs: ArticleInput[], actor: Actor): Promise<SaveOutcome[]> {
  const perInput = inputs.map((input) => articlePieces(input).map((piece) => ({ ...piece, input })));
  const hashes = [...new Set(perInput.flat().map((piece) => piece.hash))];
  const stored = new Map(
    (await prisma.article.findMany({ where: { contentHash: { in: hashes } }, select: SAVED_SELECT })).map((article) => [article.contentHash, article]),
  );
  const missing = [
    ...new Map(
      perInput
        .flat()
        .filter((piece) => !stored.has(piece.hash))
        .map((piece) => [piece.hash, piece]),
    ).values(),
  ];
  // Extraction is pure and runs before the transaction, so the database work stays short.
  const extracted = new Map(missing.map((piece) => [piece, extract(piece.text, piece.input.language ? { language: piece.input.language } : {}).statements]));
  // The articles of one paste name their people for each other: «الوزيرة» in one is the minister another names.
  for (const pieces of perInput) {
    const mine = pieces.filter((piece) => extracted.has(piece));
    rolesAcrossArticles(mine.map((piece) => extracted.get(piece)!)).forEach((statements, k) => extracted.set(mine[k]!, statements));
  }
  const work = missing.map((piece) => ({ piece, statements: extracted.get(piece)! }));
  const created = new Map<string, { statements: number; speakers: number }>();
  if (work.length > 0) {
    await withTransaction(prisma, async (tx) => {
      // Two people pasting the same text at once: the unique hash lets one insert win, and the
      // other gets the winner's row below.
      const inserted = await fastRows<SavedArticle["article"]>(
        tx,
        `INSERT INTO articles (title, body, language, source, url, published_at, content_hash, created_by_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::int[])
         ON CONFLICT DO NOTHING
         RETURNING id, title, language, content_hash AS "contentHash"`,
        [
          work.map(({ piece }) => piece.title),
          work.map(({ piece }) => piece.text),
          work.map(({ piece }) => piece.input.language ?? detectLanguage(piece.text)),
          work.map(({ piece }) => piece.input.source),
          work.map(({ piece }) => piece.input.url),
          work.map(({ piece }) => piece.input.publishedAt),
          work.map(({ piece }) => piece.hash),
          work.map(() => actor.id),
        ],
      );
      const byHash = new Map(inserted.map((article) => [article.contentHash, article]));
      const saved = work.flatMap(({ piece, statements }) => {
        const article = byHash.get(piece.hash);
        return article ? [{ article, statements }] : [];
      });
      const speakers = await resolveSpeakerIds(
        tx,
        saved.map(({ article, statements }) => ({ articleId: article.id, statements })),
      );
      const rows = saved.flatMap(({ article, statements }, index) =>
        statements.map((statement) => statementRow(article.id, statement, speakers.of(index, statement))),
      );
      await insertStatements(tx, rows);
      await fastRows(
        tx,
        `INSERT INTO audit_events (actor_id, action, subject_type, subject_id, after, ip)
         SELECT $1, 'article.created', 'article', x.id, x.after, $2 FROM jsonb_to_recordset($3::jsonb) AS x(id int, after jsonb)`,
        [
          actor.id,
          actor.ip ?? null,
          JSON.stringify(
            saved.map(({ article, statements }) => ({ id: article.id, after: { title: article.title, statements: statements.length, via: actor.via } })),
          ),
        ],
      );
      saved.forEach(({ article, statements }, index) => {
        stored.set(article.contentHash, article);
        // The batch's new speakers are counted once, with its first article.
        created.set(article.contentHash, { statements: statements.length, speakers: index === 0 ? speakers.created : 0 });
      });
    });
  }
  const raced = hashes.filter((hash) => !stored.has(hash));
  if (raced.length > 0) {
    for (const article of await prisma.article.findMany({ where: { contentHash: { in: raced } }, select: SAVED_SELECT }))
      stored.set(article.contentHash, article);
  }
  const counted = new Set<string>();
  return perInput.map((pieces) => {
    const unique = [...new Set(pieces.map((piece) => piece.hash))];
    const outcome: SaveOutcome = { articles: [], statementsCreated: 0, speakersCreated: 0 };
    for (const hash of unique) {
      const fresh = created.get(hash);
      // A text given twice in one batch is created once: the second copy is a duplicate.
      const isNew = fresh !== undefined && !counted.has(hash);
      if (isNew) {
        counted.add(hash);
        outcome.statementsCreated += fresh.statements;
        outcome.speakersCreated += fresh.speakers;
      }
      outcome.articles.push({ article: stored.get(hash)!, created: isNew });
    }
    return outcome;
  });
}

export function statementRow(articleId: number, statement: Statement, speaker: { speakerId: number; aliasId: number | null } | undefined) {
  return {
    articleId,
    text: statement.text,
    searchText: nameKey(statement.text),
    startOffset: statement.start,
    endOffset: statement.end,
    type: statement.type,
    cue: statement.cue || null,
    speakerId: speaker?.speakerId ?? null,
    speakerAliasId: speaker?.aliasId ?? null,
    speakerMention: statement.speakerMention,
    speakerStart: statement.speakerStart,
    speakerEnd: statement.speakerEnd,
    confidence: statement.confidence,
  };
}

type StatementRow = ReturnType<typeof statementRow>;

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

/** Statements a new run of the extractor found, with their speakers and one audit event per article, in one transaction. */
export async function addReextractedStatements(prisma: PrismaClient, work: { articleId: number; statements: Statement[] }[], actor: Actor): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const speakers = await resolveSpeakerIds(tx, work);
    const rows = work.flatMap(({ articleId, statements }, index) =>
      statements.map((statement) => statementRow(articleId, statement, speakers.of(index, statement))),
    );
    const added = await insertStatements(tx, rows);
    await tx.auditEvent.createMany({
      data: work.map(({ articleId, statements }) => ({
        actorId: actor.id,
        action: "article.reextracted",
        subjectType: "article",
        subjectId: articleId,
        after: { added: statements.length, via: actor.via },
        ip: actor.ip ?? null,
      })),
    });
    return added;
  });
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
