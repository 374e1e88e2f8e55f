// The command table. Each entry loads its module lazily so `consentry screen` never loads the image
// models; the one-line summaries live here so `consentry help` loads none of them. Adding a command
// is one entry here and one module.
import type { CommandEntry } from './cli-command.ts';

export const COMMANDS = {
  demo: { summary: 'Run Consentry on real requests and log the decisions in the embedded database', load: async () => (await import('./demo-command.ts')).demoCommand },
  screen: { summary: 'Screen the text of an image-generation or image-edit request', load: async () => (await import('./screen-command.ts')).screenCommand },
  scan: { summary: 'Analyse images: nudity level, faces with age and gender, verdict', load: async () => (await import('./scan-command.ts')).scanCommand },
  'scan-edit': { summary: "Compare an edit's input and output: is the same person more exposed?", load: async () => (await import('./scan-edit-command.ts')).scanEditCommand },
  hash: { summary: 'PDQ, MD5 and SHA-256 hashes of images', load: async () => (await import('./hash-command.ts')).hashCommand },
  match: { summary: 'Match images against hash lists', load: async () => (await import('./match-command.ts')).matchCommand },
  lists: { summary: 'Hash lists in the database: import, export, show, remove entries, delete', load: async () => (await import('./lists-command.ts')).listsCommand },
  persons: { summary: 'Protected persons: enrol from photos (embeddings only, encrypted), list, erase', load: async () => (await import('./persons-command.ts')).personsCommand },
  consent: { summary: 'Consent grants of protected persons: grant, list, revoke', load: async () => (await import('./consent-command.ts')).consentCommand },
  serve: { summary: 'Start the HTTP gateway (check API and OpenAI-compatible proxy)', load: async () => (await import('./serve-command.ts')).serveCommand },
  keys: { summary: 'Create gateway API keys', load: async () => (await import('./keys-command.ts')).keysCommand },
  log: { summary: 'Verify or export the hash-chained decision log', load: async () => (await import('./log-command.ts')).logCommand },
  audit: { summary: 'Audit a corpus of images: statistics and an HTML report', load: async () => (await import('./audit-command.ts')).auditCommand },
  worker: { summary: 'Work on a distributed audit queued in PostgreSQL', load: async () => (await import('./worker-command.ts')).workerCommand },
  statements: { summary: 'Export statements of reasons (DSA Art 17) or submit them to the Transparency Database', load: async () => (await import('./statements-command.ts')).statementsCommand },
  report: { summary: 'Transparency reports (DSA Art 15/24): template CSV sheets, JSON, HTML with charts', load: async () => (await import('./report-command.ts')).reportCommand },
  redteam: { summary: 'Measure whether an image API refuses undressing requests', load: async () => (await import('./redteam-command.ts')).redteamCommand },
  notices: { summary: 'List and show takedown notices with their deadlines', load: async () => (await import('./notices-command.ts')).noticesCommand },
  reviewers: { summary: 'Create accounts for the review console', load: async () => (await import('./reviewers-command.ts')).reviewersCommand },
} as const satisfies Record<string, CommandEntry>;

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}
