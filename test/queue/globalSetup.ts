/**
 * Starts n8n in queue mode once for the run (see scripts/n8n/queue/stack.ts): Redis and Postgres (installed
 * with apt-get when missing), main, 2 workers and 1 webhook processor with this package, all on 127.0.0.1.
 * Builds the package first unless QUEUE_SKIP_BUILD=1. Test files get the session through N8N_QUEUE_SESSION.
 * When this throws, the stack has already been stopped and deleted (jest runs no teardown after a failed setup).
 */
import { log } from '../../scripts/n8n/common';
import { startQueueStack } from '../../scripts/n8n/queue/stack';

export default async function globalSetup(): Promise<void> {
	process.stdout.write('\n');
	const stack = await startQueueStack({ build: !process.env.QUEUE_SKIP_BUILD, logLevel: process.env.QUEUE_N8N_LOG_LEVEL ?? 'info' });
	process.env.N8N_QUEUE_SESSION = JSON.stringify(stack.session);
	(globalThis as { __N8N_QUEUE__?: unknown }).__N8N_QUEUE__ = stack;
	log(`n8n queue mode: main ${stack.main.baseUrl}, webhook processor ${stack.webhookUrl}`);
}
