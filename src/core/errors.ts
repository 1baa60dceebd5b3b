/** A caller passed options that cannot produce a quiz (for example a negative count). */
export class QuizOptionsError extends Error {
  override name = 'QuizOptionsError';
}
