/** Command-line flags of `node out/main/browser.js`. */
export interface BrowserArgs {
  help: boolean;
  projectsDir?: string;
  settingsDir?: string;
  port?: number;
  token?: string;
  hostName?: '127.0.0.1' | 'localhost';
}

export const browserUsage = `Usage: node out/main/browser.js [options]

Runs Dossier in your web browser, served from this machine only (127.0.0.1).

Options:
  --projects-dir DIR   where projects are kept (default: ~/Documents/Dossier, or ~/Dossier)
  --settings-dir DIR   where recent projects are remembered (default: $XDG_CONFIG_HOME/dossier or ~/.config/dossier)
  --port N             port to listen on (default: 5183, or a free one if that is taken)
  --token T            access token to require (default: a new random one each run)
  --host-name NAME     name in the printed address: 127.0.0.1 (default) or localhost
  --help               show this help`;

const valueFlags = new Set(['--projects-dir', '--settings-dir', '--port', '--token', '--host-name']);

/** Parses argv (without node and script); throws an Error with a plain message on bad flags. */
export function parseBrowserArgs(argv: readonly string[]): BrowserArgs {
  const args: BrowserArgs = { help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    if (flag === '--help' || flag === '-h') {
      args.help = true;
      continue;
    }
    const eq = flag.indexOf('=');
    const name = eq === -1 ? flag : flag.slice(0, eq);
    if (!valueFlags.has(name)) throw new Error(`Unknown option ${name}. Run with --help to see the options.`);
    let value: string | undefined;
    if (eq !== -1) {
      value = flag.slice(eq + 1);
    } else {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined || value === '') throw new Error(`${name} needs a value.`);
    switch (name) {
      case '--projects-dir':
        args.projectsDir = value;
        break;
      case '--settings-dir':
        args.settingsDir = value;
        break;
      case '--port': {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${value}".`);
        args.port = port;
        break;
      }
      case '--token':
        if (!/^[A-Za-z0-9._~-]{8,256}$/.test(value)) {
          throw new Error('--token must be 8 to 256 characters from A-Z a-z 0-9 . _ ~ -');
        }
        args.token = value;
        break;
      case '--host-name':
        if (value !== '127.0.0.1' && value !== 'localhost') throw new Error('--host-name must be 127.0.0.1 or localhost.');
        args.hostName = value;
        break;
      default:
        throw new Error(`Unknown option ${name}. Run with --help to see the options.`);
    }
  }
  return args;
}
