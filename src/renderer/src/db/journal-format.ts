// The safety copy's file format. Chromium keeps IndexedDB in LevelDB, and after the browser is killed
// it sometimes finds those files corrupt and deletes the origin's whole database (about one kill in
// 200 in `npm run bench`'s kill trials). Dossier therefore keeps a second copy of every committed
// write outside IndexedDB, in the Origin Private File System: a snapshot of every table, and a journal
// of the transactions committed since. Both are text, one JSON value per line, so a line cut short by
// a kill is simply left out.
//
// Replaying is idempotent: every write is kept as a put of whole rows with their keys (generated keys
// included) or a delete by key or range. A transaction that is both in a snapshot and in the journal
// after it (a snapshot starts while it commits) is replayed twice to the same result.

/** A key range as Dexie's DBCore gives it to `deleteRange` (its type is left out: bounds say it all). */
export interface JournalRange {
  lower: unknown;
  upper: unknown;
  lowerOpen?: boolean;
  upperOpen?: boolean;
  /** The whole table (a `clear()`). */
  all?: boolean;
}

/** One write of a committed transaction. */
export type JournalOp = { t: string; put: unknown[] } | { t: string; del: unknown[] } | { t: string; range: JournalRange };

/** What the files hold, read back: the latest complete snapshot's rows and every journalled transaction after it, in order. */
export interface JournalContent {
  /** Rows per table, from the snapshot; empty when no snapshot was ever completed. */
  tables: Map<string, unknown[]>;
  /** The schema version the snapshot was taken at (0 without one). */
  version: number;
  transactions: JournalOp[][];
}

export const JOURNAL_PREFIX = 'journal-';
export const SNAPSHOT_PREFIX = 'snapshot-';

export const journalName = (gen: number): string => `${JOURNAL_PREFIX}${gen}.jsonl`;
export const snapshotName = (gen: number): string => `${SNAPSHOT_PREFIX}${gen}.jsonl`;

/** The generation a file of the copy belongs to, or null for a file that is not one of them. */
export function generationOf(name: string, prefix: string): number | null {
  const m = new RegExp(`^${prefix}(\\d+)\\.jsonl$`).exec(name);
  return m ? Number(m[1]) : null;
}

// JSON has no Infinity or NaN: they are kept as tagged objects, so a row comes back exactly.
const NUMBER_TAG = '$dossier-number';
function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return { [NUMBER_TAG]: String(value) };
  return value;
}
function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && NUMBER_TAG in value) {
    const keys = Object.keys(value);
    if (keys.length === 1) return Number((value as Record<string, string>)[NUMBER_TAG]);
  }
  return value;
}

/** One line of a file: a JSON value and its newline. */
export function line(value: unknown): string {
  return `${JSON.stringify(value, replacer)}\n`;
}

/** The complete lines of a file's text: a last line without its newline was cut short and is left out, as is any line that does not parse. */
export function lines(text: string): unknown[] {
  const out: unknown[] = [];
  let start = 0;
  for (let end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', start)) {
    const raw = text.slice(start, end);
    if (!raw) continue;
    try {
      out.push(JSON.parse(raw, reviver));
    } catch {
      // A torn write in the middle cannot happen (lines are appended whole and flushed in order); skip it rather than lose the rest.
    }
  }
  return out;
}

/** Rows per snapshot line: small enough that writing one never holds a huge string, large enough to be few. */
export const SNAPSHOT_CHUNK = 500;

/** A snapshot's text, from every table's rows: a header, the rows in chunks, and an end mark that proves it complete. */
export function* snapshotLines(version: number, tables: Iterable<[string, unknown[]]>): Generator<string> {
  yield line({ snapshot: 1, version });
  for (const [t, rows] of tables) {
    for (let i = 0; i < rows.length; i += SNAPSHOT_CHUNK) yield line({ t, rows: rows.slice(i, i + SNAPSHOT_CHUNK) });
  }
  yield line({ end: true });
}

/** A snapshot's rows, or null when the file is not a complete snapshot (no header or no end mark). */
export function parseSnapshot(text: string): { version: number; tables: Map<string, unknown[]> } | null {
  const all = lines(text);
  const head = all[0] as { snapshot?: number; version?: number } | undefined;
  const last = all[all.length - 1] as { end?: boolean } | undefined;
  if (head?.snapshot !== 1 || last?.end !== true) return null;
  const tables = new Map<string, unknown[]>();
  for (const item of all.slice(1, -1)) {
    const { t, rows } = item as { t?: unknown; rows?: unknown };
    if (typeof t !== 'string' || !Array.isArray(rows)) continue;
    const into = tables.get(t) ?? [];
    for (const row of rows) into.push(row);
    tables.set(t, into);
  }
  return { version: Number(head.version) || 0, tables };
}

/** A journal's transactions, in the order they committed. */
export function parseJournal(text: string): JournalOp[][] {
  return lines(text).filter((tx): tx is JournalOp[] => Array.isArray(tx));
}

/** The files of a copy, by name. */
export type JournalFiles = ReadonlyMap<string, string>;

/**
 * What the copy holds: the latest complete snapshot, then every journal from its generation on. A
 * newer snapshot is complete before older files are removed, so without one every journal counts.
 */
export function readContent(files: JournalFiles): JournalContent {
  const snapshots = [...files.keys()]
    .map((name) => [generationOf(name, SNAPSHOT_PREFIX), name] as const)
    .filter((x): x is readonly [number, string] => x[0] !== null)
    .sort((a, b) => b[0] - a[0]);
  let from = 0;
  let base: { version: number; tables: Map<string, unknown[]> } = { version: 0, tables: new Map() };
  for (const [gen, name] of snapshots) {
    const parsed = parseSnapshot(files.get(name) ?? '');
    if (!parsed) continue;
    base = parsed;
    from = gen;
    break;
  }
  const journals = [...files.keys()]
    .map((name) => [generationOf(name, JOURNAL_PREFIX), name] as const)
    .filter((x): x is readonly [number, string] => x[0] !== null && x[0] >= from)
    .sort((a, b) => a[0] - b[0]);
  const transactions = journals.flatMap(([, name]) => parseJournal(files.get(name) ?? ''));
  return { ...base, transactions };
}

/** Whether the copy holds anything to restore. */
export function hasContent(content: JournalContent): boolean {
  return content.transactions.length > 0 || [...content.tables.values()].some((rows) => rows.length > 0);
}
