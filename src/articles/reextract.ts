import type { PrismaClient } from "../db/prisma.ts";
import { extract, type Statement } from "../extract/index.ts";
import { articlesWithStoredSpans, type Actor } from "./queries.ts";
import { addReextractedStatements } from "./save.ts";

export interface ReextractOutcome {
  articles: number;
  /** Statements the extractor finds now that no stored statement covers. */
  added: number;
}

/**
 * Runs the extractor again over stored articles (after it has improved) and adds what it now finds.
 * Nothing stored is changed or lost: a statement overlapping one already there (reviewed, pending or
 * marked "not a statement") is left out, so a desk's verdicts and corrections survive any number of runs.
 */
export async function reextractArticles(prisma: PrismaClient, articleIds: number[], actor: Actor): Promise<ReextractOutcome> {
  const articles = await articlesWithStoredSpans(prisma, articleIds);
  if (articles.length === 0) return { articles: 0, added: 0 };
  const work = articles
    .map((article) => {
      const taken = takenSpans(article.spans);
      const found = extract(article.body, article.language === "ar" || article.language === "en" ? { language: article.language } : {}).statements;
      return { articleId: article.id, statements: found.filter((statement) => !overlapsAny(taken, statement)) };
    })
    .filter((entry) => entry.statements.length > 0);
  const added = work.length > 0 ? await addReextractedStatements(prisma, work, actor) : 0;
  return { articles: articles.length, added };
}

/** Spans sorted by start, with the furthest end reached so far: an overlap test is then one binary search. */
interface Taken {
  starts: number[];
  reach: number[];
}

function takenSpans(spans: { start: number; end: number }[]): Taken {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let reach = 0;
  return { starts: sorted.map((span) => span.start), reach: sorted.map((span) => (reach = Math.max(reach, span.end))) };
}

function overlapsAny(taken: Taken, statement: Statement): boolean {
  // Spans starting before the statement ends overlap it if any of them ends after it starts.
  let low = 0;
  let high = taken.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (taken.starts[middle]! < statement.end) low = middle + 1;
    else high = middle;
  }
  return low > 0 && taken.reach[low - 1]! > statement.start;
}
