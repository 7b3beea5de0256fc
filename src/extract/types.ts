export type Language = "ar" | "en";
export type StatementType = "direct" | "indirect" | "mixed";
export type SpeakerKind = "person" | "organization" | "group" | "anonymous" | "unknown";

export interface Statement {
  /** The words between `start` and `end`, less any attribution that interrupts the quotation, which becomes " … ". */
  text: string;
  start: number;
  end: number;
  type: StatementType;
  cue: string;
  speaker: string | null;
  speakerMention: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  speakerKind: SpeakerKind;
  speakerRole: string | null;
  article: number;
  confidence: number;
}

export interface ExtractedArticle {
  index: number;
  start: number;
  end: number;
  title: string | null;
  language: Language;
}

export interface Extraction {
  language: Language;
  articles: ExtractedArticle[];
  statements: Statement[];
}

export type Gender = "m" | "f" | "plural";

/** The speaker a sentence names, before resolution across the article. */
export interface SpeakerFields {
  /** The speaker as written, when the sentence names one. */
  mention: { start: number; end: number; text: string } | null;
  /** Canonical-looking name inside the mention (titles and roles removed), if any. */
  name: string | null;
  role: string | null;
  kind: SpeakerKind | null;
  /** The words of the sentence that stand for the speaker when they are not its phrase: "Barkley, who said …" → "who". */
  reference?: { start: number; end: number; text: string };
}

/** What a language module finds before speakers are resolved across the article. */
export interface Candidate extends SpeakerFields {
  start: number;
  end: number;
  type: StatementType;
  cue: string;
  /** A pronoun or a dropped subject: resolve to an earlier speaker. */
  anaphor: boolean;
  gender: Gender | null;
  confidence: number;
  /** The verb's object belongs to the content («وصف الوضع بأنه …»): a known name that only begins the mention leaves the rest to it. */
  objectInContent?: boolean;
  /** The mention is the verb's object, and the subject dropped, unless it names a source the article already has. */
  objectUnlessKnown?: boolean;
  /** Attributions that interrupt the quotation («"…," he said. "…"»): inside the offsets, left out of the text. */
  interruptions?: { start: number; end: number }[];
  /** Names a source without content of its own («وعبرت شقيقته تويا عن شكوكها»): a later «وقالت» refers to it. */
  antecedentOnly?: boolean;
}
