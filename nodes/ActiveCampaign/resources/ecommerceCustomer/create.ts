import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { connectionLocator } from '../ecommerceConnection/shared';
import { acceptsMarketing } from './shared';

const show = showFor('ecommerceCustomer', ['create']);

export const ecommerceCustomerCreateFields: INodeProperties[] = [
	{ ...connectionLocator('ecommerceCustomerConnection', 'The store the customer belongs to'), displayOptions: show },
	{
		displayName: 'External Customer ID',
		name: 'ecommerceCustomerExternalId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 56789',
		description: 'The ID of the customer in the store',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'ecomCustomer.externalid' } },
	},
	{
		displayName: 'Email',
		name: 'ecommerceCustomerEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description: "The customer's email address (links the customer to the contact with this email)",
		displayOptions: show,
	},
	{
		displayName: 'Additional Fields',
		name: 'ecommerceCustomerAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: [acceptsMarketing],
	},
];
