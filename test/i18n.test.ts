import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { translate } from "../src/i18n/index.ts";

describe("messages", () => {
  it("puts a count in the plural form its language asks for", () => {
    const arabic = [0, 1, 2, 3, 10, 11, 99, 100, 103].map((count) => translate("ar", "speakers.statementCount", { count }));
    assert.deepEqual(arabic, ["لا تصريحات", "تصريح واحد", "تصريحان", "3 تصريحات", "10 تصريحات", "11 تصريحاً", "99 تصريحاً", "100 تصريح", "103 تصريحات"]);
    assert.deepEqual(
      [0, 1, 2, 21].map((count) => translate("en", "articles.statementCount", { count })),
      ["0 statements", "1 statement", "2 statements", "21 statements"],
    );
    assert.equal(translate("en", "speakers.resultsFor", { count: 1, q: "Blinken" }), "1 speaker for “Blinken”");
    assert.equal(translate("ar", "speakers.resultsFor", { count: 2, q: "بلينكن" }), "متحدثان لـ «بلينكن»");
    assert.deepEqual(
      [0, 2, 5, 30].map((count) => translate("ar", "board.waitedHours", { count })),
      ["ينتظر منذ أقل من ساعة", "ينتظر منذ ساعتين", "ينتظر منذ 5 ساعات", "ينتظر منذ 30 ساعة"],
    );
    assert.deepEqual(
      [0, 5].map((count) => translate("en", "board.waitedHours", { count })),
      ["waiting under an hour", "waiting 5 h"],
    );
    assert.deepEqual(
      [1, 2, 15].map((count) => translate("ar", "signIn.throttled", { count })),
      ["محاولات فاشلة كثيرة. حاول مجدداً بعد دقيقة.", "محاولات فاشلة كثيرة. حاول مجدداً بعد دقيقتين.", "محاولات فاشلة كثيرة. حاول مجدداً بعد 15 دقيقة."],
    );
    assert.equal(translate("ar", "articles.savedMany", { count: 12 }), "احتوى النص على 12 مقالاً، وحُفظ كل منها على حدة.");
    assert.deepEqual(
      [0, 1, 2].map((count) => translate("en", "statement.alsoChanged", { count })),
      ["The verdict was applied to no duplicate.", "The verdict was also applied to 1 duplicate.", "The verdict was also applied to 2 duplicates."],
    );
    assert.deepEqual(
      [1, 2, 3].map((count) => translate("ar", "queue.bulkChanged", { count })),
      ["تغيّر تصريح واحد.", "تغيّر تصريحان.", "تغيّرت 3 تصريحات."],
    );
  });

  it("fills a message's placeholders", () => {
    assert.equal(
      translate("en", "errors.lookAlikeOf", { typed: "Jоhn", existing: "John" }),
      "“Jоhn” mixes alphabets inside a word and looks like the speaker John. Choose John, or type the name again in one alphabet.",
    );
  });

  it("leaves a placeholder it has no value for as written", () => {
    assert.equal(
      translate("en", "errors.lookAlikeOf", { typed: "Jоhn" }),
      "“Jоhn” mixes alphabets inside a word and looks like the speaker {existing}. Choose {existing}, or type the name again in one alphabet.",
    );
  });

  it("shows an unknown key as itself", () => {
    assert.equal(translate("ar", "no.such.key"), "no.such.key");
  });
});
