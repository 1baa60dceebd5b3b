import { describe, expect, it } from 'vitest';
import { Rating } from '../../../core/scheduling';
import { rateFact, undoRating } from './cards';
import { useTestDbs } from './test-db';

const fresh = useTestDbs('cards');
const T0 = new Date(2025, 2, 3, 10, 0, 0).getTime();
const base = { factId: 'l1:date:2013-04-25:ab', courseId: 'minusma', docId: 'l1', kind: 'date' as const };

describe('self-rated reviews', () => {
  it('writes the card and its log together, and undo gives back the card before', async () => {
    const db = fresh();
    const first = await rateFact(base, Rating.Good, T0, db);
    const afterFirst = await db.cards.get(base.factId);
    const second = await rateFact(base, Rating.Again, T0 + 600_000, db);
    expect(second.card.lapses + second.card.reps).toBeGreaterThan(first.card.reps);
    expect(await db.reviewLogs.count()).toBe(2);

    expect(await undoRating(second.logId, db)).toBe(true);
    expect(await db.cards.get(base.factId)).toEqual(afterFirst);
    expect(await db.reviewLogs.count()).toBe(1);

    expect(await undoRating(first.logId, db)).toBe(true);
    expect(await db.cards.get(base.factId), 'the rating that created the card takes it away').toBeUndefined();
    expect(await db.reviewLogs.count()).toBe(0);
  });

  it('refuses to undo a rating the fact has been reviewed again since', async () => {
    const db = fresh();
    const first = await rateFact(base, Rating.Good, T0, db);
    await rateFact(base, Rating.Easy, T0 + 600_000, db);
    expect(await undoRating(first.logId, db)).toBe(false);
    expect(await db.reviewLogs.count()).toBe(2);
    expect(await undoRating(9999, db)).toBe(false);
  });
});
