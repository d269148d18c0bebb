import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { webhookList } from './shared';

const query = (property: string) => ({ send: { type: 'query' as const, property, propertyInDotNotation: false } });

export const webhookGetAllFields: INodeProperties[] = [
	...returnAllAndLimit('webhook', 'getAll'),
	{
		displayName: 'Filters',
		name: 'webhookFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: showFor('webhook', ['getAll']),
		options: [
			{ ...webhookList(), description: 'Only webhooks scoped to this list' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Only webhooks with this name', routing: query('filters[name]') },
			{ displayName: 'URL', name: 'url', type: 'string', default: '', description: 'Only webhooks calling this URL', routing: query('filters[url]') },
		],
	},
];
