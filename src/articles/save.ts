import { withTransaction, type PrismaClient } from "../db/prisma.ts";
import { extract, nameKey, rolesAcrossArticles, splitArticles, type Statement } from "../extract/index.ts";
import { detectLanguage } from "../extract/language.ts";
import { resolveSpeakerIds } from "../speakers/store.ts";
import type { ArticleInput } from "./input.ts";
import { articlesByHash, insertArticles, insertStatements, recordArticleEvents, type Actor, type StoredArticle } from "./queries.ts";
import { contentHash, deriveTitle } from "./text.ts";

/*
 * Saving articles: split a text into its articles, extract their statements, find or create their
 * speakers, and store it all in one transaction through the articles' queries.
 */

export interface SavedArticle {
  article: StoredArticle;
  /** False when the same text was already stored; nothing was written for it then. */
  created: boolean;
}

export interface SaveOutcome {
  /** One per article in the text, in the order they appear. */
  articles: SavedArticle[];
  statementsCreated: number;
  speakersCreated: number;
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
  const stored = new Map((await articlesByHash(prisma, hashes)).map((article) => [article.contentHash, article]));
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
      const inserted = await insertArticles(
        tx,
        work.map(({ piece }) => ({
          title: piece.title,
          body: piece.text,
          language: piece.input.language ?? detectLanguage(piece.text),
          source: piece.input.source,
          url: piece.input.url,
          publishedAt: piece.input.publishedAt,
          contentHash: piece.hash,
          createdById: actor.id,
        })),
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
      await recordArticleEvents(
        tx,
        actor,
        "article.created",
        saved.map(({ article, statements }) => ({ id: article.id, after: { title: article.title, statements: statements.length } })),
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
    for (const article of await articlesByHash(prisma, raced)) stored.set(article.contentHash, article);
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

/** Statements a new run of the extractor found, with their speakers and one audit event per article, in one transaction. */
export async function addReextractedStatements(prisma: PrismaClient, work: { articleId: number; statements: Statement[] }[], actor: Actor): Promise<number> {
  return withTransaction(prisma, async (tx) => {
    const speakers = await resolveSpeakerIds(tx, work);
    const rows = work.flatMap(({ articleId, statements }, index) =>
      statements.map((statement) => statementRow(articleId, statement, speakers.of(index, statement))),
    );
    const added = await insertStatements(tx, rows);
    await recordArticleEvents(
      tx,
      actor,
      "article.reextracted",
      work.map(({ articleId, statements }) => ({ id: articleId, after: { added: statements.length } })),
    );
    return added;
  });
}
