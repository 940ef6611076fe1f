import { StrictMode } from 'react';
import { rememberAutomaticUpdates } from './shell/updates/automatic';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/card.css';
import { dropTokenFromAddress } from './api/browserTransport';
import { createApiClient } from './api/client';
import { App } from './App';
import { showLanguage, startLanguage } from './i18n';
import { showTheme } from './theme/theme';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The browser host's token must not stay in the address bar or the history; its cookie is already set.
dropTokenFromAddress();
const client = createApiClient();

// Until the settings answer, the page follows the operating system's theme, so it never flashes the wrong one.
showTheme('system');

/**
 * The UI's first language: the user's remembered choice, else the OS's (Electron's locale, the browser's
 * languages); and the remembered theme.
 */
async function chooseLanguage(): Promise<void> {
  const [settings, info] = await Promise.all([client['settings/get']({}), client['app/info']({})]);
  const osLocales = [...(info.ok && info.data.locale ? [info.data.locale] : []), ...navigator.languages];
  showLanguage(startLanguage(settings.ok ? settings.data.uiLanguage : null, osLocales));
  if (settings.ok) {
    showTheme(settings.data.theme);
    rememberAutomaticUpdates(settings.data.checkForUpdates);
  }
}

// The first paint is in the user's language; a host that does not answer leaves it to the browser's languages.
void Promise.race([chooseLanguage(), new Promise((resolve) => setTimeout(resolve, 1500))])
  .catch(() => showLanguage(startLanguage(null, navigator.languages)))
  .finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    ),
  );
