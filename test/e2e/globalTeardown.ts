import type { N8nInstance } from '../../scripts/n8n/instance';

export default async function globalTeardown(): Promise<void> {
	const n8n = (globalThis as { __N8N_E2E__?: N8nInstance }).__N8N_E2E__;
	if (n8n) await n8n.stop();
}
