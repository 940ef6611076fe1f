import { useState, type FormEvent } from 'react';
import { WORKSHOP_LIMITS } from '../../shared/workshop/protocol';
import { rememberedName } from './identity';
import { usePageT } from './i18n';
import { LanguageChoice } from './LanguageChoice';

/** Who is joining: a display name, a team, and the short code when the link did not bring the secret. */
export function JoinForm(props: {
  needsCode: boolean;
  error: string | null;
  busy: boolean;
  onJoin: (join: { name: string; team: string; code: string }) => void;
}) {
  const t = usePageT('workshop');
  const remembered = rememberedName();
  const [name, setName] = useState(remembered.name);
  const [team, setTeam] = useState(remembered.team);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return setProblem(t('participant.join.needName'));
    if (props.needsCode && code.trim() === '') return setProblem(t('participant.join.needCode'));
    setProblem(null);
    props.onJoin({ name: name.trim(), team: team.trim(), code: code.trim() });
  };
  const shown = problem ?? props.error;
  return (
    <main className="join">
      <LanguageChoice />
      <h1>{t('participant.join.title')}</h1>
      <p className="hint">{t('participant.join.hint')}</p>
      <form onSubmit={submit} noValidate>
        <label>
          {t('participant.join.name')}
          <input
            value={name}
            maxLength={WORKSHOP_LIMITS.maxName}
            autoComplete="nickname"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          <span>
            {t('participant.join.team')} <span className="optional">{t('participant.join.optional')}</span>
          </span>
          <input value={team} maxLength={WORKSHOP_LIMITS.maxTeam} onChange={(e) => setTeam(e.target.value)} />
        </label>
        {props.needsCode && (
          <label>
            {t('participant.join.code')}
            <input
              value={code}
              maxLength={12}
              autoCapitalize="characters"
              autoComplete="off"
              placeholder={t('participant.join.codeExample')}
              onChange={(e) => setCode(e.target.value)}
            />
          </label>
        )}
        {shown && (
          <p className="problem" role="alert">
            {shown}
          </p>
        )}
        <button type="submit" disabled={props.busy}>
          {props.busy ? t('participant.join.joining') : t('participant.join.submit')}
        </button>
      </form>
    </main>
  );
}
