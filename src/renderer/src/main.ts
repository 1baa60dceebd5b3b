import '@fontsource-variable/inter';
import './lib/app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { requestPersistence } from './db/db';
import { createApp } from './composition';
import { APP_CONTEXT } from './state/app';
import { afterFirstPaint } from './lib/first-paint';

// Asking the browser to keep the store can wait for the first frame too.
void afterFirstPaint().then(() => requestPersistence());

const target = document.getElementById('app');
if (!target) throw new Error('Dossier: #app element missing from index.html');

const app = createApp();
// A link into a lesson, a quiz or any other place (after a reload) may need an imported course: the
// first screen waits for them. The library itself is drawn first, from the bundle; the store is read
// once that frame is painted (lib/first-paint.ts), and the learner's imported courses are listed as they arrive.
if (!/^(#\/?(library\/?)?)?$/.test(location.hash)) await app.importedCourses.load();
else void afterFirstPaint().then(() => app.importedCourses.load());

export default mount(App, { target, context: new Map([[APP_CONTEXT, app]]) });
