import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPageLanguage } from './i18n';
import { ParticipantApp } from './ParticipantApp';
import './participant.css';

const root = document.getElementById('root');
// The page's words in the phone's language first (one small file on the LAN), so it never flashes English.
if (root)
  void startPageLanguage().then(() =>
    createRoot(root).render(
      <StrictMode>
        <ParticipantApp />
      </StrictMode>,
    ),
  );
