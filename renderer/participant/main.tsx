import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPageLanguage } from './i18n';
import { ParticipantApp } from './ParticipantApp';
import { showTheme } from '../theme/theme';
import './participant.css';

const root = document.getElementById('root');
// A participant's phone or laptop has no Tandem settings: the page follows its light, dark or contrast setting.
showTheme('system');
// The page's words in the phone's language first (one small file on the LAN), so it never flashes English.
if (root)
  void startPageLanguage().then(() =>
    createRoot(root).render(
      <StrictMode>
        <ParticipantApp />
      </StrictMode>,
    ),
  );
