// A partner hotline (110, 12345, 12355, 12368) against a running 12348 platform: `npm run partner -- --help`.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArguments, USAGE, UsageError, type SimulatorOptions } from './arguments.js';
import { credentialsOf, CredentialsError } from './credentials.js';
import { startSimulator, type RunningSimulator } from './simulator.js';

/** Exit codes: 0 done (or stopped), 1 a refused request or another failure, 2 a command line that cannot run. */
async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let options: SimulatorOptions;
  try {
    const parsed = parseArguments(argv, env);
    if (parsed.kind === 'help') {
      process.stdout.write(USAGE);
      return 0;
    }
    options = parsed.options;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`partner simulator: ${error.message}\n(npm run partner -- --help 查看用法 / shows the usage)\n`);
    return 2;
  }

  let simulator: RunningSimulator;
  try {
    const credentials = credentialsOf(options, await readKeysFile(resolve(options.keysFile)));
    simulator = await startSimulator(options, credentials, { log: (line) => process.stdout.write(`${line}\n`) });
  } catch (error) {
    const prefix = error instanceof CredentialsError ? '' : '错误 / error: ';
    process.stderr.write(`[${options.partner}] ${prefix}${(error as Error).message}\n`);
    return 1;
  }

  const stopped = new Promise<number>((done) => {
    const stop = () => {
      process.stdout.write(`[${options.partner}] 模拟器已停止 / stopped\n`);
      done(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  const ended = simulator.finished.then(
    () => 0,
    (error: unknown) => {
      process.stderr.write(`[${options.partner}] 错误 / error: ${(error as Error).message}\n`);
      return 1;
    },
  );
  const code = await Promise.race([stopped, ended]);
  await simulator.stop();
  return code;
}

async function readKeysFile(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2), process.env);
