import '@fontsource-variable/inter';
import './lib/app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { requestPersistence } from './db/db';
import { importedCourses } from './state/imported-courses.svelte';

void requestPersistence();

const target = document.getElementById('app');
if (!target) throw new Error('Dossier: #app element missing from index.html');

// Imported courses are read before the first screen, so a link into one (after a reload) finds it.
await importedCourses.load();

export default mount(App, { target });
