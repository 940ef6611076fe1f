import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/card.css';
import { dropTokenFromAddress } from './api/browserTransport';
import { createApiClient } from './api/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The browser host's token must not stay in the address bar or the history; its cookie is already set.
dropTokenFromAddress();
createRoot(root).render(
  <StrictMode>
    <App client={createApiClient()} />
  </StrictMode>,
);
