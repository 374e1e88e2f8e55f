import { parseArgs } from 'node:util';
import { createContext, InvalidInputError, readConfig } from '../src/internal.ts';
import { listen } from '../http/server.ts';
import type { CliCommand } from './cli-command.ts';

const USAGE = `Usage:
  consentry serve [--port 8080] [--host 127.0.0.1] [--data-dir DIR] [--log]

Starts the HTTP gateway: the check API (/v1/check/*), the OpenAI-compatible Images proxy
(/v1/images/generations, /v1/images/edits), /openapi.json and /docs. Storage is the embedded
PGlite in --data-dir (default ./.consentry), or the PostgreSQL server in DATABASE_URL.
Upstream model: CONSENTRY_UPSTREAM_URL (e.g. https://api.openai.com/v1) and CONSENTRY_UPSTREAM_KEY.
Stops cleanly on SIGINT or SIGTERM. --port 0 picks a free port.`;

export const serveCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        'data-dir': { type: 'string' },
        log: { type: 'boolean', default: false },
      },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidInputError(`--port must be 0-65535.\n\n${USAGE}`, undefined, 'usage');
    const config = readConfig(io.env, values['data-dir'] ? { dataDir: values['data-dir'] } : {});
    const context = await createContext(config);
    const server = await listen(context, { port, host: values.host!, logger: values.log }).catch(async (error) => {
      await context.close();
      throw error;
    });
    const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
    io.stdout.write(`consentry: listening on ${server.url} (storage: ${storage}; policy ${context.policy.id}@${context.policy.version})\n`);
    const signal = await new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    });
    io.stdout.write(`consentry: ${signal}, closing\n`);
    await server.close();
    return 0;
  },
};
