import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { webhookList } from '../webhook/shared';
import { connectionFields } from './shared';

export const ecommerceConnectionUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'ecommerceConnectionUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('ecommerceConnection', ['update']),
		options: [
			connectionFields.externalid,
			connectionFields.linkUrl,
			{ ...webhookList(), description: 'The list new contacts from this store are added to' },
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
];
