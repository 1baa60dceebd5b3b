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
// Imported courses are read before the first screen, so a link into one (after a reload) finds it.
await app.importedCourses.load();

export default mount(App, { target, context: new Map([[APP_CONTEXT, app]]) });
