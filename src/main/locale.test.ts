import { describe, expect, it } from 'vitest';
import { fallbackLang } from './locale';

describe('fallbackLang', () => {
  it('picks British English on Linux when no language is configured', () => {
    expect(fallbackLang('linux', {})).toBe('en-GB');
    expect(fallbackLang('linux', { LANG: 'C.UTF-8' })).toBe('en-GB');
    expect(fallbackLang('linux', { LANG: 'POSIX', LC_ALL: 'C' })).toBe('en-GB');
  });

  it('leaves a configured language to Chromium', () => {
    expect(fallbackLang('linux', { LANG: 'de_DE.UTF-8' })).toBeNull();
    expect(fallbackLang('linux', { LANG: 'C.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBeNull();
    expect(fallbackLang('linux', { LANGUAGE: 'fr:en' })).toBeNull();
  });

  it('leaves macOS and Windows to their system settings', () => {
    expect(fallbackLang('darwin', {})).toBeNull();
    expect(fallbackLang('win32', { LANG: 'C' })).toBeNull();
  });
});
