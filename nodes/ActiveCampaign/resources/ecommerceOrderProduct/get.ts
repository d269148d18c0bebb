import type { INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/locators/property';
import { showFor } from '../../shared/descriptions';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { orderLocator } from '../ecommerceOrder/shared';

export const ecommerceOrderProductGetFields: INodeProperties[] = [
	{
		...recordLocator({
			name: 'orderProduct',
			displayName: 'Order Product',
			kind: RECORD_KINDS.ecommerceOrderProduct,
			searchListMethod: 'searchEcommerceOrderProducts',
			description: 'The order product (a line of an order), picked from the list or by ID',
		}),
		displayOptions: showFor('ecommerceOrderProduct', ['get']),
	},
	{ ...orderLocator, name: 'ecommerceOrderProductOrder', description: 'The order whose products to list', displayOptions: showFor('ecommerceOrderProduct', ['getByOrder']) },
];
