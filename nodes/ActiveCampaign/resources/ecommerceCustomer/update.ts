import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { acceptsMarketing } from './shared';

export const ecommerceCustomerUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'ecommerceCustomerUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('ecommerceCustomer', ['update']),
		options: [
			acceptsMarketing,
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
			{
				displayName: 'External Customer ID',
				name: 'externalid',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'ecomCustomer.externalid' } },
			},
		],
	},
];
