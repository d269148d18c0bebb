import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { SandboxHarness } from '../../helpers/sandbox';

/** A resource locator value. */
export const rl = (value: string, mode: 'list' | 'id' | 'email' | 'name' = 'id') => ({ __rl: true, mode, value });

/** Requests the sandbox received with this method whose path (below /api/3) matches. */
export function sent(ac: SandboxHarness, method: string, path: string | RegExp) {
	return ac.sandbox.requests.filter(
		(request) =>
			request.method === method &&
			(typeof path === 'string' ? request.path === `/api/3${path}` : path.test(request.path.replace(/^\/api\/3/, ''))),
	);
}

/** The body of the one request sent with this method and path. */
export function bodyOf(ac: SandboxHarness, method: string, path: string | RegExp): IDataObject {
	const requests = sent(ac, method, path);
	expect(requests).toHaveLength(1);
	return requests[0].body as IDataObject;
}

/** The error of an item (Continue On Fail) or of the run. */
export function errorText(result: { error?: IDataObject; json: IDataObject[] }): string {
	if (result.error) return `${String(result.error.message)} ${String(result.error.description ?? '')}`;
	const item = result.json.find((json) => json.error);
	return item ? JSON.stringify(item.error) : '';
}

/** Two input items whose `id` the parameters read with an expression. */
export const items = (...ids: string[]): INodeExecutionData[] => ids.map((id) => ({ json: { id } }));
