// The command table. Each entry loads its module lazily so `consentry screen` never loads the image models.
import { registerCommand } from './main.ts';

registerCommand('screen', async () => (await import('./screen-command.ts')).screenCommand);
registerCommand('scan', async () => (await import('./scan-command.ts')).scanCommand);
registerCommand('scan-edit', async () => (await import('./scan-edit-command.ts')).scanEditCommand);
