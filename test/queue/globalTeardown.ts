import { log } from '../../scripts/n8n/common';
import type { QueueStack } from '../../scripts/n8n/queue/stack';

export default async function globalTeardown(): Promise<void> {
	const stack = (globalThis as { __N8N_QUEUE__?: QueueStack }).__N8N_QUEUE__;
	if (!stack) return;
	const t0 = Date.now();
	await stack.stop();
	log(`queue-mode stack stopped and its data deleted in ${((Date.now() - t0) / 1000).toFixed(1)} s (logs kept in ${stack.logDir})`);
}
