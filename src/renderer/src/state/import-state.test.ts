import { describe, expect, it, vi } from 'vitest';
import type { ImportedCourseRecord } from '../db/db';
import { StorageError } from '../db/errors';
import type { ImportReply, ImportRequest, ImportResult } from '../features/import/protocol';
import { bundledCourses } from './course';
import { ImportFlow, type ImportWorker } from './import.svelte';
import { ImportedCourses, type ImportedCourseRepo } from './imported-courses.svelte';
import { importedBundles } from './imported-store.svelte';

const NOW = Date.UTC(2026, 2, 10, 9, 0);

/** A worker that answers every request with `reply`, a moment later. */
function fakeWorker(reply: (request: ImportRequest) => ImportReply): () => ImportWorker {
  return () => {
    const worker: ImportWorker = {
      onmessage: null,
      onerror: null,
      postMessage: (request) => void Promise.resolve().then(() => worker.onmessage?.({ data: reply(request) } as MessageEvent<ImportReply>)),
      terminate: () => {},
    };
    return worker;
  };
}

const shipped = bundledCourses()[0]!.course;
const result = (request: ImportRequest): ImportResult =>
  ({
    course: { ...shipped, manifest: { ...shipped.manifest, id: 'imported-notes', title: 'Notes' } },
    source: { fileName: request.fileName },
    contentHash: 'h1',
    factCount: 3,
    questionCount: 5,
  }) as unknown as ImportResult;

function memoryRepo(over: Partial<ImportedCourseRepo> = {}): ImportedCourseRepo & { rows: Map<string, ImportedCourseRecord> } {
  const rows = new Map<string, ImportedCourseRecord>();
  return {
    rows,
    list: async () => [...rows.values()],
    save: async (r) => void rows.set(r.id, r),
    rename: async () => undefined,
    remove: async (id) => void rows.delete(id),
    findByContent: async (hash) => [...rows.values()].filter((r) => r.contentHash === hash),
    ...over,
  };
}

describe('the import flow', () => {
  it('stores pasted text as a course stamped with the clock’s time', async () => {
    const repo = memoryRepo();
    const courses = new ImportedCourses(repo);
    const flow = new ImportFlow({ spawn: fakeWorker((r) => ({ type: 'done', result: result(r) })), readPage: vi.fn(), courses, now: () => NOW });
    flow.importText('MINUSMA was established on 25 April 2013.');
    await vi.waitFor(() => expect(flow.status.kind).toBe('done'));
    expect(repo.rows.get('imported-notes')?.addedAt).toBe(NOW);
    expect(importedBundles.list.map((b) => b.course.manifest.id)).toContain('imported-notes');
    await courses.remove('imported-notes');
  });

  it('says what to do when the course cannot be stored, not what the store said', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const repo = memoryRepo({ save: () => Promise.reject(new StorageError('full', { cause: new Error('QuotaExceededError') })) });
    const flow = new ImportFlow({ spawn: fakeWorker((r) => ({ type: 'done', result: result(r) })), readPage: vi.fn(), courses: new ImportedCourses(repo), now: () => NOW });
    flow.importText('Some briefing text.');
    await vi.waitFor(() => expect(flow.status.kind).toBe('failed'));
    expect(flow.status).toMatchObject({
      message: 'The course could not be saved, so nothing was changed. Your disk is full: free some space, then try again; nothing already saved was lost.',
    });
    expect(repo.rows.size).toBe(0);
  });

  it('gives the worker’s refusal as its one sentence', async () => {
    const flow = new ImportFlow({ spawn: fakeWorker(() => ({ type: 'failed', code: 'no-text' })), readPage: vi.fn(), courses: new ImportedCourses(memoryRepo()), now: () => NOW });
    flow.importText('…');
    await vi.waitFor(() => expect(flow.status.kind).toBe('failed'));
    expect(flow.status).toMatchObject({ message: 'This document holds no text to study; check that it is the briefing you meant to import.' });
  });
});
