/**
 * A minimal MCP client over Streamable HTTP, written by hand with fetch (JSON-RPC 2.0 over POST; responses come
 * back as JSON or as a text/event-stream of `data:` lines), as n8n's MCP Server Trigger (node v2) speaks it:
 * POST without a session id = initialize (the answer carries `mcp-session-id`), then POSTs with that header,
 * DELETE to end the session.
 */
export interface JsonRpcResponse<T = unknown> {
	jsonrpc: '2.0';
	id: number | string;
	result?: T;
	error?: { code: number; message: string; data?: unknown };
}

export interface McpTool {
	name: string;
	description?: string;
	inputSchema: { type: string; properties?: Record<string, { type?: string; description?: string }>; required?: string[] };
}

export interface McpCallResult {
	content: Array<{ type: string; text?: string }>;
	isError?: boolean;
}

export const PROTOCOL_VERSION = '2025-03-26';

export class McpHttpClient {
	sessionId?: string;
	serverInfo?: { name: string; version: string };
	private nextId = 1;

	constructor(readonly url: string) {}

	private headers(): Record<string, string> {
		const h: Record<string, string> = {
			'content-type': 'application/json',
			accept: 'application/json, text/event-stream',
		};
		if (this.sessionId) {
			h['mcp-session-id'] = this.sessionId;
			h['mcp-protocol-version'] = PROTOCOL_VERSION;
		}
		return h;
	}

	/** Sends a request and returns its JSON-RPC response (from a JSON body or from the SSE stream). */
	async request<T>(method: string, params?: unknown): Promise<JsonRpcResponse<T>> {
		const id = this.nextId++;
		const res = await fetch(this.url, {
			method: 'POST',
			headers: this.headers(),
			body: JSON.stringify({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) }),
		});
		const sid = res.headers.get('mcp-session-id');
		if (sid) this.sessionId = sid;
		const text = await res.text();
		if (!res.ok) throw new Error(`MCP ${method}: HTTP ${res.status} ${text.slice(0, 300)}`);
		const type = res.headers.get('content-type') ?? '';
		const messages: Array<JsonRpcResponse<T>> = type.includes('text/event-stream')
			? parseSse(text).map((d) => JSON.parse(d) as JsonRpcResponse<T>)
			: [JSON.parse(text) as JsonRpcResponse<T>];
		const reply = messages.find((m) => m.id === id);
		if (!reply) throw new Error(`MCP ${method}: no response with id ${id} in ${text.slice(0, 300)}`);
		return reply;
	}

	async notify(method: string, params?: unknown): Promise<number> {
		const res = await fetch(this.url, {
			method: 'POST',
			headers: this.headers(),
			body: JSON.stringify({ jsonrpc: '2.0', method, ...(params === undefined ? {} : { params }) }),
		});
		await res.text();
		return res.status;
	}

	async initialize(): Promise<JsonRpcResponse<{ protocolVersion: string; serverInfo: { name: string; version: string }; capabilities: Record<string, unknown> }>> {
		const r = await this.request<{ protocolVersion: string; serverInfo: { name: string; version: string }; capabilities: Record<string, unknown> }>(
			'initialize',
			{ protocolVersion: PROTOCOL_VERSION, capabilities: {}, clientInfo: { name: 'n8n-nodes-activecampaign-e2e', version: '1.0.0' } },
		);
		if (r.error) throw new Error(`MCP initialize failed: ${r.error.message}`);
		this.serverInfo = r.result?.serverInfo;
		await this.notify('notifications/initialized');
		return r;
	}

	async listTools(): Promise<McpTool[]> {
		const r = await this.request<{ tools: McpTool[] }>('tools/list', {});
		if (r.error) throw new Error(`MCP tools/list failed: ${r.error.message}`);
		return r.result!.tools;
	}

	async callTool(name: string, args: Record<string, unknown>): Promise<McpCallResult> {
		const r = await this.request<McpCallResult>('tools/call', { name, arguments: args });
		if (r.error) throw new Error(`MCP tools/call ${name} failed: ${r.error.message}`);
		return r.result!;
	}

	async close(): Promise<void> {
		if (!this.sessionId) return;
		const res = await fetch(this.url, { method: 'DELETE', headers: this.headers() });
		await res.text();
		this.sessionId = undefined;
	}
}

/** The `data:` payloads of a text/event-stream body. */
export function parseSse(text: string): string[] {
	const out: string[] = [];
	for (const block of text.split(/\r?\n\r?\n/)) {
		const data = block
			.split(/\r?\n/)
			.filter((l) => l.startsWith('data:'))
			.map((l) => l.slice(5).replace(/^ /, ''));
		if (data.length) out.push(data.join('\n'));
	}
	return out;
}
