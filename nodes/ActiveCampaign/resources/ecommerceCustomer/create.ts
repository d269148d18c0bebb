import type { OperationDefinition } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { singleRoute } from '../../shared/routing/routes';
import { connectionLocator } from '../ecommerceConnection/shared';
import { acceptsMarketing, customerEmail, customerRevenue } from './shared';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create an ecommerce customer',
		description: 'Add a store customer (linked to the contact with the same email)',
		routing: singleRoute(
			{ method: 'POST', url: '/ecomCustomers' },
			{
				preSend: [
					resolveIds([{ parameter: 'ecommerceCustomerConnection', kind: RECORD_KINDS.ecommerceConnection, bodyPath: 'ecomCustomer.connectionid' }]),
					customerEmail('ecommerceCustomerEmail', true),
				],
				postReceive: [unwrapRecord('ecomCustomer'), customerRevenue],
			},
		),
	},
	fields: [
		connectionLocator('ecommerceCustomerConnection', 'The store the customer belongs to'),
		{
			displayName: 'External Customer ID',
			name: 'ecommerceCustomerExternalId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 56789',
			description: 'The ID of the customer in the store',
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
		},
		{
			displayName: 'Additional Fields',
			name: 'ecommerceCustomerAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [acceptsMarketing],
		},
	],
	simplify: true,
};
