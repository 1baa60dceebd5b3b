// The public face of Dossier's quiz engine: pure functions over text, facts and seeds.
export type { Fact, FactKind, DatePrecision, Question, QuestionType, Response, Grade } from './types';
export { extractFacts, type ExtractOptions, type DocumentFormat } from './facts';
export { htmlToText, markdownToText } from './markup';
export { generateQuestions, type QuizOptions } from './questions';
export { gradeResponse, parseResolutionInput, typedHint, isAmbiguousDate } from './grade';
export { formatFactValue } from './format';
export { mulberry32, shuffle, type Rng } from './rng';
export { parseNumberInput } from './numbers';
export { parseDateInput, formatDate } from './dates';
export { QuizOptionsError } from './errors';
export { questionProblems } from './validate';
export { lintQuestion, lintQuiz, lintSummary, type LintIssue, type LintRule } from './lint';
export { assembleQuiz, generateQuiz } from './quiz';
