import type { INodeType } from 'n8n-workflow';

import { ActiveCampaign } from '../nodes/ActiveCampaign/ActiveCampaign.node';
import { ActiveCampaignPollingTrigger } from '../nodes/ActiveCampaignPollingTrigger/ActiveCampaignPollingTrigger.node';
import { ActiveCampaignTrigger } from '../nodes/ActiveCampaignTrigger/ActiveCampaignTrigger.node';

type MethodKind = 'listSearch' | 'loadOptions';

/** The key that names a method of each kind in a parameter's typeOptions (a resource locator mode's too). */
const KEYS: Record<string, MethodKind> = { searchListMethod: 'listSearch', loadOptionsMethod: 'loadOptions' };

interface MethodReference {
	kind: MethodKind;
	method: string;
	/** Where in the description: `properties.dealStage.modes.list`, `properties.dealFilters.options.stage`... */
	where: string;
}

/**
 * Every method the description names, wherever: top-level parameters, options of collections, values of
 * fixedCollections, modes of resource locators, at any depth.
 */
function methodReferences(value: unknown, where: string, found: MethodReference[] = []): MethodReference[] {
	if (Array.isArray(value)) {
		for (const entry of value) {
			const name = (entry as { name?: unknown } | null)?.name;
			methodReferences(entry, typeof name === 'string' ? `${where}.${name}` : where, found);
		}
	} else if (value !== null && typeof value === 'object') {
		for (const [key, inner] of Object.entries(value)) {
			if (key in KEYS && typeof inner === 'string') found.push({ kind: KEYS[key], method: inner, where });
			else methodReferences(inner, key === 'typeOptions' ? where : `${where}.${key}`, found);
		}
	}
	return found;
}

const NODES: Array<[string, INodeType, { atLeast: Partial<Record<MethodKind, string[]>> }]> = [
	['ActiveCampaign', new ActiveCampaign(), { atLeast: { listSearch: ['searchContacts', 'searchStages'], loadOptions: ['getContactCustomFields', 'getDealCustomFields'] } }],
	['ActiveCampaign Trigger', new ActiveCampaignTrigger(), { atLeast: { listSearch: ['searchLists'], loadOptions: ['getEvents'] } }],
	['ActiveCampaign Polling Trigger', new ActiveCampaignPollingTrigger(), { atLeast: {} }],
];

describe.each(NODES)('%s: methods named by the description', (_name, node, { atLeast }) => {
	const references = methodReferences(node.description.properties, 'properties');
	const methods = (node.methods ?? {}) as Partial<Record<MethodKind, Record<string, unknown>>>;

	it('finds the methods it must (the walk reaches nested collections and locator modes)', () => {
		for (const kind of ['listSearch', 'loadOptions'] as const) {
			const named = new Set(references.filter((reference) => reference.kind === kind).map((reference) => reference.method));
			expect([...named]).toEqual(expect.arrayContaining(atLeast[kind] ?? []));
		}
	});

	it('every searchListMethod and loadOptionsMethod exists in methods.listSearch / methods.loadOptions', () => {
		const missing = references
			.filter((reference) => typeof methods[reference.kind]?.[reference.method] !== 'function')
			.map((reference) => `${reference.kind}.${reference.method} (named at ${reference.where})`);
		expect(missing).toEqual([]);
	});

	it('every method of methods.listSearch / methods.loadOptions is named by some parameter', () => {
		const unused = (['listSearch', 'loadOptions'] as const).flatMap((kind) =>
			Object.keys(methods[kind] ?? {})
				.filter((method) => !references.some((reference) => reference.kind === kind && reference.method === method))
				.map((method) => `${kind}.${method}`),
		);
		expect(unused).toEqual([]);
	});
});

describe('the description walk', () => {
	it('reaches methods in collections, fixedCollections and resource locator modes', () => {
		const found = methodReferences(
			[
				{ name: 'top', type: 'options', typeOptions: { loadOptionsMethod: 'a' } },
				{ name: 'filters', type: 'collection', options: [{ name: 'inner', type: 'multiOptions', typeOptions: { loadOptionsMethod: 'b' } }] },
				{
					name: 'rows',
					type: 'fixedCollection',
					options: [{ name: 'row', values: [{ name: 'field', type: 'options', typeOptions: { loadOptionsMethod: 'c' } }] }],
				},
				{ name: 'record', type: 'resourceLocator', modes: [{ name: 'list', type: 'list', typeOptions: { searchListMethod: 'd' } }, { name: 'id', type: 'string' }] },
			],
			'properties',
		);
		expect(found.map(({ kind, method }) => `${kind}.${method}`)).toEqual(['loadOptions.a', 'loadOptions.b', 'loadOptions.c', 'listSearch.d']);
		expect(found.map(({ where }) => where)).toEqual([
			'properties.top',
			'properties.filters.options.inner',
			'properties.rows.options.row.values.field',
			'properties.record.modes.list',
		]);
	});
});
