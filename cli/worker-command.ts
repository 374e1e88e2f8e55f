import { parseArgs } from 'node:util';
import { InvalidInputError, loadAuditDependencies, readConfig, startAuditWorker, type AuditDependencies } from '../src/internal.ts';
import type { CliCommand, CliIO } from './cli-command.ts';

const USAGE = `Usage: consentry worker [--concurrency N] [--schema NAME] [--name NAME]

Processes the jobs of "consentry audit --distributed" from the PostgreSQL at DATABASE_URL until
stopped (Ctrl-C or SIGTERM). Image files must be readable at the paths the coordinator queued.

Options:
  --concurrency N   jobs at once (default: cores)
  --schema NAME     PostgreSQL schema for the queue and results (default consentry_audit)
  --name NAME       worker name recorded with each result (default host:pid)`;

export function createWorkerCommand(loadDeps: (io: CliIO) => Promise<AuditDependencies> = async (io) => loadAuditDependencies(readConfig(io.env))): CliCommand {
  return {
    usage: USAGE,
    async run(args, io) {
      const { values } = parseArgs({ args, options: { concurrency: { type: 'string' }, schema: { type: 'string' }, name: { type: 'string' } } });
      const config = readConfig(io.env);
      if (!config.databaseUrl) throw new InvalidInputError('consentry worker needs DATABASE_URL.');
      const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
      if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency <= 0)) throw new InvalidInputError('--concurrency must be a positive integer.');
      const deps = await loadDeps(io);
      const worker = await startAuditWorker({ databaseUrl: config.databaseUrl, deps, schema: values.schema, concurrency, name: values.name });
      io.stderr.write(`worker ${worker.name} started\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await worker.close();
      if (deps.close) await deps.close();
      else await deps.analyzer.close();
      io.stderr.write(`worker ${worker.name} stopped after ${worker.processed()} job(s)\n`);
      return 0;
    },
  };
}

export const workerCommand = createWorkerCommand();
