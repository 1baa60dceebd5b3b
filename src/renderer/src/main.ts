import '@fontsource-variable/inter';
import './lib/app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { requestPersistence } from './db/db';

void requestPersistence();

const target = document.getElementById('app');
if (!target) throw new Error('Dossier: #app element missing from index.html');

export default mount(App, { target });
