import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** How a broken server answers every request. */
export type FaultMode =
	| 'server-error'
	| 'rate-limited-without-retry-after'
	| 'invalid-json'
	| 'html-page'
	| 'empty-body'
	| 'dropped-connection'
	| 'silent'
	| 'endless-body';

export const FAULT_MODES: FaultMode[] = [
	'server-error',
	'rate-limited-without-retry-after',
	'invalid-json',
	'html-page',
	'empty-body',
	'dropped-connection',
	'silent',
	'endless-body',
];

export interface FaultServer {
	url: string;
	/** Requests received (method and path). */
	requests: string[];
	close(): Promise<void>;
}

function answer(mode: FaultMode, response: ServerResponse): void {
	switch (mode) {
		case 'server-error':
			response.writeHead(500, { 'Content-Type': 'application/json' }).end('{"message":"Internal error"}');
			return;
		case 'rate-limited-without-retry-after':
			response.writeHead(429, { 'Content-Type': 'application/json' }).end('{"message":"Too Many Requests"}');
			return;
		case 'invalid-json':
			response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"contact": {"id": "1",');
			return;
		case 'html-page':
			response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!DOCTYPE html><html><body>Log in</body></html>');
			return;
		case 'empty-body':
			response.writeHead(200, { 'Content-Type': 'application/json' }).end();
			return;
		case 'dropped-connection':
			response.socket?.destroy();
			return;
		case 'silent':
			return;
		case 'endless-body':
			response.writeHead(200, { 'Content-Type': 'application/json' });
			response.write('{"contacts": [');
			return;
	}
}

/** A server on 127.0.0.1 that answers every request in one broken way (each on its own port, so its own rate lane). */
export async function startFaultServer(mode: FaultMode): Promise<FaultServer> {
	const requests: string[] = [];
	const sockets = new Set<Socket>();
	const server: Server = createServer((request, response) => {
		requests.push(`${request.method} ${request.url}`);
		request.resume();
		request.on('end', () => answer(mode, response));
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
