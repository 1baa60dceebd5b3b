import type { CourseBundle } from './course';
import type { SearchIndex, SearchHit } from './search-index';

/**
 * The search dialog's state, shared by every place that can open it. Several dialogs may be
 * mounted (the app shell's and the library's); only the first one registered, the host, shows.
 */
export class SearchState {
  readonly #courses: () => readonly CourseBundle[];
  #open = $state(false);
  #hosts = $state.raw<symbol[]>([]);
  // The index (and MiniSearch with it) loads when search is first opened, off the start-up path.
  #index = $state.raw<SearchIndex | undefined>();
  #loading: Promise<SearchIndex> | undefined;

  /** `courses` are those searched, read when search is first opened. */
  constructor(courses: () => readonly CourseBundle[]) {
    this.#courses = courses;
  }

  get isOpen(): boolean {
    return this.#open;
  }

  show(): void {
    this.#open = true;
    void this.ready();
  }

  /** Loads and builds the index once; `find` answers from it as soon as it is there. */
  ready(): Promise<SearchIndex> {
    this.#loading ??= import('./search-index').then(({ SearchIndex, searchDocs }) => (this.#index = new SearchIndex(searchDocs([...this.#courses()]))));
    return this.#loading;
  }

  hide(): void {
    this.#open = false;
  }

  /** Registers a mounted dialog; returns its token and a function that unregisters it. */
  register(): { token: symbol; release: () => void } {
    const token = Symbol('search dialog');
    this.#hosts = [...this.#hosts, token];
    return { token, release: () => (this.#hosts = this.#hosts.filter((t) => t !== token)) };
  }

  isHost(token: symbol): boolean {
    return this.#hosts[0] === token;
  }

  /** Results for a query; none until the index has loaded (a moment after search is first opened). */
  find(query: string): SearchHit[] {
    return this.#index?.find(query) ?? [];
  }
}

/** True when a key press should go to a text field rather than a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/** A key press, as far as the search shortcuts look at it. */
export interface SearchPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

/** True for the keys that open search (or, open, put the cursor back in its field): Ctrl+K or Cmd+K anywhere, `/` outside text fields. */
export function asksForSearch(press: SearchPress, open: boolean): boolean {
  if ((press.ctrlKey || press.metaKey) && !press.altKey && !press.shiftKey && press.key.toLowerCase() === 'k') return true;
  return press.key === '/' && !press.ctrlKey && !press.metaKey && !press.altKey && !open && !isTyping(press.target);
}
