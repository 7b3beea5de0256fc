import type { PrismaClient } from "../db/prisma.ts";
import type { ArticleInput } from "./input.ts";
import { savedStatements, type Actor, type SavedStatement } from "./queries.ts";
import { saveArticles } from "./save.ts";

export interface IngestedArticle {
  id: number;
  title: string;
  language: string;
  created: boolean;
  statements: Omit<SavedStatement, "articleId">[];
}

/**
 * Saves a text posted to the API (one article or several under their headlines) and answers with each
 * article and the statements found in it; a text already stored comes back with `created` false.
 */
export async function ingestArticles(prisma: PrismaClient, input: ArticleInput, actor: Actor): Promise<{ created: boolean; articles: IngestedArticle[] }> {
  const outcome = await saveArticles(prisma, input, actor);
  const statements = await savedStatements(
    prisma,
    outcome.articles.map((saved) => saved.article.id),
  );
  const byArticle = new Map<number, Omit<SavedStatement, "articleId">[]>();
  for (const { articleId, ...statement } of statements) {
    const list = byArticle.get(articleId);
    if (list) list.push(statement);
    else byArticle.set(articleId, [statement]);
  }
  return {
    created: outcome.articles.some((saved) => saved.created),
    articles: outcome.articles.map(({ article, created }) => ({
      id: article.id,
      title: article.title,
      language: article.language,
      created,
      statements: byArticle.get(article.id) ?? [],
    })),
  };
}
