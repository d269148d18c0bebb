import type { INodeExecutionData, INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ActiveCampaign } from '../../nodes/ActiveCampaign/ActiveCampaign.node';
import { RECORD_KINDS, type RecordKind } from '../../nodes/ActiveCampaign/shared/records/kinds';
import { calls, rl } from '../helpers/requests';
import { useSandbox } from '../helpers/sandbox';
import { describeWithShared } from '../helpers/shared';
import { documentedQuery, fitsTemplate, recordedUses, specOperations, specQueryParameters, templateFor, TRACKCMP_PREFIX, trackcmpOperations, type SpecOperation } from './openapi';
import { filterScenarios, operationsOf, sampleParameters } from './parameters';

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
	{
		method: 'GET',
		template: '/deals/{id}/notes',
		reason: "Note > Get Many of one deal (FACTS §2: GET /notes documents no filters). Real deal records link it as links.notes; every note returned is checked to be on the deal.",
	},
	{
		method: 'GET',
		template: '/accounts/{id}/notes',
		reason: "Note > Get Many of one account, as above. Real account records link it as links.notes; every note returned is checked to be on the account.",
	},
	{
		method: 'GET',
		template: '/deals/{id}/contactDeals',
		reason: "Deal Contact > Get Many (FACTS §2: GET /contactDeals documents no filters). Real deal records link it as links.contactDeals; every link returned is checked to be of the deal.",
	},
];

/**
 * Query parameters the node sends although the spec (or FACTS.md) does not list them for that path. Each is safe only
 * because the node checks every returned record itself (FACTS §2: an undocumented filter may be ignored).
 */
const VERIFIED_UNDOCUMENTED: Array<{ request: string; parameter: string; how: string }> = [
	{ request: 'GET /dealTasktypes', parameter: 'filters[title]', how: 'lookup by name (findRecordByName): the title is compared exactly, all pages read' },
];

/**
 * Undocumented query parameters still sent by operations outside issue #12's files, whose results are NOT yet checked
 * record by record: reported in the issue, printed by the test below. Kept here so that a new one fails the test.
 */
const NOT_YET_VERIFIED: Array<{ request: string; parameter: string; sentBy: string }> = [];

/**
 * Operations whose routing has no URL: they build their requests at run time (a custom operation of the node, or a
 * preSend). The static check cannot read their path, so each must be listed here, and its run below must send at
 * least one request, every one of the spec.
 */
const BUILT_AT_RUN_TIME: Record<string, string> = {
	'contact.importMany':
		'custom operation (all items at once): /contact/sync below 10 items, else /import/bulk_import, /import/info and /contacts (see the bulk scenario below)',
	'event.track':
		"a preSend builds it from the credential: POST /event, form-encoded, on ActiveCampaign's event-tracking host (trackcmp.net, its own spec; the sandbox serves it under /trackcmp)",
};

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
	{ resource: 'event', operation: 'delete', eventDeleteName: rl('__redir', 'name') },
];

describeWithShared('every request the node can send is a method and path of the published spec', () => {
	const ac = useSandbox();
	const spec = specOperations();
	const node = new ActiveCampaign();
	const properties = node.description.properties as INodeProperties[];
	const resources = (properties.find((property) => property.name === 'resource')?.options ?? []) as INodePropertyOptions[];
	const operations = resources.flatMap((resource) =>
		operationsOf(properties, String(resource.value)).map((operation) => [String(resource.value), operation] as const),
	);

	const trackcmp = trackcmpOperations();
	const allowed = (method: string, path: string) =>
		path.startsWith(`${TRACKCMP_PREFIX}/`)
			? trackcmp.some((entry) => entry.method === method && fitsTemplate(path.slice(TRACKCMP_PREFIX.length), entry.template))
			: [...spec, ...DEVIATIONS].some((entry) => entry.method === method && fitsTemplate(path, entry.template));

	const specQuery = specQueryParameters();
	const templates = [...specQuery.keys(), ...DEVIATIONS.map((entry) => `${entry.method} ${entry.template}`)];
	/** "GET /deals filters[owner]" -> the operations that sent it. */
	const queryNames = new Map<string, Set<string>>();

	async function sentBy(parameters: INodeParameters, input?: INodeExecutionData[]): Promise<string[]> {
		ac.clearRequests();
		await ac.run(parameters, { input });
		for (const request of ac.sandbox.requests) {
			const path = request.path.replace(/^\/api\/3/, '');
			const template = templateFor(request.method, path, templates) ?? path;
			for (const name of Object.keys(request.query)) {
				const key = `${request.method} ${template} ${name}`;
				if (!queryNames.has(key)) queryNames.set(key, new Set());
				queryNames.get(key)!.add(`${String(parameters.resource)}.${String(parameters.operation)}`);
			}
		}
		return calls(ac);
	}

	it('enumerates every resource and its operations', () => {
		expect(resources.length).toBeGreaterThanOrEqual(10);
		for (const resource of resources) expect(operationsOf(properties, String(resource.value)).length).toBeGreaterThan(0);
	});

	it('lists as built at run time only operations that exist and have no URL', () => {
		const withoutUrl = operations
			.filter(([resource, operation]) => {
				const selector = properties.find((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource));
				const option = (selector?.options as INodePropertyOptions[]).find((entry) => entry.value === operation);
				return !option?.routing?.request?.url;
			})
			.map(([resource, operation]) => `${resource}.${operation}`);
		expect(Object.keys(BUILT_AT_RUN_TIME).sort()).toEqual(withoutUrl.sort());
	});

	it.each(DEVIATIONS)('deviation $method $template is served by the real API in recordings', ({ method, template }) => {
		expect(spec.some((entry) => entry.method === method && entry.template === template)).toBe(false);
		const uses = recordedUses().filter((use) => use.method === method && fitsTemplate(use.path, template));
		expect(uses.length).toBeGreaterThan(0);
	});

	it('every record kind (pickers, lookups by name) lists from a GET of the spec', () => {
		// Kinds only named in error messages have nameField `id` and no search method: nothing lists them.
		const listed = Object.values(RECORD_KINDS).filter((kind: RecordKind) => kind.searchMethod !== undefined || kind.nameField !== 'id');
		expect(listed.length).toBeGreaterThan(20);
		const missing = listed.map((kind) => kind.path).filter((path) => !allowed('GET', path));
		expect(missing).toEqual([]);
	});

	describe.each(operations)('%s: %s', (resource, operation) => {
		const selector = properties.find(
			(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
		);
		const option = (selector?.options as INodePropertyOptions[]).find((entry) => entry.value === operation);
		const request = option?.routing?.request;

		if (request?.url) {
			it('routes to a method and path of the spec', () => {
				const url = String(request.url).replace(/^=/, '').replace(/\{\{[^}]*\}\}/g, 'x').replace(/\{[^}]+\}/g, 'x');
				expect(allowed(String(request.method ?? 'GET'), url) ? 'in spec' : `${String(request.method)} ${url}`).toBe('in spec');
			});
		} else {
			it('has no URL: listed as built at run time, by a custom operation or a preSend', () => {
				expect(Object.keys(BUILT_AT_RUN_TIME)).toContain(`${resource}.${operation}`);
				const custom = node.customOperations?.[resource]?.[operation];
				const preSend = option?.routing?.send?.preSend ?? [];
				expect(typeof custom === 'function' || preSend.length > 0).toBe(true);
			});
		}

		it('sends at least one request when run against the sandbox, and only spec requests', async () => {
			const sent = await sentBy(sampleParameters(properties, resource, operation));
			expect(sent.length).toBeGreaterThan(0);
			expect(sent.filter((call) => !allowed(call.split(' ')[0], call.split(' ')[1]))).toEqual([]);
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

	it('every Get Many filter, one at a time, sends only spec requests', async () => {
		const scenarios = filterScenarios(properties);
		expect(scenarios.length).toBeGreaterThan(40);
		const sentNothing: string[] = [];
		for (const parameters of scenarios) {
			const sent = await sentBy(parameters);
			if (sent.length === 0) sentNothing.push(JSON.stringify(parameters));
			expect(sent.filter((call) => !allowed(call.split(' ')[0], call.split(' ')[1]))).toEqual([]);
		}
		// A scenario that sent nothing checked nothing.
		expect(sentNothing).toEqual([]);
	});

	it('Create or Update Many (bulk import, created and updated contacts) sends only spec requests', async () => {
		const existing = ac.sandbox.store.table('contacts').all().slice(0, 6).map((row) => String(row.email));
		const emails = [...existing, ...Array.from({ length: 6 }, (_, i) => `spec.bulk.${i}@example.com`)];
		const sent = await sentBy(
			{ resource: 'contact', operation: 'importMany', importEmail: '={{ $json.email }}' },
			emails.map((email) => ({ json: { email } })),
		);
		expect(sent).toContain('POST /import/bulk_import');
		expect(sent.filter((call) => !allowed(call.split(' ')[0], call.split(' ')[1]))).toEqual([]);
	});

	// Declared last, so it runs last: by now every operation, scenario and filter above has been sent.
	describe('query parameters', () => {
		it('every query parameter sent is documented for its path, or the node checks the records it gets back', () => {
			expect(queryNames.size).toBeGreaterThan(20);
			const undocumented = [...queryNames.entries()]
				.map(([key, senders]) => {
					const [method, template, name] = key.split(' ');
					return { method, template, name, senders: [...senders].sort().join(', ') };
				})
				.filter(({ method, template, name }) => !documentedQuery(method, templates.includes(`${method} ${template}`) ? template : undefined, name, specQuery));
			const line = ({ method, template, name, senders }: (typeof undocumented)[number]) => `${method} ${template} ${name} (sent by ${senders})`;
			const verified = (entry: (typeof undocumented)[number]) =>
				VERIFIED_UNDOCUMENTED.some((v) => v.request === `${entry.method} ${entry.template}` && v.parameter === entry.name);
			const reported = (entry: (typeof undocumented)[number]) =>
				NOT_YET_VERIFIED.some((v) => v.request === `${entry.method} ${entry.template}` && v.parameter === entry.name);
			// The list the issue asks for: undocumented parameters the node still sends.
			console.log(`Undocumented query parameters still sent:\n${undocumented.map((entry) => `- ${line(entry)}${verified(entry) ? ' [records checked]' : ''}`).join('\n') || '(none)'}`);
			expect(undocumented.filter((entry) => !verified(entry) && !reported(entry)).map(line)).toEqual([]);
		});
	});
});
