/*
 * The benchmark's desk: articles composed from the paragraphs of the real Wikinews fixtures, with
 * the statements the extractor finds in them (so offsets, cues and mentions are real), speakers named
 * from real Arabic and English name parts, every status, assignments and an audit history. Loaded in
 * batches of multi-row INSERT … SELECT FROM unnest(…) through the application's own triggers, so
 * the counts the board and the speaker pages read are kept exactly as in production.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { extract, nameKey } from "../../src/extract/index.ts";
import { surnameKey } from "../../src/speakers/match.ts";
import { fixtureArticles } from "./support.ts";

export interface DeskSize {
  statements: number;
  speakers: number;
  articles: number;
}

export interface People {
  editorId: number;
  checkerIds: number[];
}

interface Passage {
  text: string;
  title: string;
  statements: {
    text: string;
    start: number;
    end: number;
    type: string;
    cue: string;
    mention: string | null;
    mentionStart: number | null;
    mentionEnd: number | null;
    confidence: number;
  }[];
}

const AR_GIVEN = [
  "محمد",
  "أحمد",
  "علي",
  "حسن",
  "حسين",
  "عمر",
  "خالد",
  "سامي",
  "يوسف",
  "إبراهيم",
  "مصطفى",
  "عبد الله",
  "عبد الرحمن",
  "طارق",
  "وليد",
  "فادي",
  "كريم",
  "ماجد",
  "نبيل",
  "رامي",
  "سليم",
  "زياد",
  "هشام",
  "جمال",
  "ليلى",
  "هدى",
  "فاطمة",
  "مريم",
  "سارة",
  "نور",
  "رنا",
  "دينا",
  "سلمى",
  "أمل",
  "منى",
  "ريم",
  "هالة",
  "سعاد",
  "لمى",
  "جود",
];
const AR_FATHER = [
  "محمد",
  "أحمد",
  "علي",
  "حسن",
  "صالح",
  "عمر",
  "خالد",
  "سعيد",
  "يوسف",
  "إبراهيم",
  "مصطفى",
  "عبد الله",
  "عبد الكريم",
  "طه",
  "ناصر",
  "فؤاد",
  "كمال",
  "منير",
  "نبيل",
  "رشيد",
  "سليمان",
  "زكي",
  "هاشم",
  "جميل",
  "عادل",
  "فهد",
  "فيصل",
  "مروان",
  "سمير",
  "نادر",
  "رياض",
  "داود",
  "سالم",
  "أنور",
  "معن",
  "رضا",
  "حمدي",
  "سعد",
  "لطفي",
  "جابر",
];
const AR_FAMILY = [
  "الخطيب",
  "بلينكن",
  "لافروف",
  "غوتيريش",
  "عباس",
  "نتنياهو",
  "أردوغان",
  "السيسي",
  "بن كيران",
  "الفزازي",
  "اليزمي",
  "واجد",
  "سيدا",
  "المالكي",
  "الصدر",
  "الحريري",
  "عون",
  "ميقاتي",
  "الغنوشي",
  "تبون",
  "الدبيبة",
  "حفتر",
  "المنفي",
  "البرهان",
  "حمدوك",
  "الكاظمي",
  "البارزاني",
  "الحلبوسي",
  "العبادي",
  "الجعفري",
  "الزبيدي",
  "الحوثي",
  "باشاغا",
  "الصباح",
  "الحسيني",
  "منصور",
  "حداد",
  "الشامي",
  "العلي",
  "القاسم",
  "النجار",
  "الرفاعي",
  "الكردي",
  "البيطار",
  "الحمصي",
  "الزعبي",
  "العمري",
  "التميمي",
  "الشمري",
  "الدوسري",
  "العتيبي",
  "المطيري",
  "القحطاني",
  "سيرغي",
  "ماكرون",
  "شولتس",
  "غارفينكل",
  "مزار",
  "غاردنر",
  "ويلز",
];
const EN_GIVEN = [
  "John",
  "Mary",
  "James",
  "Patricia",
  "Robert",
  "Jennifer",
  "Michael",
  "Linda",
  "William",
  "Elizabeth",
  "David",
  "Barbara",
  "Richard",
  "Susan",
  "Joseph",
  "Jessica",
  "Thomas",
  "Sarah",
  "Charles",
  "Karen",
  "Antony",
  "Nancy",
  "Daniel",
  "Lisa",
  "Matthew",
  "Betty",
  "Mark",
  "Margaret",
  "Donald",
  "Sandra",
  "Steven",
  "Ashley",
  "Paul",
  "Kimberly",
  "Andrew",
  "Emily",
  "Joshua",
  "Donna",
  "Kenneth",
  "Michelle",
];
const EN_FAMILY = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Perez",
  "Thompson",
  "White",
  "Harris",
  "Sanchez",
  "Clark",
  "Ramirez",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
  "Scott",
  "Torres",
  "Nguyen",
  "Hill",
  "Flores",
  "Green",
  "Adams",
  "Nelson",
  "Baker",
  "Hall",
  "Rivera",
  "Campbell",
  "Mitchell",
  "Carter",
  "Roberts",
  "Blinken",
  "Pelosi",
  "Schumer",
  "Schiff",
  "Durbin",
  "Pence",
  "Rooney",
  "Guterres",
  "Lavrov",
  "Haddad",
];
const ROLES_AR = ["وزير الخارجية", "المتحدث باسم الحكومة", "رئيس الوزراء", "نائب في البرلمان", "محافظ البنك المركزي"];
const ROLES_EN = ["Secretary of State", "government spokesperson", "Prime Minister", "member of parliament", "central bank governor"];
const NOTES = {
  verified: ["Matches the official transcript.", "مطابق للبيان الرسمي المنشور."],
  disputed: ["The figures contradict the ministry's own report.", "الأرقام تخالف تقرير الوزارة نفسها."],
};

/**
 * Family names: the real ones above, then nisbas (الـ…ي, as المصري، البغدادي) and English surnames made
 * from the fixtures' own words, a few thousand in all. Speakers take them on a skewed curve: a few
 * families are shared by a thousand speakers, most by a handful, as in a real desk's index of names.
 */
function familyNames(): { ar: string[]; en: string[] } {
  const words = (language: "ar" | "en", pattern: RegExp) => {
    const text = fixtureArticles(language)
      .map((article) => article.text)
      .join("\n");
    return [...new Set(text.match(pattern) ?? [])].sort();
  };
  const nisbas = words("ar", /(?<![\u0621-\u064A])[\u0621-\u064A]{3,6}(?![\u0621-\u064A])/g)
    .filter((word) => !word.startsWith("ال") && !/[ةىءئؤ]$/.test(word))
    .map((word) => `ال${word}ي`);
  const surnames = words("en", /\b[a-z]{5,9}\b/g).map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}`);
  return {
    ar: [...AR_FAMILY, ...nisbas.filter((name) => !AR_FAMILY.includes(name))],
    en: [...EN_FAMILY, ...surnames.filter((name) => !EN_FAMILY.includes(name))],
  };
}
const FAMILIES = familyNames();

/** A fixed fraction in [0, 1) for each k: the golden-ratio sequence, spread evenly and never repeating. */
const spread = (k: number) => (k * 0.6180339887498949) % 1;

/** A speaker's name from its number: given name, father's name (or initial) and family name. */
export function speakerName(k: number): { name: string; short: string; arabic: boolean } {
  const arabic = k % 3 !== 0;
  const families = arabic ? FAMILIES.ar : FAMILIES.en;
  const family = families[Math.floor(families.length * spread(k) ** 2)]!;
  if (arabic) {
    const given = AR_GIVEN[k % AR_GIVEN.length]!;
    return { name: `${given} ${AR_FATHER[Math.floor(k / AR_GIVEN.length) % AR_FATHER.length]} ${family}`, short: `${given} ${family}`, arabic };
  }
  const given = EN_GIVEN[k % EN_GIVEN.length]!;
  return { name: `${given} ${String.fromCharCode(65 + (Math.floor(k / EN_GIVEN.length) % 26))}. ${family}`, short: `${given} ${family}`, arabic };
}

/** A small, seeded generator: the same desk on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fixtures' paragraphs with the statements the extractor finds in each, by language. */
export function passages(): Record<"ar" | "en", Passage[]> {
  const pool: Record<"ar" | "en", Passage[]> = { ar: [], en: [] };
  for (const language of ["ar", "en"] as const) {
    for (const article of fixtureArticles(language)) {
      for (const text of article.text
        .split(/\n\s*\n/)
        .map((part) => part.trim())
        .filter((part) => part.length > 80)) {
        const statements = extract(text, { language }).statements.map((s) => ({
          text: s.text,
          start: s.start,
          end: s.end,
          type: s.type,
          cue: s.cue,
          mention: s.speakerMention,
          mentionStart: s.speakerStart,
          mentionEnd: s.speakerEnd,
          confidence: s.confidence,
        }));
        pool[language].push({ text, title: article.title, statements });
      }
    }
  }
  return pool;
}

/** The same digits shifted by k: a number changes, the length (and so every offset) does not. */
function shiftDigits(text: string, k: number): string {
  return text.replace(/[0-9]/g, (digit) => String((Number(digit) + k) % 10));
}

const BATCH = 5000;
const DAY = 86_400_000;

export async function loadDesk(client: pg.Client, size: DeskSize, people: People, onProgress: (message: string) => void): Promise<void> {
  const pool = passages();
  const now = Date.now();
  const span = 365 * DAY;
  const rand = random(20261125);

  // Speakers and their aliases: each speaker's name (alias id = speaker id), and for half of them
  // the short form the press also uses.
  for (let from = 1; from <= size.speakers; from += BATCH) {
    const ids: number[] = [];
    const names: string[] = [];
    const kinds: string[] = [];
    const roles: string[] = [];
    const aliasSpeaker: number[] = [];
    const aliasText: string[] = [];
    const aliasKey: string[] = [];
    const aliasSurname: string[] = [];
    const aliasReason: string[] = [];
    const aliasIds: number[] = [];
    for (let k = from; k < Math.min(from + BATCH, size.speakers + 1); k++) {
      const { name, short, arabic } = speakerName(k);
      ids.push(k);
      names.push(name);
      kinds.push(k % 97 === 0 ? "organization" : "person");
      roles.push(k % 11 === 0 ? (arabic ? ROLES_AR : ROLES_EN)[k % 5]! : "");
      aliasIds.push(k);
      aliasSpeaker.push(k);
      aliasText.push(name);
      aliasKey.push(nameKey(name));
      aliasSurname.push(surnameKey(name));
      aliasReason.push("name");
      if (k % 2 === 0) {
        aliasIds.push(size.speakers + k / 2);
        aliasSpeaker.push(k);
        aliasText.push(short);
        aliasKey.push(nameKey(short));
        aliasSurname.push(surnameKey(short));
        aliasReason.push("mention");
      }
    }
    await client.query(
      `INSERT INTO speakers (id, name, kind, normalized_name, roles, updated_at)
       SELECT id, name, kind::"SpeakerKind", normalize_name, CASE WHEN role = '' THEN '{}'::text[] ELSE ARRAY[role] END, now()
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, name, kind, normalize_name, role)`,
      [ids, names, kinds, names.map((name) => nameKey(name)), roles],
    );
    await client.query(
      `INSERT INTO speaker_aliases (id, speaker_id, text, normalized_text, surname_key, reason)
       SELECT id, speaker_id, text, normalized_text, surname_key, reason::"AliasReason"
         FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, speaker_id, text, normalized_text, surname_key, reason)`,
      [aliasIds, aliasSpeaker, aliasText, aliasKey, aliasSurname, aliasReason],
    );
  }
  await client.query("SELECT setval(pg_get_serial_sequence('speakers', 'id'), (SELECT max(id) FROM speakers))");
  await client.query("SELECT setval(pg_get_serial_sequence('speaker_aliases', 'id'), (SELECT max(id) FROM speaker_aliases))");
  onProgress(`${size.speakers.toLocaleString("en")} speakers`);

  // Articles, oldest first, spread over the last year, two in three in Arabic; each with its share
  // of the statements, taken from as many paragraphs as it needs.
  let statementId = 0;
  const cursor = { ar: 0, en: 0 };
  for (let from = 1; from <= size.articles; from += BATCH / 5) {
    const articles = {
      id: [] as number[],
      title: [] as string[],
      body: [] as string[],
      language: [] as string[],
      hash: [] as string[],
      created: [] as string[],
    };
    const s = {
      id: [] as number[],
      article: [] as number[],
      text: [] as string[],
      search: [] as string[],
      start: [] as number[],
      end: [] as number[],
      type: [] as string[],
      cue: [] as string[],
      speaker: [] as number[],
      alias: [] as number[],
      mention: [] as (string | null)[],
      mentionStart: [] as (number | null)[],
      mentionEnd: [] as (number | null)[],
      confidence: [] as number[],
      status: [] as string[],
      note: [] as (string | null)[],
      assignee: [] as (number | null)[],
      reviewer: [] as (number | null)[],
      reviewed: [] as (string | null)[],
      version: [] as number[],
      created: [] as string[],
      language: [] as string[],
    };
    const audit = {
      actor: [] as number[],
      action: [] as string[],
      subjectType: [] as string[],
      subject: [] as number[],
      before: [] as (string | null)[],
      after: [] as string[],
      created: [] as string[],
    };
    for (let k = from; k < Math.min(from + BATCH / 5, size.articles + 1); k++) {
      const language = k % 3 === 0 ? "en" : "ar";
      const paragraphs = pool[language];
      const quota = Math.floor((size.statements * k) / size.articles) - Math.floor((size.statements * (k - 1)) / size.articles);
      const createdAt = now - span + Math.floor((span * k) / size.articles) - 60_000;
      const created = new Date(createdAt).toISOString();
      const parts: string[] = [];
      let offset = 0;
      let found = 0;
      let title = "";
      // Step through the paragraphs with a stride, so neighbouring articles differ.
      while ((found < quota || parts.length < 2) && parts.length < 40) {
        const passage = paragraphs[cursor[language] % paragraphs.length]!;
        cursor[language] += 7;
        title ||= passage.title;
        const text = shiftDigits(passage.text, k);
        for (const statement of passage.statements) {
          if (found >= quota) break;
          found++;
          statementId++;
          const roll = rand();
          const status = roll < 0.6 ? "pending" : roll < 0.85 ? "verified" : "disputed";
          const speakerId = 1 + Math.floor(size.speakers * rand() * rand());
          const reviewedAt = status === "pending" ? null : new Date(Math.min(now - 1000, createdAt + Math.floor(rand() * 2 * DAY))).toISOString();
          const reviewer = status === "pending" ? null : people.checkerIds[statementId % people.checkerIds.length]!;
          const statementText = shiftDigits(statement.text, k);
          s.id.push(statementId);
          s.article.push(k);
          s.text.push(statementText);
          s.search.push(nameKey(statementText));
          s.start.push(offset + statement.start);
          s.end.push(offset + statement.end);
          s.type.push(statement.type);
          s.cue.push(statement.cue);
          s.speaker.push(speakerId);
          s.alias.push(speakerId);
          s.mention.push(statement.mention);
          s.mentionStart.push(statement.mentionStart === null ? null : offset + statement.mentionStart);
          s.mentionEnd.push(statement.mentionEnd === null ? null : offset + statement.mentionEnd);
          s.confidence.push(statement.confidence);
          s.status.push(status);
          s.note.push(status === "pending" ? null : NOTES[status][language === "ar" ? 1 : 0]!);
          s.assignee.push(status === "pending" && statementId % 5 === 0 ? people.checkerIds[statementId % people.checkerIds.length]! : null);
          s.reviewer.push(reviewer);
          s.reviewed.push(reviewedAt);
          s.version.push(status === "pending" ? 1 : 2);
          s.created.push(created);
          s.language.push(language);
          if (reviewedAt) {
            audit.actor.push(reviewer!);
            audit.action.push("statement.status");
            audit.subjectType.push("statement");
            audit.subject.push(statementId);
            audit.before.push(JSON.stringify({ status: "pending" }));
            audit.after.push(JSON.stringify({ status, note: s.note.at(-1) }));
            audit.created.push(reviewedAt);
          }
        }
        parts.push(text);
        offset += text.length + 2;
      }
      const body = `${parts.join("\n\n")}\n\n[${k}]`;
      articles.id.push(k);
      articles.title.push(title);
      articles.body.push(body);
      articles.language.push(language);
      articles.hash.push(createHash("sha256").update(body).digest("hex"));
      articles.created.push(created);
      audit.actor.push(people.editorId);
      audit.action.push("article.created");
      audit.subjectType.push("article");
      audit.subject.push(k);
      audit.before.push(null);
      audit.after.push(JSON.stringify({ title, statements: found, via: "import" }));
      audit.created.push(created);
    }
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO articles (id, title, body, language, content_hash, created_by_id, created_at)
       SELECT id, title, body, language, hash, $7, created FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS t(id, title, body, language, hash, created)`,
      [articles.id, articles.title, articles.body, articles.language, articles.hash, articles.created, people.editorId],
    );
    await client.query(
      `INSERT INTO statements (id, article_id, language, text, search_text, start_offset, end_offset, type, cue, speaker_id, speaker_alias_id, speaker_mention, speaker_start, speaker_end,
                               confidence, status, note, assignee_id, reviewed_by_id, reviewed_at, version, created_at, updated_at)
       SELECT id, article_id, language, text, search_text, start_offset, end_offset, type::"StatementType", cue, speaker_id, speaker_alias_id, mention, mention_start, mention_end,
              confidence, status::"StatementStatus", note, assignee_id, reviewed_by_id, reviewed_at, version, created_at, coalesce(reviewed_at, created_at)
         FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::int[], $10::int[], $11::text[], $12::int[], $13::int[],
                     $14::float8[], $15::text[], $16::text[], $17::int[], $18::int[], $19::timestamptz[], $20::int[], $21::timestamptz[], $22::text[])
           AS t(id, article_id, text, search_text, start_offset, end_offset, type, cue, speaker_id, speaker_alias_id, mention, mention_start, mention_end,
                confidence, status, note, assignee_id, reviewed_by_id, reviewed_at, version, created_at, language)`,
      [
        s.id,
        s.article,
        s.text,
        s.search,
        s.start,
        s.end,
        s.type,
        s.cue,
        s.speaker,
        s.alias,
        s.mention,
        s.mentionStart,
        s.mentionEnd,
        s.confidence,
        s.status,
        s.note,
        s.assignee,
        s.reviewer,
        s.reviewed,
        s.version,
        s.created,
        s.language,
      ],
    );
    await client.query(
      `INSERT INTO audit_events (actor_id, action, subject_type, subject_id, before, after, created_at)
       SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::jsonb[], $6::jsonb[], $7::timestamptz[])`,
      [audit.actor, audit.action, audit.subjectType, audit.subject, audit.before, audit.after, audit.created],
    );
    await client.query("COMMIT");
    const done = Math.min(from + BATCH / 5 - 1, size.articles);
    if (done % 20_000 < BATCH / 5 || done === size.articles)
      onProgress(`${done.toLocaleString("en")} articles, ${statementId.toLocaleString("en")} statements`);
  }
  await client.query("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))");
  await client.query("SELECT setval(pg_get_serial_sequence('statements', 'id'), (SELECT max(id) FROM statements))");
  // Verdicts are counted by the day they were given, which a bulk load sets in the past.
  await client.query(`
    INSERT INTO verdict_days (day, status, count)
    SELECT (reviewed_at AT TIME ZONE 'UTC')::date, status, count(*) FROM statements WHERE reviewed_at IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (day, status, slot) DO UPDATE SET count = EXCLUDED.count`);
  await client.query("VACUUM ANALYZE");
}
