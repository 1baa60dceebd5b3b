/** The app's places, in navigation order. */
export const PLACES = ['library', 'quiz', 'progress', 'settings'] as const;
export type Place = (typeof PLACES)[number];

export const PLACE_LABELS: Record<Place, string> = {
  library: 'Library',
  quiz: 'Quiz',
  progress: 'Progress',
  settings: 'Settings',
};

/** A parsed location: the place and the path segments below it (`#/library/minusma/lesson-1` → library, [minusma, lesson-1]). */
export interface Route {
  place: Place;
  path: string[];
  /** `?a=b` after the path, e.g. an anchor to scroll to in a lesson. */
  query: Record<string, string>;
}

/** Parses a location hash; anything unknown lands on the Library. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const segments = pathPart.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  const first = segments[0];
  const place = (PLACES as readonly string[]).includes(first ?? '') ? (first as Place) : 'library';
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(queryPart)) query[k] = v;
  return { place, path: place === first ? segments.slice(1) : [], query };
}

/** Builds a hash for a place and path. */
export function hrefFor(place: Place, path: string[] = [], query: Record<string, string> = {}): string {
  const p = [place, ...path].map(encodeURIComponent).join('/');
  const q = new URLSearchParams(query).toString();
  return `#/${p}${q ? `?${q}` : ''}`;
}
