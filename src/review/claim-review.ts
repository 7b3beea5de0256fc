import type { StatementDetail } from "../statements/queries.ts";

export interface Publisher {
  name: string;
  url: string | null;
}

const RATINGS = {
  verified: { ratingValue: 5, alternateName: "Verified" },
  disputed: { ratingValue: 1, alternateName: "Disputed" },
} as const;

/** The address of a verdict's public page: under PUBLIC_URL, or the path alone when none is configured. */
export function publicClaimUrl(publicUrl: string | null, id: number): string {
  return `${publicUrl ?? ""}/claims/${id}`;
}

/** schema.org ClaimReview for a verdict (https://schema.org/ClaimReview); null while the statement is pending. */
export function claimReview(
  detail: Pick<StatementDetail, "statement" | "article">,
  publisher: Publisher,
  pageUrl: string,
  options: { withNote?: boolean } = {},
): Record<string, unknown> | null {
  const { statement, article } = detail;
  if (statement.status === "pending") return null;
  const rating = RATINGS[statement.status];
  const speaker = statement.speaker;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: pageUrl,
    claimReviewed: statement.text,
    datePublished: (statement.reviewedAt ?? statement.updatedAt).toISOString(),
    inLanguage: article.language,
    author: { "@type": "Organization", name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) },
    reviewRating: { "@type": "Rating", ratingValue: rating.ratingValue, bestRating: 5, worstRating: 1, alternateName: rating.alternateName },
    // The checker's note is the desk's own unless it publishes it: the public page leaves it out.
    ...(statement.note && options.withNote !== false ? { reviewBody: statement.note } : {}),
    itemReviewed: {
      "@type": "Claim",
      ...(speaker ? { author: { "@type": speaker.kind === "person" ? "Person" : "Organization", name: speaker.name } } : {}),
      ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString().slice(0, 10) } : {}),
      appearance: {
        "@type": "NewsArticle",
        headline: article.title,
        ...(article.url ? { url: article.url } : {}),
        ...(article.source ? { publisher: { "@type": "Organization", name: article.source } } : {}),
      },
    },
  };
}
