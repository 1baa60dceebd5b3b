import '@fontsource-variable/inter';
import './lib/app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { requestPersistence } from './db/db';
import { createApp } from './composition';
import { APP_CONTEXT } from './state/app';

void requestPersistence();

const target = document.getElementById('app');
if (!target) throw new Error('Dossier: #app element missing from index.html');

const app = createApp();
// A link into a lesson, a quiz or any other place (after a reload) may need an imported course: the
// first screen waits for them. The library itself is drawn at once, while the store opens, and lists
// the learner's imported courses as they arrive.
const imported = app.importedCourses.load();
if (!/^(#\/?(library\/?)?)?$/.test(location.hash)) await imported;

export default mount(App, { target, context: new Map([[APP_CONTEXT, app]]) });
