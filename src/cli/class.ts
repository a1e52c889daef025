import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ResultsBody, resultsTable, type StatusBody, statusTable } from './classTable';
import { speakCommandLine } from './language';

/**
 * `npm run --silent class -- create|status|results …` drives a class from the command line; every
 * answer is JSON on stdout.
 *
 *   create  --url <http-url> (--scenario <id> --seed <n> --turns <n> [--seconds <n>] | --code <c1.…> | --file <settings.json>)
 *   status  --url <http-url> --class <id> --token <teacher token>
 *   results --url <http-url> --class <id> --token <teacher token>
 *   delete  --url <http-url> --class <id> --token <teacher token>   (the class, its groups and logs)
 *
 * `status` and `results` take `--format table` for a table for people, in the language `--lang`
 * names (en or zh-CN); JSON, the default, is the same in every language.
 */
const USAGE =
  'usage: class create|status|results|delete --url <http-url> … [--format json|table] [--lang en|zh-CN]';

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      url: { type: 'string' },
      class: { type: 'string' },
      token: { type: 'string' },
      scenario: { type: 'string' },
      seed: { type: 'string' },
      turns: { type: 'string' },
      seconds: { type: 'string' },
      code: { type: 'string' },
      file: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  speakCommandLine(values.lang);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'table')
    throw new Error(`--format: must be json or table, not '${format}'`);
  const url = (values.url ?? '').replace(/^ws/, 'http').replace(/\/$/, '');
  if (!url) throw new Error('--url: missing (the server’s address)');
  let res: Response;
  if (command === 'create') {
    const settings = values.code
      ? values.code
      : values.file
        ? JSON.parse(readFileSync(values.file, 'utf8'))
        : {
            scenario: values.scenario ?? 'truce-2026',
            seed: Number(values.seed ?? 1),
            turns: Number(values.turns ?? 8),
            turnSeconds: Number(values.seconds ?? 0),
          };
    res = await fetch(`${url}/api/classes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(settings),
    });
  } else if (command === 'status' || command === 'results' || command === 'delete') {
    if (!values.class) throw new Error('--class: missing (the class id)');
    if (!values.token) throw new Error('--token: missing (the teacher token)');
    const at = `${url}/api/classes/${encodeURIComponent(values.class)}`;
    res = await fetch(command === 'delete' ? at : `${at}/${command}`, {
      method: command === 'delete' ? 'DELETE' : 'GET',
      headers: { authorization: `Bearer ${values.token}` },
    });
  } else throw new Error(`'${command ?? ''}' is not a command; ${USAGE}`);
  const body = (await res.json()) as { error?: string };
  process.stdout.write(
    res.ok && format === 'table' && command === 'status'
      ? statusTable(body as unknown as StatusBody)
      : res.ok && format === 'table' && command === 'results'
        ? resultsTable(body as unknown as ResultsBody)
        : `${JSON.stringify(body)}\n`,
  );
  if (!res.ok) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((e: Error) => {
  process.stderr.write(`class: ${e.message}\n`);
  process.exit(1);
});
