import type { FastifyInstance } from 'fastify';
import type { ConsentryContext } from '../src/internal.ts';
import { buildApp, type BuildAppOptions } from './app.ts';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  /** Stops accepting requests, finishes those in flight, then closes workers and the database. */
  close(): Promise<void>;
}

export async function listen(context: ConsentryContext, options: { port: number; host: string } & BuildAppOptions): Promise<RunningServer> {
  const app = await buildApp(context, options);
  await app.listen({ port: options.port, host: options.host });
  // Models load now, not inside the first request's time limit; /readyz reports when they are in.
  void context.ready().catch((error: Error) => process.stderr.write(`consentry: the checks could not load (${error.message}); image checks fail closed until they do.\n`));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    app,
    close() {
      closing ??= (async () => {
        await app.close();
        await context.close();
      })();
      return closing;
    },
  };
}
