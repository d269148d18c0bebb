import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { ActiveCampaign } from '../../nodes/ActiveCampaign/ActiveCampaign.node';
import type { SandboxHarness } from './sandbox';

/** A load-options context whose requests go to the sandbox (enough for listSearch / loadOptions methods). */
export function pickerContext(ac: SandboxHarness, parameters: IDataObject): ILoadOptionsFunctions {
	const get = (path: string) => path.split('.').reduce<unknown>((node, key) => (node as IDataObject | undefined)?.[key], parameters);
	return {
		getNode: () => ({ id: '1', name: 'ActiveCampaign', type: 'activeCampaign', typeVersion: 1, position: [0, 0], parameters: {} }),
		getCredentials: async () => ac.credentials,
		getCurrentNodeParameter: (path: string) => get(path),
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
				const url = new URL(`${options.baseURL}${options.url}`);
				for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
				const response = await fetch(url, { headers: { 'Api-Token': ac.credentials.apiToken, Accept: 'application/json' } });
				const body = (await response.json()) as unknown;
				// As n8n's helper does: the whole response when asked for it.
				return options.returnFullResponse
					? { statusCode: response.status, headers: Object.fromEntries(response.headers), body }
					: body;
			},
		},
	} as unknown as ILoadOptionsFunctions;
}

/** The ActiveCampaign node's listSearch and loadOptions methods, callable with a picker context. */
export function pickerMethods() {
	return new ActiveCampaign().methods as unknown as {
		listSearch: Record<string, (this: ILoadOptionsFunctions, filter?: string) => Promise<{ results: Array<{ name: string; value: string }> }>>;
		loadOptions: Record<string, (this: ILoadOptionsFunctions) => Promise<Array<{ name: string; value: string }>>>;
	};
}
