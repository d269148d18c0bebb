import { returnAllAndLimit, type OperationDefinition } from '../../shared/descriptions';
import { unwrapList } from '../../shared/output';
import { listRoute } from '../../shared/routing/routes';
import { listScope, webhookList } from './shared';

const query = (property: string) => ({ send: { type: 'query' as const, property, propertyInDotNotation: false } });

export const getAll: OperationDefinition = {
	option: {
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many webhooks',
		description: 'List webhooks, optionally by name, URL or list',
		routing: listRoute({ method: 'GET', url: '/webhooks' }, { preSend: [listScope('webhookFilters.list', 'query')], postReceive: [unwrapList('webhooks')] }),
	},
	fields: [
		...returnAllAndLimit('webhook', 'getAll'),
		{
			displayName: 'Filters',
			name: 'webhookFilters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{ ...webhookList(), description: 'Only webhooks scoped to this list' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Only webhooks with this name', routing: query('filters[name]') },
				{ displayName: 'URL', name: 'url', type: 'string', default: '', description: 'Only webhooks calling this URL', routing: query('filters[url]') },
			],
		},
	],
	simplify: true,
};
