/**
 * Run the ActiveCampaign sandbox:  npm run sandbox -- [--port 8787] [--token T] [--rate-limit 5|off]
 *                                  [--seed|--no-seed] [--contacts N] [--latency MS|MIN-MAX] [--date-filters time|day] [--quiet]
 * --port 0 picks a free port. Control API: GET /__sandbox/health (see sandbox/README.md).
 */
import { startSandbox, type Latency, type SandboxOptions } from './index';

export const DEFAULT_CLI_PORT = 8787;

function parseArgs(argv: string[]): SandboxOptions & { extraContacts: number } {
	const opts: SandboxOptions & { extraContacts: number } = {
		port: DEFAULT_CLI_PORT,
		extraContacts: 0,
		log: (line) => console.log(`sandbox: ${line}`),
	};
	const value = (index: number, flag: string): string => {
		const next = argv[index + 1];
		if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
		return next;
	};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=', 2);
		const take = (): string => (inline !== undefined ? inline : value(i++, flag));
		switch (flag) {
			case '--port':
				opts.port = Number(take());
				break;
			case '--token':
				opts.token = take();
				break;
			case '--rate-limit': {
				const value = take();
				opts.rateLimit = value === 'off' || value === 'false' || value === '0' ? false : Number(value);
				break;
			}
			case '--seed':
				opts.seed = opts.seed === false ? true : (opts.seed ?? true);
				break;
			case '--no-seed':
				opts.seed = false;
				break;
			case '--contacts': {
				const count = Number(take());
				opts.seed = opts.seed === false ? false : { ...(typeof opts.seed === 'object' ? opts.seed : {}), contacts: Math.min(count, 25) };
				opts.extraContacts = Math.max(0, count - 25);
				break;
			}
			case '--latency':
				opts.latencyMs = parseLatency(take());
				break;
			case '--date-filters': {
				const value = take();
				if (value !== 'time' && value !== 'day') throw new Error('--date-filters must be time or day');
				opts.dateFilterPrecision = value;
				break;
			}
			case '--quiet':
				opts.log = undefined;
				break;
			case '--help':
			case '-h':
				console.log(
					'Usage: tsx sandbox/cli.ts [--port 8787] [--token sandbox-token] [--rate-limit 5|off] [--seed|--no-seed] [--contacts N] [--latency MS|MIN-MAX] [--date-filters time|day] [--quiet]',
				);
				process.exit(0);
				break;
			default:
				throw new Error(`Unknown flag ${argv[i]}`);
		}
	}
	if (!Number.isInteger(opts.port) || (opts.port as number) < 0) throw new Error('--port must be a non-negative integer');
	if (opts.rateLimit !== false && opts.rateLimit !== undefined && !(opts.rateLimit > 0)) throw new Error('--rate-limit must be a positive number or off');
	return opts;
}

/** `200` (fixed) or `200-800` (a random delay in that range for each response). */
function parseLatency(value: string): Latency {
	const range = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(value.trim());
	if (range) {
		const [min, max] = [Number(range[1]), Number(range[2])];
		if (min > max) throw new Error('--latency MIN-MAX needs MIN <= MAX');
		return { min, max };
	}
	const ms = Number(value);
	if (!Number.isFinite(ms) || ms < 0) throw new Error('--latency must be milliseconds (e.g. 50) or a range (e.g. 200-800)');
	return ms;
}

async function main(): Promise<void> {
	let opts: ReturnType<typeof parseArgs>;
	try {
		opts = parseArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`sandbox: ${(error as Error).message}`);
		process.exit(2);
	}
	const { extraContacts, ...options } = opts;
	const sandbox = await startSandbox(options);
	if (extraContacts > 0) sandbox.addContacts(extraContacts);
	console.log(`ActiveCampaign sandbox listening on ${sandbox.url} (API URL for the credential; token: ${sandbox.token})`);
	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		console.log(`\nReceived ${signal}, stopping sandbox...`);
		sandbox.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
