// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bundledCourses } from './course';
import { isTyping, SearchState } from './search.svelte';

describe('the search dialog state', () => {
  it('lets only the first mounted dialog host, handing over when it goes', () => {
    const search = new SearchState(bundledCourses);
    const app = search.register();
    const library = search.register();
    expect(search.isHost(app.token)).toBe(true);
    expect(search.isHost(library.token)).toBe(false);
    app.release();
    expect(search.isHost(library.token)).toBe(true);
  });

  it('opens and closes, and finds with a lazily built index', async () => {
    const search = new SearchState(bundledCourses);
    expect(search.find('Sevare')).toEqual([]);
    search.show();
    expect(search.isOpen).toBe(true);
    await search.ready();
    expect(search.find('Sevare')[0]?.doc.title).toBe('Forces and footprint');
    search.hide();
    expect(search.isOpen).toBe(false);
  });

  it('leaves the / key to text fields', () => {
    const text = document.createElement('input');
    const box = document.createElement('input');
    box.type = 'checkbox';
    expect(isTyping(text)).toBe(true);
    expect(isTyping(document.createElement('textarea'))).toBe(true);
    expect(isTyping(box)).toBe(false);
    expect(isTyping(document.body)).toBe(false);
  });
});
