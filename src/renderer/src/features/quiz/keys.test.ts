// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keyAction, keyTargetOf, moveItem } from './keys';

describe('keyAction', () => {
  it('chooses an option with 1–4 or A–D', () => {
    expect(keyAction({ key: '1' }, 'choice', 4, 'other')).toEqual({ kind: 'choose', index: 0 });
    expect(keyAction({ key: 'C' }, 'choice', 4, 'other')).toEqual({ kind: 'choose', index: 2 });
    expect(keyAction({ key: 'd' }, 'choice', 4, 'other')).toEqual({ kind: 'choose', index: 3 });
    expect(keyAction({ key: '5' }, 'choice', 4, 'other')).toBeNull();
    expect(keyAction({ key: 'e' }, 'choice', 4, 'other')).toBeNull();
  });

  it('answers true or false with T/F or 1/2', () => {
    expect(keyAction({ key: 't' }, 'truefalse', 0, 'other')).toEqual({ kind: 'truefalse', value: true });
    expect(keyAction({ key: 'F' }, 'truefalse', 0, 'other')).toEqual({ kind: 'truefalse', value: false });
    expect(keyAction({ key: '2' }, 'truefalse', 0, 'other')).toEqual({ kind: 'truefalse', value: false });
  });

  it('submits with Enter, except on a button or link, which Enter activates itself', () => {
    expect(keyAction({ key: 'Enter' }, 'typed', 0, 'text')).toEqual({ kind: 'submit' });
    expect(keyAction({ key: 'Enter' }, 'order', 0, 'other')).toEqual({ kind: 'submit' });
    expect(keyAction({ key: 'Enter' }, 'choice', 4, 'button')).toBeNull();
  });

  it('leaves letters alone while the learner types, and any key with a modifier', () => {
    expect(keyAction({ key: 'a' }, 'choice', 4, 'text')).toBeNull();
    expect(keyAction({ key: '1', altKey: true }, 'choice', 4, 'other')).toBeNull();
    expect(keyAction({ key: 'Enter', ctrlKey: true }, 'choice', 4, 'other')).toBeNull();
  });
});

describe('keyTargetOf', () => {
  it('tells text fields, buttons and the rest apart', () => {
    const text = document.createElement('input');
    const radio = document.createElement('input');
    radio.type = 'radio';
    expect(keyTargetOf(text)).toBe('text');
    expect(keyTargetOf(radio)).toBe('other');
    expect(keyTargetOf(document.createElement('button'))).toBe('button');
    expect(keyTargetOf(document.createElement('a'))).toBe('button');
    expect(keyTargetOf(document.createElement('li'))).toBe('other');
    expect(keyTargetOf(null)).toBe('other');
  });
});

describe('moveItem', () => {
  it('moves one place up or down and stops at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
