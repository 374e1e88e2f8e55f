// The command table. Each entry loads its module lazily so `consentry screen` never loads the image
// models; the one-line summaries live here so `consentry --help` loads none of them.
import { registerCommand } from './main.ts';

registerCommand('demo', 'Run Consentry on real requests and log the decisions in the embedded database', async () => (await import('./demo-command.ts')).demoCommand);
registerCommand('screen', 'Screen the text of an image-generation or image-edit request', async () => (await import('./screen-command.ts')).screenCommand);
registerCommand('scan', 'Analyse images: nudity level, faces with age and gender, verdict', async () => (await import('./scan-command.ts')).scanCommand);
registerCommand('scan-edit', 'Compare an edit\'s input and output: is the same person more exposed?', async () => (await import('./scan-edit-command.ts')).scanEditCommand);
registerCommand('hash', 'PDQ, MD5 and SHA-256 hashes of images', async () => (await import('./hash-command.ts')).hashCommand);
registerCommand('match', 'Match images against hash lists', async () => (await import('./match-command.ts')).matchCommand);
registerCommand('lists', 'Import, export and show hash lists', async () => (await import('./lists-command.ts')).listsCommand);
registerCommand('serve', 'Start the HTTP gateway (check API and OpenAI-compatible proxy)', async () => (await import('./serve-command.ts')).serveCommand);
registerCommand('keys', 'Create gateway API keys', async () => (await import('./keys-command.ts')).keysCommand);
registerCommand('log', 'Verify or export the hash-chained decision log', async () => (await import('./log-command.ts')).logCommand);
registerCommand('audit', 'Audit a corpus of images: statistics and an HTML report', async () => (await import('./audit-command.ts')).auditCommand);
registerCommand('worker', 'Work on a distributed audit queued in PostgreSQL', async () => (await import('./worker-command.ts')).workerCommand);
registerCommand('redteam', 'Measure whether an image API refuses undressing requests', async () => (await import('./redteam-command.ts')).redteamCommand);
registerCommand('notices', 'List and show takedown notices with their deadlines', async () => (await import('./notices-command.ts')).noticesCommand);
registerCommand('reviewers', 'Create accounts for the review console', async () => (await import('./reviewers-command.ts')).reviewersCommand);
