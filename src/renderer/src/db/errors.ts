// What can go wrong in the browser's database, as codes. Dexie and IndexedDB report failures as
// errors whose `name` says what happened (often wrapped: a transaction aborted because the disk was
// full is an AbortError whose `inner` is the QuotaExceededError). Repositories translate them here,
// so the rest of the app never reads Dexie's own text.

/** Why a read or write of the store failed. */
export type StorageProblem =
  /** The disk (or the browser's share of it) is full. */
  | 'full'
  /** The database was closed under us: another window upgraded or deleted it, or it was closed on purpose. */
  | 'closed'
  /** The store was written by a newer Dossier: this one cannot open it. */
  | 'version'
  /** A write collided with a row already stored under the same key. */
  | 'conflict'
  /** The transaction was interrupted (aborted, or it ended before the write) and nothing of it was kept. */
  | 'aborted'
  /** There is no usable IndexedDB here: a private window, site data switched off, or a blocked open. */
  | 'unavailable'
  /** Any other failure of the store. */
  | 'failed';

/** A failure of the store, with Dexie's error kept as `cause` for the log. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly code: StorageProblem,
    options?: { cause?: unknown },
  ) {
    super(`storage: ${code}`, options);
  }
}

// Names Dexie and IndexedDB give their errors (dexie.org/docs/DexieErrors/DexieError), by what they mean for us.
const BY_NAME: Readonly<Record<string, StorageProblem>> = {
  QuotaExceededError: 'full',
  DatabaseClosedError: 'closed',
  VersionError: 'version',
  UpgradeError: 'version',
  ConstraintError: 'conflict',
  InvalidStateError: 'aborted',
  AbortError: 'aborted',
  TransactionInactiveError: 'aborted',
  PrematureCommitError: 'aborted',
  MissingAPIError: 'unavailable',
  OpenFailedError: 'unavailable',
  InvalidAccessError: 'unavailable',
  SecurityError: 'unavailable',
  ReadOnlyError: 'failed',
  DataError: 'failed',
  DataCloneError: 'failed',
  NotFoundError: 'failed',
  UnknownError: 'failed',
  TimeoutError: 'failed',
  InternalError: 'failed',
};

// When errors are wrapped, the innermost specific reason wins: a full disk explains an abort, and a
// missing API or a newer version explains a failed open.
const PRECEDENCE: readonly StorageProblem[] = ['full', 'unavailable', 'version', 'conflict', 'closed', 'aborted', 'failed'];

function chainOf(err: unknown): { name: string }[] {
  const out: { name: string }[] = [];
  let at: unknown = err;
  for (let depth = 0; depth < 5 && at && typeof at === 'object'; depth++) {
    const e = at as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof e.name === 'string') out.push({ name: e.name });
    at = e.inner ?? e.cause;
  }
  return out;
}

/** The storage problem an error stands for, or null when it is not a failure of the store. */
export function storageProblem(err: unknown): StorageProblem | null {
  if (err instanceof StorageError) return err.code;
  const found = chainOf(err)
    .map((e) => BY_NAME[e.name])
    .filter((p): p is StorageProblem => p !== undefined);
  if (!found.length) return null;
  return PRECEDENCE.find((p) => found.includes(p)) ?? 'failed';
}

/** `err` as a StorageError when it is a failure of the store; any other error unchanged. */
export function toStorageError(err: unknown): unknown {
  if (err instanceof StorageError) return err;
  const code = storageProblem(err);
  return code ? new StorageError(code, { cause: err }) : err;
}

/**
 * The same repository, whose every method rethrows store failures as StorageError. Other errors (a
 * quiz already over, an empty title) pass through as they are.
 */
export function withStorageErrors<T extends object>(repo: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(repo)) {
    out[key] =
      typeof value === 'function'
        ? async (...args: unknown[]) => {
            try {
              return await (value as (...a: unknown[]) => unknown).apply(repo, args);
            } catch (err) {
              throw toStorageError(err);
            }
          }
        : value;
  }
  return out as T;
}
