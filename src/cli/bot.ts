import { parseArgs } from 'node:util';
import { playSeat, SeatClient } from '../online/seat';
import { POLICY_NAMES } from '../server/protocol';

/**
 * `npm run --silent bot -- --url <ws-url> --class <id> --group <name> --side us|china --policy <p>
 * [--token <seat token>]`: plays one seat headless to the end of the game, each quarter asking the
 * server to play the policy for it (a personality, novice or expert; `pass` ends every turn with
 * nothing). Prints one JSON line: group, side, seat token, quarters played, the replay code.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      class: { type: 'string' },
      group: { type: 'string' },
      side: { type: 'string' },
      policy: { type: 'string' },
      token: { type: 'string' },
    },
  });
  const { url, group, side } = values;
  const policy = values.policy ?? 'pass';
  if (!url) throw new Error('--url: missing (the server’s ws:// address)');
  if (!values.class) throw new Error('--class: missing (the class id)');
  if (!group) throw new Error('--group: missing (the group’s name)');
  if (side !== 'us' && side !== 'china') throw new Error(`--side: '${side}' is not us or china`);
  if (policy !== 'pass' && !(POLICY_NAMES as readonly string[]).includes(policy))
    throw new Error(`--policy: '${policy}' is not pass or one of ${POLICY_NAMES.join(', ')}`);
  const seat = await SeatClient.join(url, {
    classId: values.class,
    group,
    seat: side,
    ...(values.token ? { token: values.token } : {}),
  });
  const times = await playSeat(seat, side, policy, 3_600_000);
  const view = seat.view;
  process.stdout.write(
    `${JSON.stringify({ group, side, token: seat.token, quarters: times.length, code: view?.code ?? null })}\n`,
  );
  await seat.leave();
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`bot: ${e.message}\n`);
    process.exit(1);
  },
);
