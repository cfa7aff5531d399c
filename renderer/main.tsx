import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/createClient';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App client={createClient()} />
  </StrictMode>,
);
