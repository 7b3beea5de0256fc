import { loadGold } from './gold.ts';
import { score, type Mismatch } from './score.ts';

const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a === 'ar' || a === 'en');
const fmt = (n: number) => n.toFixed(3);
console.log('language  articles  gold  predicted  precision  recall  F1     speaker-acc  end-to-end-F1');
const misses: Mismatch[] = [];
for (const language of ['ar', 'en'] as const) {
  if (only && only !== language) continue;
  const { scores, mismatches } = score(language, loadGold(language));
  misses.push(...mismatches);
  console.log(
    `${language.padEnd(8)}  ${String(scores.articles).padStart(8)}  ${String(scores.gold).padStart(4)}  ${String(scores.predicted).padStart(9)}  ` +
      `${fmt(scores.precision).padStart(9)}  ${fmt(scores.recall).padStart(6)}  ${fmt(scores.f1)}  ${fmt(scores.speakerAccuracy).padStart(11)}  ${fmt(scores.endToEndF1).padStart(13)}`,
  );
}
if (verbose) for (const m of misses) console.log(`${m.kind.padEnd(8)} ${m.article} | gold=${m.gold ?? ''} | got=${m.predicted ?? ''} | ${m.text.slice(0, 110)}${m.context ? `\n         ↳ ${m.context}` : ''}`);
