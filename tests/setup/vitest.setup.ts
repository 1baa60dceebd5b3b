// An in-memory IndexedDB for the store's tests; harmless for the rest.
import 'fake-indexeddb/auto';
