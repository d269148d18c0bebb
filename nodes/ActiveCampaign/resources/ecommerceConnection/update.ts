import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { connectionFields, connectionId, connectionList, listInto } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an ecommerce connection',
		description: 'Change a store connection (name, URLs, list, status)',
		routing: singleRoute(
			{ method: 'PUT', url: '/connections/{connection}' },
			{ preSend: [connectionId, listInto('ecommerceConnectionUpdateFields.list')], postReceive: [unwrapRecord('connection')] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'ecommerceConnectionUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				connectionFields.externalid,
				connectionFields.linkUrl,
				connectionList,
				connectionFields.logoUrl,
				connectionFields.name,
				connectionFields.service,
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Connected', value: 1 },
						{ name: 'Error', value: 0 },
					],
					default: 1,
					routing: { send: { type: 'body', property: 'connection.status' } },
				},
				{
					displayName: 'Sync Status',
					name: 'syncStatus',
					type: 'options',
					options: [
						{ name: 'Normal', value: 0 },
						{ name: 'Syncing', value: 1 },
					],
					default: 0,
					routing: { send: { type: 'body', property: 'connection.syncStatus' } },
				},
			],
		},
	],
	simplify: true,
};
