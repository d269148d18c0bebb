/**
 * ActiveCampaign over MCP, which ActiveCampaign does not offer itself: a workflow with n8n's MCP Server Trigger
 * and this package's node as a tool answers an MCP client's tools/list and tools/call over Streamable HTTP.
 */
import { randomUUID } from 'node:crypto';

import { McpHttpClient } from './mcpClient';
import { poll, sandboxWithCredential, TOOL_NODE_TYPE, type SandboxWithCredential } from './helpers';
import { CREDENTIAL_TYPE } from '../../scripts/n8n/instance';

const TOOL_NODE = 'Find contact by email';
const TOOL_NAME = 'Find_contact_by_email';

describe('MCP Server Trigger with the ActiveCampaign node as a tool', () => {
	let env: SandboxWithCredential;
	let workflowId: string | undefined;
	const mcpPath = `activecampaign-${randomUUID().slice(0, 8)}`;
	let client: McpHttpClient;

	beforeAll(async () => {
		env = await sandboxWithCredential();
		const wf = await env.n8n.importWorkflow({
			name: `e2e MCP ${mcpPath}`,
			nodes: [
				{
					id: randomUUID(),
					name: 'MCP Server Trigger',
					type: '@n8n/n8n-nodes-langchain.mcpTrigger',
					typeVersion: 2,
					position: [0, 0],
					webhookId: randomUUID(),
					parameters: { authentication: 'none', path: mcpPath },
				},
				{
					id: randomUUID(),
					name: TOOL_NODE,
					type: TOOL_NODE_TYPE,
					typeVersion: 1,
					position: [0, 200],
					parameters: {
						descriptionType: 'manual',
						toolDescription: 'Find an ActiveCampaign contact by email address',
						resource: 'contact',
						operation: 'get',
						contact: {
							__rl: true,
							mode: 'email',
							value: "={{ $fromAI('email', 'The email address of the contact', 'string') }}",
						},
					},
					credentials: { [CREDENTIAL_TYPE]: env.credential },
				},
			],
			connections: {
				[TOOL_NODE]: { ai_tool: [[{ node: 'MCP Server Trigger', type: 'ai_tool', index: 0 }]] },
			},
		});
		workflowId = wf.id;
		await env.n8n.activate(wf.id);
		client = new McpHttpClient(env.n8n.mcpUrl(mcpPath));
		// The MCP endpoint goes live asynchronously after publishing.
		await poll('the MCP endpoint', async () => {
			const res = await fetch(client.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
			await res.text();
			return res.status !== 404 ? true : undefined;
		});
	});

	afterAll(async () => {
		await client?.close().catch(() => undefined);
		if (workflowId) {
			await env.n8n.deactivate(workflowId).catch(() => undefined);
			await env.n8n.deleteWorkflow(workflowId).catch(() => undefined);
		}
		await env?.close();
	});

	it('initializes a session', async () => {
		const init = await client.initialize();
		expect(init.result?.protocolVersion).toBeTruthy();
		expect(client.sessionId).toBeTruthy();
	});

	it('lists the ActiveCampaign tool with an email argument', async () => {
		const tools = await client.listTools();
		const tool = tools.find((t) => t.name === TOOL_NAME);
		expect(tool).toBeDefined();
		expect(tool!.description).toMatch(/contact/i);
		expect(Object.keys(tool!.inputSchema.properties ?? {})).toContain('email');
	});

	it('finds a contact by email through tools/call', async () => {
		const { contacts } = await env.acApi<{ contacts: Array<{ id: string; email: string; firstName: string }> }>(
			'GET',
			'/contacts?limit=1',
		);
		const wanted = contacts[0];
		const before = env.sandbox.requests.length;
		const result = await client.callTool(TOOL_NAME, { email: wanted.email });
		expect(result.isError).toBeFalsy();
		const text = result.content.map((c) => c.text ?? '').join('\n');
		expect(text).toContain(wanted.email);
		expect(text).toContain(String(wanted.id));
		// The answer came from the sandbox through the node, with the credential's token.
		const calls = env.sandbox.requests.slice(before).filter((r) => r.path.startsWith('/api/3/contacts'));
		expect(calls.length).toBeGreaterThan(0);
		expect(calls.every((r) => r.status === 200)).toBe(true);
	});
});
