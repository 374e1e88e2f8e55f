// The command table. Each entry loads its module lazily so `consentry screen` never loads the image models.
import { registerCommand } from './main.ts';

registerCommand('screen', async () => (await import('./screen-command.ts')).screenCommand);
registerCommand('audit', async () => (await import('./audit-command.ts')).auditCommand);
registerCommand('worker', async () => (await import('./worker-command.ts')).workerCommand);
registerCommand('redteam', async () => (await import('./redteam-command.ts')).redteamCommand);
registerCommand('demo', async () => (await import('./demo-command.ts')).demoCommand);
registerCommand('hash', async () => (await import('./hash-command.ts')).hashCommand);
registerCommand('match', async () => (await import('./match-command.ts')).matchCommand);
registerCommand('lists', async () => (await import('./lists-command.ts')).listsCommand);
registerCommand('scan', async () => (await import('./scan-command.ts')).scanCommand);
registerCommand('scan-edit', async () => (await import('./scan-edit-command.ts')).scanEditCommand);
registerCommand('serve', async () => (await import('./serve-command.ts')).serveCommand);
registerCommand('keys', async () => (await import('./keys-command.ts')).keysCommand);
registerCommand('log', async () => (await import('./log-command.ts')).logCommand);
