import { hrefFor, parseHash, type Place, type Route } from './route';

/** The current location, following `location.hash`. */
export class Router {
  #route = $state.raw<Route>(parseHash(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.#route = parseHash(location.hash);
    });
  }

  get route(): Route {
    return this.#route;
  }

  go(place: Place, path: string[] = [], query: Record<string, string> = {}): void {
    location.hash = hrefFor(place, path, query);
  }
}

export const router = new Router();
