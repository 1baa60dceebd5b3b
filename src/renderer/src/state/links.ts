import { hrefFor } from './route';

/**
 * Every in-app link, built in one place so screens agree on the URL scheme:
 *   #/library                                   the library (home)
 *   #/library/<course>                          a course's lesson list
 *   #/library/<course>/timeline                 the course timeline
 *   #/library/<course>/glossary                 the course glossary
 *   #/library/<course>/lesson/<lesson>?fact=<id>|at=<anchor>   a lesson, optionally at a fact or heading
 *   #/quiz?lessons=a,b                          quiz set-up, optionally preselecting lessons
 *   #/quiz/session/<id>                         a quiz being taken
 *   #/quiz/results/<id>                         a finished quiz's results and review
 *   #/quiz/review                               a review session of due cards
 *   #/quiz/cards                                today's reviews as self-rated flashcards
 *   #/progress                                  the dashboard
 */
export const links = {
  library: (): string => hrefFor('library'),
  course: (courseId: string): string => hrefFor('library', [courseId]),
  timeline: (courseId: string): string => hrefFor('library', [courseId, 'timeline']),
  glossary: (courseId: string): string => hrefFor('library', [courseId, 'glossary']),
  lesson: (courseId: string, lessonId: string, at: { fact?: string; anchor?: string } = {}): string => {
    const query: Record<string, string> = {};
    if (at.fact) query['fact'] = at.fact;
    if (at.anchor) query['at'] = at.anchor;
    return hrefFor('library', [courseId, 'lesson', lessonId], query);
  },
  quizSetup: (lessonIds: string[] = []): string =>
    hrefFor('quiz', [], lessonIds.length ? { lessons: lessonIds.join(',') } : {}),
  quizSession: (sessionId: string): string => hrefFor('quiz', ['session', sessionId]),
  quizResults: (sessionId: string): string => hrefFor('quiz', ['results', sessionId]),
  review: (): string => hrefFor('quiz', ['review']),
  flashcards: (): string => hrefFor('quiz', ['cards']),
  progress: (): string => hrefFor('progress'),
};
