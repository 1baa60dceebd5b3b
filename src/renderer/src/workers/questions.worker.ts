// Runs the question engine off the window's thread and out of its heap: counts for the quiz set-up,
// and the questions of quizzes, learn sessions and reviews (see state/question-source.ts).
import { questionEngine, type EngineRequest } from './question-engine';

const handle = questionEngine();
self.onmessage = (event: MessageEvent<EngineRequest>): void => self.postMessage(handle(event.data));
