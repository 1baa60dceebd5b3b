import { FALLBACK_LOCALE } from '../core/locale';

type Env = Record<string, string | undefined>;

// `C`, `C.UTF-8`, `POSIX`: what a Linux session without a configured language reports.
const NO_LANGUAGE = /^(?:c|posix)(?:[.@]|$)/i;

/**
 * The locale Chromium should be told to use, or null to let it follow the system. On Linux Chromium
 * reads the POSIX variables and turns "no language" (`C`, `POSIX`, nothing) into US English; Dossier
 * uses British English then, the language its course is written in. Elsewhere the system settings decide.
 */
export function fallbackLang(platform: string, env: Env): string | null {
  if (platform !== 'linux') return null;
  const named = [...(env['LANGUAGE'] ?? '').split(':'), env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].some(
    (v) => !!v && !NO_LANGUAGE.test(v),
  );
  return named ? null : FALLBACK_LOCALE;
}
