/**
 * Which dataset a stray file in data/ was probably meant to be: a browser download
 * ("poverty (1).csv"), a Windows copy ("poverty - Copy.csv", "Bản sao của poverty.csv"), another
 * case ("Poverty.csv"), a doubled or wrong extension ("poverty.csv.csv", "poverty.xlsx") or a
 * small typo ("povety.csv"). Naming it lets the message say "rename it to poverty.csv".
 */

/** Words of copy markers that never name a dataset. */
const COPY_WORDS = new Set(['copy', 'of', 'ban', 'sao', 'cua']);

const WORKBOOK = /\.(xlsx|xlsm|xlsb|xls|ods)$/i;

/** A spreadsheet file (Excel, LibreOffice) rather than a CSV. */
export const isWorkbook = (name: string): boolean => WORKBOOK.test(name);

/** Lowercase letter runs, accents and đ folded, so "Bản sao" reads as "ban sao". */
function words(name: string): string[] {
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return (folded.match(/[a-z]+/g) ?? []).filter((w) => !COPY_WORDS.has(w));
}

/** Levenshtein distance, giving up (Infinity) past `max`; names are short. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]! <= max ? previous[b.length]! : Infinity;
}

/** The dataset file (e.g. `poverty.csv`) a name is a near miss of, if any. */
export function nearDatasetFile(name: string, files: readonly string[]): string | undefined {
  const stems = new Map(files.map((file) => [file.replace(/\.csv$/, ''), file]));
  const found = words(name);
  for (const word of found) {
    const file = stems.get(word);
    if (file) return file;
  }
  // A typo only in the first word: "povety (1).csv", not any word that looks like a dataset.
  const first = found[0];
  if (first === undefined || first.length < 4) return undefined;
  for (const [stem, file] of stems) if (distance(first, stem, 2) <= 2) return file;
  return undefined;
}
