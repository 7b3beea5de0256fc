import type { en } from "./en.ts";

/* The shape of a catalogue's entries, which both catalogues and the translator import (never each other). */

/**
 * A message, or one per plural form of its {count} (Intl.PluralRules' categories: Arabic has six,
 * «تصريح واحد», «تصريحان», «3 تصريحات», «11 تصريحاً», «100 تصريح»; English two), with "=0" for a
 * wording of its own when there are none.
 */
export type Message = string | ({ other: string; "=0"?: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** Every message the desk shows: the English catalogue's keys, which the Arabic one must match. */
export type MessageKey = keyof typeof en;
