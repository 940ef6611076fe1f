import { useState, type FormEvent } from 'react';
import { WORKSHOP_LIMITS } from '../../shared/workshop/protocol';
import { rememberedName } from './identity';

/** Who is joining: a display name, a team, and the short code when the link did not bring the secret. */
export function JoinForm(props: {
  needsCode: boolean;
  error: string | null;
  busy: boolean;
  onJoin: (join: { name: string; team: string; code: string }) => void;
}) {
  const remembered = rememberedName();
  const [name, setName] = useState(remembered.name);
  const [team, setTeam] = useState(remembered.team);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return setProblem('Type the name the room knows you by.');
    if (props.needsCode && code.trim() === '') return setProblem('Type the code shown on the facilitator’s screen.');
    setProblem(null);
    props.onJoin({ name: name.trim(), team: team.trim(), code: code.trim() });
  };
  const shown = problem ?? props.error;
  return (
    <main className="join">
      <h1>Join the workshop</h1>
      <p className="hint">Your name is shown beside what you add. No account is needed.</p>
      <form onSubmit={submit} noValidate>
        <label>
          Your name
          <input
            value={name}
            maxLength={WORKSHOP_LIMITS.maxName}
            autoComplete="nickname"
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label>
          Your team <span className="optional">(optional)</span>
          <input value={team} maxLength={WORKSHOP_LIMITS.maxTeam} onChange={(e) => setTeam(e.target.value)} />
        </label>
        {props.needsCode && (
          <label>
            Workshop code
            <input
              value={code}
              maxLength={12}
              autoCapitalize="characters"
              autoComplete="off"
              placeholder="KX7-MPQ"
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
          {props.busy ? 'Joining…' : 'Join'}
        </button>
      </form>
    </main>
  );
}
