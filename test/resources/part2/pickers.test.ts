import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions } from 'n8n-workflow';

import { ActiveCampaign } from '../../../nodes/ActiveCampaign/ActiveCampaign.node';
import { useSandbox } from '../../helpers/sandbox';
import { rl } from './helpers';

/** A load-options context whose requests go to the sandbox (enough for listSearch / loadOptions methods). */
function pickerContext(ac: ReturnType<typeof useSandbox>, parameters: IDataObject): ILoadOptionsFunctions {
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

describe('record pickers', () => {
	const ac = useSandbox();
	const { listSearch, loadOptions } = new ActiveCampaign().methods as unknown as {
		listSearch: Record<string, (this: ILoadOptionsFunctions, filter?: string) => Promise<{ results: Array<{ name: string; value: string }> }>>;
		loadOptions: Record<string, (this: ILoadOptionsFunctions) => Promise<Array<{ name: string; value: string }>>>;
	};

	it('the stage picker lists the stages of the chosen pipeline (by ID or by name)', async () => {
		const byId = await listSearch.searchStages.call(pickerContext(ac, { dealPipeline: rl('2', 'list') }));
		expect(byId.results).toEqual([
			{ name: 'To Contact', value: '5' },
			{ name: 'In Contact', value: '6' },
			{ name: 'Follow Up', value: '7' },
		]);
		const byName = await listSearch.searchStages.call(pickerContext(ac, { dealFilters: { pipeline: rl('Sales Pipeline', 'name') } }), 'nego');
		expect(byName.results).toEqual([{ name: 'Negotiation', value: '4' }]);
		const onUpdate = await listSearch.searchStages.call(pickerContext(ac, { dealUpdateFields: { pipeline: rl('2', 'id') } }));
		expect(onUpdate.results.map((stage) => stage.value)).toEqual(['5', '6', '7']);
	});

	it("on moveToStage it lists the deal's pipeline stages; with no pipeline, all stages with their pipeline", async () => {
		const ofDeal = await listSearch.searchStages.call(pickerContext(ac, { deal: rl('3') }));
		expect(ofDeal.results.map((stage) => stage.value)).toEqual(['5', '6', '7']);
		const all = await listSearch.searchStages.call(pickerContext(ac, {}), 'to contact');
		expect(all.results).toEqual([
			{ name: 'To Contact (Sales Pipeline)', value: '1' },
			{ name: 'To Contact (Partnerships)', value: '5' },
		]);
	});

	it('users, task types and deal custom fields', async () => {
		const users = await listSearch.searchUsers.call(pickerContext(ac, {}), 'alice');
		expect(users.results).toEqual([{ name: 'Alice Smith - alice.smith@sandbox.example.com', value: '3' }]);
		const types = await listSearch.searchTaskTypes.call(pickerContext(ac, {}));
		expect(types.results.map((type) => type.name)).toEqual(['Call', 'Email', 'Lunch', 'Meeting']);
		const fields = await loadOptions.getDealCustomFields.call(pickerContext(ac, {}));
		expect(fields.map((field) => field.name)).toEqual(['Close Date', 'Lead Source']);
	});
});
