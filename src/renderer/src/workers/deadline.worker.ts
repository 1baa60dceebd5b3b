// Times quiz deadlines off the window's thread. Chromium throttles the timers of a hidden page (to one
// wake-up a second, and to one a minute once a chain of them has run a while in the background) but not
// those of a dedicated worker, and a message from the worker reaches the page at once.
import { deadlineClock, type ArmMessage } from './deadline-clock';

const handle = deadlineClock((due) => self.postMessage(due));
self.onmessage = (event: MessageEvent<ArmMessage>): void => handle(event.data);
