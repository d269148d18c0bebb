import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { connectionLocator } from '../ecommerceConnection/shared';
import { customerLocator } from '../ecommerceCustomer/shared';
import { orderCurrency, orderOptions, orderProductsParameter, orderSource, totalPrice } from './shared';

const show = showFor('ecommerceOrder', ['create']);

export const ecommerceOrderCreateFields: INodeProperties[] = [
	{ ...connectionLocator('ecommerceOrderConnection', 'The store the order comes from'), displayOptions: show },
	{ ...customerLocator('ecommerceOrderCustomer', 'The e-commerce customer who placed the order, picked from the list or by ID'), displayOptions: show },
	{
		displayName: 'External Order ID',
		name: 'ecommerceOrderExternalId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 3246315233',
		description: 'The ID of the order in the store',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'ecomOrder.externalid' } },
	},
	{
		displayName: 'Email',
		name: 'ecommerceOrderEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description: "The customer's email address",
		displayOptions: show,
	},
	{ ...totalPrice, required: true, displayOptions: show },
	{ ...orderCurrency, displayOptions: show },
	{
		displayName: 'Order Date',
		name: 'externalCreatedDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'When the order was placed in the store',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'ecomOrder.externalCreatedDate' } },
	},
	{ ...orderSource, displayOptions: show },
	{ ...orderProductsParameter, displayOptions: show },
	{
		displayName: 'Additional Fields',
		name: 'ecommerceOrderAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: orderOptions,
	},
];
