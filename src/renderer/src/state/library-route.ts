import type { Route } from './route';

/** What the Library shows for a location under `#/library`. */
export type LibraryView =
  | { kind: 'home' }
  | { kind: 'course'; courseId: string }
  | { kind: 'timeline'; courseId: string }
  | { kind: 'glossary'; courseId: string; at?: string }
  | { kind: 'lesson'; courseId: string; lessonId: string; fact?: string; anchor?: string }
  | { kind: 'unknown' };

/** Reads the Library's part of a route (see `links` for the scheme). */
export function libraryView(route: Route): LibraryView {
  const [courseId, section, lessonId, ...rest] = route.path;
  const at = route.query['at'] || undefined;
  if (courseId === undefined) return { kind: 'home' };
  if (section === undefined) return { kind: 'course', courseId };
  if (section === 'timeline' && lessonId === undefined) return { kind: 'timeline', courseId };
  if (section === 'glossary' && lessonId === undefined) return at ? { kind: 'glossary', courseId, at } : { kind: 'glossary', courseId };
  if (section === 'lesson' && lessonId !== undefined && rest.length === 0) {
    const view: LibraryView = { kind: 'lesson', courseId, lessonId };
    if (route.query['fact']) view.fact = route.query['fact'];
    if (at) view.anchor = at;
    return view;
  }
  return { kind: 'unknown' };
}
