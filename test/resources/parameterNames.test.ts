import type { INodeProperties } from 'n8n-workflow';

import { ActiveCampaign } from '../../nodes/ActiveCampaign/ActiveCampaign.node';

/**
 * For every item, n8n's RoutingNode evaluates the value of every top-level property by name, whether or not the
 * property is shown (twice: once for the request, once for the base URL). A name shared by 16 properties has its
 * expressions evaluated 32 times per item. Parameters that can hold per-item values therefore have names of their
 * own; only parameters whose values are fixed choices (options, booleans, numbers) may share a name.
 */
const FIXED_VALUE_TYPES = new Set(['options', 'boolean', 'number', 'notice', 'hidden']);

describe('top-level parameter names', () => {
	const properties = new ActiveCampaign().description.properties;

	it('are unique for every parameter that can hold an expression', () => {
		const byName = new Map<string, INodeProperties[]>();
		for (const property of properties) {
			if (FIXED_VALUE_TYPES.has(property.type)) continue;
			byName.set(property.name, [...(byName.get(property.name) ?? []), property]);
		}
		const shared = [...byName]
			.filter(([, list]) => list.length > 1)
			.map(([name, list]) => {
				const where = list.map((p) => `${String(p.displayOptions?.show?.resource)}.${String(p.displayOptions?.show?.operation)}`);
				return `${name}: ${where.join(' | ')}`;
			});
		expect(shared).toEqual([]);
	});

	it('name each resource operation at most once per name', () => {
		const seen = new Set<string>();
		const repeated: string[] = [];
		for (const property of properties) {
			const resources = (property.displayOptions?.show?.resource ?? []) as string[];
			const operations = (property.displayOptions?.show?.operation ?? ['*']) as string[];
			for (const resource of resources) {
				for (const operation of operations) {
					const key = `${resource}.${operation}.${property.name}`;
					if (seen.has(key)) repeated.push(key);
					seen.add(key);
				}
			}
		}
		expect(repeated).toEqual([]);
	});
});
