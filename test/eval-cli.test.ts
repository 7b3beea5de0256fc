import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import { REPO_DIR } from "./support/database.ts";

function evaluate(args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "test/eval/run.ts", ...args], { cwd: REPO_DIR, encoding: "utf8" });
}

/** The figures of one row of the eval's table: span P/R/F1, speaker, end-to-end P/R/F1. */
function row(output: string, label: string): number[] {
  const line = output.split("\n").find((l) => l.startsWith(label));
  assert.ok(line, `a row for ${label} in:\n${output}`);
  return line.slice(label.length).trim().split(/\s+/).slice(3, 10).map(Number);
}

describe("npm run eval on corpora from outside the repository", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "isnad-eval-"));

  it("scores a corpus in the shared format, the held-out part apart, with a speaker only when accepted", () => {
    const corpus = path.join(dir, "shared");
    mkdirSync(path.join(corpus, "texts"), { recursive: true });
    // bbc is a tuning outlet in test/eval/splits/attribution-ar.txt; an outlet the file does not name is held out.
    writeFileSync(path.join(corpus, "texts", "bbc-one.txt"), "الحكومة تعلن الخطة\nوقال الوزير سامي الخطيب إن الخطة جاهزة.\n");
    writeFileSync(path.join(corpus, "texts", "newoutlet-two.txt"), "الحكومة تعلن الخطة\nوقالت الوزيرة هدى سالم إن الميزانية جاهزة.\n");
    const gold = [
      {
        id: "bbc-one-01",
        text: "bbc-one",
        line: 2,
        type: "indirect",
        content: "الخطة جاهزة",
        alts: [],
        optional: false,
        speaker: "سامي الخطيب",
        accept: ["سامي الخطيب"],
        names: ["الخطيب"],
      },
      {
        id: "newoutlet-two-01",
        text: "newoutlet-two",
        line: 2,
        type: "indirect",
        content: "الميزانية جاهزة",
        alts: [],
        optional: false,
        speaker: "ليلى منصور",
        accept: ["ليلى منصور"],
        names: ["منصور"],
      },
    ];
    writeFileSync(path.join(corpus, "gold.json"), JSON.stringify(gold));
    const result = evaluate(["--corpus", corpus]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(row(result.stdout, "shared tuning"), [1, 1, 1, 1, 1, 1, 1]);
    assert.deepEqual(row(result.stdout, "shared held-out"), [1, 1, 1, 0, 0, 0, 0], "the content is found, the speaker is not the one annotated");
  });

  it("scores PolNeAR's brat files, crediting a pronoun by its offsets", () => {
    const root = path.join(dir, "polnear");
    for (const sub of ["text", "attributions"]) mkdirSync(path.join(root, "data", "dev", sub), { recursive: true });
    const text = 'Mayor Jane Doe said the bridge would reopen. "It is safe," she said.';
    writeFileSync(path.join(root, "data", "dev", "text", "doc.txt"), text);
    const span = (s: string, from = 0) => [text.indexOf(s, from), text.indexOf(s, from) + s.length];
    const [c1, c2] = span("the bridge would reopen");
    const [s1, s2] = span("Mayor Jane Doe");
    const [c3, c4] = span("It is safe,");
    const [s3, s4] = span("she");
    writeFileSync(
      path.join(root, "data", "dev", "attributions", "doc_ab12.ann"),
      [
        `T1\tSource ${s1} ${s2}\tMayor Jane Doe`,
        `T2\tContent ${c1} ${c2}\tthe bridge would reopen`,
        "E1\tAttribution:T1 Content:T2 Source:T1",
        `T3\tSource ${s3} ${s4}\tshe`,
        `T4\tContent ${c3} ${c4}\tIt is safe,`,
        "E2\tAttribution:T3 Content:T4 Source:T3",
      ].join("\n"),
    );
    const result = evaluate(["--polnear", root, "--split", "dev"]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(row(result.stdout, "polnear dev held-out"), [1, 1, 1, 1, 1, 1, 1]);
  });

  it("splits quoted recall by the kind of cue PolNeAR annotated: a verb of speech or any other", () => {
    const root = path.join(dir, "polnear-cues");
    for (const sub of ["text", "attributions"]) mkdirSync(path.join(root, "data", "dev", sub), { recursive: true });
    const text = '"The bridge is safe," Mayor Jane Doe said. Her husband enjoys "Modern Family" on Sundays.';
    writeFileSync(path.join(root, "data", "dev", "text", "doc.txt"), text);
    const span = (s: string) => `${text.indexOf(s)} ${text.indexOf(s) + s.length}`;
    writeFileSync(
      path.join(root, "data", "dev", "attributions", "doc_ab12.ann"),
      [
        `T1\tSource ${span("Mayor Jane Doe")}\tMayor Jane Doe`,
        `T2\tContent ${span('"The bridge is safe,"')}\t"The bridge is safe,"`,
        `T3\tCue ${span("said")}\tsaid`,
        "E1\tAttribution:T1 Content:T2 Cue:T3 Source:T1",
        `T4\tSource ${span("Her husband")}\tHer husband`,
        `T5\tContent ${span('"Modern Family"')}\t"Modern Family"`,
        `T6\tCue ${span("enjoys")}\tenjoys`,
        "E2\tAttribution:T4 Content:T5 Cue:T6 Source:T4",
      ].join("\n"),
    );
    const result = evaluate(["--polnear", root, "--split", "dev"]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /quoted recall by cue, held-out: a verb of speech, a colon or «according to» 1\.000 \(1\), any other cue 0\.000 \(1\)/);
  });

  it("refuses to read PolNeAR's test split, reserved for measuring isnad from outside", () => {
    const refused = evaluate(["--polnear", path.join(dir, "polnear"), "--split", "test"]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /reserved/);
  });

  it("scores an interrupted quotation annotated as Content and Content2 as one statement", () => {
    const root = path.join(dir, "polnear-interrupted");
    for (const sub of ["text", "attributions"]) mkdirSync(path.join(root, "data", "train", sub), { recursive: true });
    const text = 'Mayor Jane Doe spoke on Friday. "The bridge is safe," she said. "It will reopen on Monday, and every lane will carry cars again."';
    writeFileSync(path.join(root, "data", "train", "text", "doc.txt"), text);
    const span = (s: string) => `${text.indexOf(s)} ${text.indexOf(s) + s.length}`;
    writeFileSync(
      path.join(root, "data", "train", "attributions", "doc_ab12.ann"),
      [
        `T1\tSource ${span("she")}\tshe`,
        `T2\tContent ${span('"The bridge is safe,"')}\t"The bridge is safe,"`,
        `T3\tContent ${span('"It will reopen on Monday, and every lane will carry cars again."')}\t"It will reopen …"`,
        "E1\tAttribution:T1 Content:T2 Source:T1 Content2:T3",
      ].join("\n"),
    );
    const result = evaluate(["--polnear", root, "--split", "train"]);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(row(result.stdout, "polnear train tuning"), [1, 1, 1, 1, 1, 1, 1]);
  });
});
