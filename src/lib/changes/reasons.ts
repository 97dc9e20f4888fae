/**
 * The reason a reader sees for a data change, in Vietnamese and English. Staff write it as two
 * lines at the end of the commit message (`Lý-do: …` and `Reason: …`); changes made before that
 * convention, or whose reason needs correcting, get one from `content/change-reasons.csv`, keyed
 * by the full commit hash. The developer's own commit message is never shown to readers.
 */
import { readFileSync } from 'node:fs';
import { parseCsvText } from './diff.ts';

export interface ChangeReason {
  vi?: string;
  en?: string;
}

/** Where the reasons for past commits live (outside data/, which holds only the datasets). */
export const REASONS_FILE = 'content/change-reasons.csv';
export const REASONS_COLUMNS = ['commit', 'reason_vi', 'reason_en'] as const;

// Git itself does not read "Lý-do:" as a trailer (its trailer keys are ASCII only), so the
// message is read here: the keys are matched without case and with or without the diacritic.
const KEYS: Record<string, keyof ChangeReason> = { 'lý-do': 'vi', 'ly-do': 'vi', reason: 'en' };
const LINE = /^([\p{L}\p{M}-]+):[ \t]*(.*)$/u;

/**
 * The `Lý-do:` and `Reason:` lines of the message's last paragraph; a following line that starts
 * with a space continues the value, as in git trailers.
 */
export function reasonFromMessage(message: string): ChangeReason {
  const paragraphs = message
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n/);
  const last = paragraphs.length > 1 ? paragraphs.at(-1)! : '';
  const found: ChangeReason = {};
  let current: keyof ChangeReason | undefined;
  for (const line of last.split('\n')) {
    const match = LINE.exec(line);
    if (match) {
      current = KEYS[match[1]!.normalize('NFC').toLocaleLowerCase('vi')];
      if (current) found[current] = match[2]!.trim();
      continue;
    }
    if (current && /^[ \t]/.test(line)) found[current] = `${found[current]} ${line.trim()}`.trim();
    else current = undefined;
  }
  for (const key of ['vi', 'en'] as const) if (!found[key]) delete found[key];
  return found;
}

export class InvalidReasonsError extends Error {}

/**
 * The reasons file as a map from full commit hash to reason. A malformed file stops the build:
 * a reason silently dropped would show "No reason given" for a change that has one.
 */
export function parseReasons(text: string, name = REASONS_FILE): Map<string, ChangeReason> {
  const { columns, rows } = parseCsvText(text);
  if (REASONS_COLUMNS.some((c, i) => columns[i] !== c) || columns.length !== 3)
    throw new InvalidReasonsError(`${name}: the header must be ${REASONS_COLUMNS.join(',')}.`);
  const reasons = new Map<string, ChangeReason>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const hash = row.commit!.trim().toLowerCase();
    if (!/^[0-9a-f]{40}$/.test(hash))
      throw new InvalidReasonsError(`${name}:${line}: commit must be a full 40-character hash.`);
    if (reasons.has(hash)) throw new InvalidReasonsError(`${name}:${line}: ${hash} is repeated.`);
    const reason: ChangeReason = {};
    if (row.reason_vi!.trim()) reason.vi = row.reason_vi!.trim();
    if (row.reason_en!.trim()) reason.en = row.reason_en!.trim();
    reasons.set(hash, reason);
  });
  return reasons;
}

/** The reasons file, or no reasons when it does not exist. */
export function readReasons(path = REASONS_FILE): Map<string, ChangeReason> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  return parseReasons(text, path);
}

/**
 * A commit's reason: the file's entry, language by language, over the message's lines, so a
 * reason written badly in a commit can be corrected without rewriting history.
 */
export function reasonOf(
  hash: string,
  message: string,
  file: ReadonlyMap<string, ChangeReason>,
): ChangeReason {
  return { ...reasonFromMessage(message), ...file.get(hash.toLowerCase()) };
}
