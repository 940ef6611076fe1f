// `npm run soak`: the kill loop of test/integration/killLoop.test.ts, longer. TANDEM_SOAK_KILLS sets the number of
// kills (default 1,000), TANDEM_KILL_SEED repeats a run, TANDEM_SOAK_MINUTES bounds it in time (default 30).
import { KILL_SCENARIOS } from '../fixtures/killScenarios';
import { KillLoopFailure, killSeed, runKillLoop } from '../helpers/killLoop';

const kills = Number(process.env.TANDEM_SOAK_KILLS ?? 1000);
const minutes = Number(process.env.TANDEM_SOAK_MINUTES ?? 30);
if (!Number.isInteger(kills) || kills < 1) {
  console.error(`TANDEM_SOAK_KILLS must be a whole number above 0, not "${process.env.TANDEM_SOAK_KILLS}"`);
  process.exit(2);
}
const seed = killSeed();
console.log(`Soak: ${kills} SIGKILLs of Tandem writers, seed ${seed} (repeat with TANDEM_KILL_SEED=${seed}).`);
try {
  const summary = await runKillLoop({ kills, seed, timeLimitMs: minutes * 60_000 }, (done) => {
    if (done % 50 === 0) console.log(`  ${done} kills, nothing lost so far`);
  });
  console.log(
    `\n${summary.kills} kills in ${summary.seconds.toFixed(1)} s, seed ${seed}: every acknowledged edit was there.`,
  );
  console.log('scenario  kills  acknowledged  in flight: landed  lost');
  for (const s of KILL_SCENARIOS) {
    const t = summary.byScenario[s];
    console.log(
      `${s.padEnd(8)}  ${String(t.kills).padStart(5)}  ${String(t.acknowledged).padStart(12)}  ${String(t.inFlightLanded).padStart(17)}  ${String(t.inFlightLost).padStart(4)}`,
    );
  }
} catch (err) {
  console.error(`\nSoak FAILED (seed ${seed}): ${err instanceof KillLoopFailure ? err.message : String(err)}`);
  process.exit(1);
}
