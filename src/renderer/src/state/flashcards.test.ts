import { describe, expect, it } from 'vitest';
import { Rating, reviewCard, newCardState, type CardState, type Grade } from '../../../core/scheduling';
import type { CardBase } from '../db/cards';
import { bundledCourses } from './course';
import { FlashcardSession, type FlashcardRepository } from './flashcards.svelte';
import { askableFacts } from './review';
import { frontsFor } from './flashcard-fronts';

const NOW = new Date(2025, 2, 3, 10, 0, 0).getTime();
const bundle = bundledCourses()[0]!;
const factIds = [...askableFacts(bundle).values()].flat().slice(0, 3).map((f) => f.id);

/** A repository over plain maps, recording what was written. */
function memoryRepo() {
  const cards = new Map<string, CardState>();
  const logs: { id: number; factId: string; rating: Grade; before: CardState | undefined }[] = [];
  let next = 1;
  const repo: FlashcardRepository = {
    queue: () => Promise.resolve({ bundle, factIds, cards }),
    rate(base: CardBase, rating: Grade, now: number) {
      const before = cards.get(base.factId);
      const card = reviewCard(before ?? newCardState(now), rating, now).card;
      cards.set(base.factId, card);
      const id = next++;
      logs.push({ id, factId: base.factId, rating, before });
      return Promise.resolve({ logId: id, card });
    },
    undo(logId: number) {
      const i = logs.findIndex((l) => l.id === logId);
      const log = logs[i];
      if (!log) return Promise.resolve(false);
      if (log.before) cards.set(log.factId, log.before);
      else cards.delete(log.factId);
      logs.splice(i, 1);
      return Promise.resolve(true);
    },
  };
  return { repo, cards, logs };
}

describe('self-rated flashcards', () => {
  it('shows the front, reveals the back with four ratings and their next intervals', async () => {
    const { repo, logs } = memoryRepo();
    const asked: string[] = [];
    const session = new FlashcardSession(repo, () => NOW, (b) => {
      asked.push(b.course.manifest.id);
      return Promise.resolve(new Map(frontsFor(b)));
    });
    await session.load();
    expect(session.cards).toHaveLength(3);
    expect(session.current?.front).toBeTruthy();
    // The front is the engine's typed prompt for the fact, not the fallback that names its kind.
    const fronts = new Map(frontsFor(bundle));
    expect(session.cards.filter((c) => fronts.has(c.base.factId)).map((c) => c.front)).toEqual(
      session.cards.filter((c) => fronts.has(c.base.factId)).map((c) => fronts.get(c.base.factId)),
    );
    expect(session.cards.some((c) => fronts.has(c.base.factId))).toBe(true);
    expect(asked).toEqual([bundle.course.manifest.id]);
    await session.rate(Rating.Good);
    expect(logs, 'no rating before the answer is revealed').toHaveLength(0);

    session.reveal();
    expect(session.choices.map((c) => [c.label, c.key])).toEqual([
      ['Again', '1'],
      ['Hard', '2'],
      ['Good', '3'],
      ['Easy', '4'],
    ]);
    expect(session.choices[0]?.interval).toBe('1 min');
    expect(session.choices[3]?.interval).toMatch(/^\d+ d$/);
    await session.rate(Rating.Easy);
    expect(logs.map((l) => l.rating)).toEqual([Rating.Easy]);
    expect(session.index).toBe(1);
    expect(session.revealed).toBe(false);
    expect(session.announcement).toMatch(/^Rated Easy: next review in \d+ d\.$/);
  });

  it('undoes the last rating and shows that card again', async () => {
    const { repo, cards, logs } = memoryRepo();
    const session = new FlashcardSession(repo, () => NOW);
    await session.load();
    session.reveal();
    await session.rate(Rating.Again);
    expect(cards.size).toBe(1);
    await session.undo();
    expect(logs).toHaveLength(0);
    expect(cards.size).toBe(0);
    expect(session.index).toBe(0);
    expect(session.revealed).toBe(true);
    expect(session.choices[0]?.interval, 'intervals are those of the card before the rating').toBe('1 min');
  });

  it('is done after the last card', async () => {
    const { repo } = memoryRepo();
    const session = new FlashcardSession(repo, () => NOW);
    await session.load();
    for (let i = 0; i < 3; i++) {
      session.reveal();
      await session.rate(Rating.Good);
    }
    expect(session.done).toBe(true);
    expect(session.rated).toBe(3);
  });
});
