import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const copy = path.resolve(__dirname, '../fixtures/seed/minusma-briefing.txt');
const shared = path.resolve(__dirname, '../../../shared/seeds/minusma-briefing.txt');

it.skipIf(!existsSync(shared))('the fixture copy of the seed matches the shared original', () => {
  expect(readFileSync(copy, 'utf8')).toBe(readFileSync(shared, 'utf8'));
});
