import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { sent } from '../../helpers/requests';
import type { SandboxHarness } from '../../helpers/sandbox';

export { rl, sent } from '../../helpers/requests';

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
