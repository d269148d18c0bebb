import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { acceptsMarketing, customerEmail, customerId, customerRevenue } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update an ecommerce customer',
		description: "Change a store customer's email, external ID or marketing opt-in",
		routing: singleRoute(
			{ method: 'PUT', url: '/ecomCustomers/{customer}' },
			{ preSend: [customerId, customerEmail('ecommerceCustomerUpdateFields.email', false)], postReceive: [unwrapRecord('ecomCustomer'), customerRevenue] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'ecommerceCustomerUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
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
	],
	simplify: true,
};
