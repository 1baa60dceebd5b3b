// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bundledCourses } from './course';
import { asksForSearch, isTyping, SearchState } from './search.svelte';

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

describe('the keys that open search', () => {
  const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}, target: EventTarget | null = document.body) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    target,
    ...mods,
  });

  it('opens on Ctrl+K or Cmd+K anywhere, also from a text field and when already open', () => {
    const field = document.createElement('input');
    expect(asksForSearch(press('k', { ctrlKey: true }), false)).toBe(true);
    expect(asksForSearch(press('K', { metaKey: true }, field), false)).toBe(true);
    expect(asksForSearch(press('k', { ctrlKey: true }), true)).toBe(true);
    expect(asksForSearch(press('k', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(asksForSearch(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(asksForSearch(press('k'), false)).toBe(false);
  });

  it('opens on / outside text fields only, and not again once open', () => {
    expect(asksForSearch(press('/'), false)).toBe(true);
    expect(asksForSearch(press('/', {}, document.createElement('textarea')), false)).toBe(false);
    expect(asksForSearch(press('/'), true)).toBe(false);
    expect(asksForSearch(press('/', { ctrlKey: true }), false)).toBe(false);
  });
});
