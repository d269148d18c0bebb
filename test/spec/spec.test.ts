import type { INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ActiveCampaign } from '../../nodes/ActiveCampaign/ActiveCampaign.node';
import { RECORD_KINDS } from '../../nodes/ActiveCampaign/shared/recordKinds';
import { calls, rl } from '../helpers/requests';
import { useSandbox } from '../helpers/sandbox';
import { describeWithShared } from '../helpers/shared';
import { fitsTemplate, recordedUses, specOperations, type SpecOperation } from './openapi';
import { operationsOf, sampleParameters } from './parameters';

/**
 * Requests the node sends that are not in ActiveCampaign's OpenAPI export, each served by the live API as seen in
 * ../shared/activecampaign/recordings (checked below).
 */
const DEVIATIONS: Array<SpecOperation & { reason: string }> = [
	{
		method: 'GET',
		template: '/contacts/{id}/contactTags',
		reason:
			"A contact's tags (contactTag getAll; add/remove find the association to avoid duplicates). Absent from the export, but every recorded contact carries it as links.contactTags.",
	},
	{
		method: 'PATCH',
		template: '/lists/{id}',
		reason: 'List update: the export has no update for lists at all; the live API answers PATCH (recordings/update-list).',
	},
	{
		method: 'DELETE',
		template: '/campaigns/{id}/delete',
		reason: 'Campaign delete (part 2): the export has no DELETE for campaigns; the live API deleted one this way (recordings/delete-campaign).',
	},
];

/** Part 1 requests that only some parameter values trigger (lookups by name, follow-up requests). */
const SCENARIOS: INodeParameters[] = [
	{ resource: 'contact', operation: 'get', contact: rl('ada.lovelace@example.org', 'email') },
	{ resource: 'contact', operation: 'upsert', contactUpsertEmail: 'ada.lovelace@example.org', contactCustomFields: { field: [{ field: 'Birthday', value: '2000-01-01' }] } },
	{ resource: 'contact', operation: 'getAll', returnAll: true, contactFilters: { list: rl('Newsletter', 'name'), tag: rl('vip', 'name') } },
	{ resource: 'contactField', operation: 'create', contactFieldTitle: 'Size', fieldType: 'dropdown', contactFieldFieldOptions: { option: [{ value: 'S' }] }, contactFieldShowOnLists: ['1'] },
	{ resource: 'contactField', operation: 'update', field: rl('Plan', 'name'), contactFieldUpdateFieldOptions: { option: [{ value: 'Team' }] }, contactFieldUpdateShowOnLists: ['2'] },
	{ resource: 'contactFieldValue', operation: 'set', contactFieldValueContact: rl('1'), field: 'Interests', value: 'Product' },
	{ resource: 'contactTag', operation: 'add', contactTagContact: rl('1'), contactTagTag: rl('brand-new', 'name'), createTag: true },
	{ resource: 'contactTag', operation: 'add', contactTagContact: rl('1'), contactTagTag: rl('1') },
	{ resource: 'contactTag', operation: 'remove', contactTagContact: rl('1'), contactTagTag: rl('customer', 'name') },
	{ resource: 'contactTag', operation: 'remove', contactTagContact: rl('2'), contactTagTag: rl('1') },
	{ resource: 'account', operation: 'create', accountName: 'Spec Inc', accountAdditionalFields: { owner: rl('jdoe', 'name') }, accountCustomFields: { field: [{ field: 'Industry', value: 'Software' }] } },
	{ resource: 'accountContact', operation: 'remove', accountContactContact: rl('1') },
	{ resource: 'accountContact', operation: 'getAll', returnAll: true, accountContactFilters: { account: rl('Bletchley Systems', 'name'), contact: rl('ada.lovelace@example.org', 'email') } },
	{ resource: 'list', operation: 'create', listName: 'Spec', senderUrl: 'https://example.com', senderReminder: 'r', listAdditionalFields: { owner: rl('jdoe', 'name') } },
	{ resource: 'user', operation: 'get', user: rl('admin@sandbox.example.com', 'email') },
	{ resource: 'user', operation: 'get', user: rl('jdoe', 'name') },
];

describeWithShared('every request the node can send is a method and path of the published spec', () => {
	const ac = useSandbox();
	const spec = specOperations();
	const properties = new ActiveCampaign().description.properties as INodeProperties[];
	const resources = (properties.find((property) => property.name === 'resource')?.options ?? []) as INodePropertyOptions[];
	const operations = resources.flatMap((resource) =>
		operationsOf(properties, String(resource.value)).map((operation) => [String(resource.value), operation] as const),
	);

	const allowed = (method: string, path: string) =>
		[...spec, ...DEVIATIONS].some((entry) => entry.method === method && fitsTemplate(path, entry.template));

	async function sentBy(parameters: INodeParameters): Promise<string[]> {
		ac.clearRequests();
		await ac.run(parameters);
		return calls(ac);
	}

	it('enumerates every resource and its operations', () => {
		expect(resources.length).toBeGreaterThanOrEqual(10);
		for (const resource of resources) expect(operationsOf(properties, String(resource.value)).length).toBeGreaterThan(0);
	});

	it.each(DEVIATIONS)('deviation $method $template is served by the real API in recordings', ({ method, template }) => {
		expect(spec.some((entry) => entry.method === method && entry.template === template)).toBe(false);
		const uses = recordedUses().filter((use) => use.method === method && fitsTemplate(use.path, template));
		expect(uses.length).toBeGreaterThan(0);
	});

	it('every record kind (pickers, lookups by name) lists from a GET of the spec', () => {
		const missing = Object.values(RECORD_KINDS)
			.map((kind) => kind.path)
			.filter((path) => !allowed('GET', path));
		expect(missing).toEqual([]);
	});

	describe.each(operations)('%s: %s', (resource, operation) => {
		const selector = properties.find(
			(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
		);
		const option = (selector?.options as INodePropertyOptions[]).find((entry) => entry.value === operation);
		const request = option?.routing?.request;

		it('routes to a method and path of the spec', () => {
			if (!request?.url) return; // built entirely by a preSend: covered by the run below
			const url = String(request.url).replace(/^=/, '').replace(/\{\{[^}]*\}\}/g, 'x').replace(/\{[^}]+\}/g, 'x');
			expect(allowed(String(request.method ?? 'GET'), url) ? 'in spec' : `${String(request.method)} ${url}`).toBe('in spec');
		});

		it('sends only spec requests when run against the sandbox', async () => {
			const sent = await sentBy(sampleParameters(properties, resource, operation));
			expect(sent.filter((call) => !allowed(call.split(' ')[0], call.split(' ')[1]))).toEqual([]);
			if (!request?.url) expect(sent.length).toBeGreaterThan(0);
		});
	});

	it.each(SCENARIOS.map((parameters) => [`${String(parameters.resource)}: ${String(parameters.operation)}`, parameters]))(
		'scenario %s sends only spec requests',
		async (_name, parameters) => {
			const sent = await sentBy(parameters as INodeParameters);
			expect(sent.length).toBeGreaterThan(0);
			expect(sent.filter((call) => !allowed(call.split(' ')[0], call.split(' ')[1]))).toEqual([]);
		},
	);
});
