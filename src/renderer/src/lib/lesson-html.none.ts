// Stands in for the build's `virtual:dossier-lesson-html` where no build runs (unit tests): no lesson
// is pre-rendered, so every one is rendered in the page (lesson-prerender.test.ts checks the build's).
import type { PrerenderedLessons } from './lesson-prerender';

const none: PrerenderedLessons = {};
export default none;
