import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { failItem } from '../../shared/errors/failItem';
import { checkEmail } from '../../shared/records/email';
import { optionalRecordId, resolveIds } from '../../shared/locators/read';
import { setBody } from '../../shared/routing/body';
import { addAmounts, CENTS_EXPRESSION, CURRENCY_OPTIONS_UPPER, toCents } from '../../shared/money';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const orderLocator = recordLocator({
	name: 'order',
	displayName: 'Order',
	kind: RECORD_KINDS.ecommerceOrder,
	searchListMethod: 'searchEcommerceOrders',
	description: 'The e-commerce order, picked from the list or by ID',
});

/** The order picker of every operation on one order. */
export const ecommerceOrderSharedFields = [{ ...orderLocator, displayOptions: showFor('ecommerceOrder', ['get', 'update', 'delete']) }];

/** preSend: the picked order's ID into `/ecomOrders/{order}`. */
export const orderId = resolveIds([{ parameter: 'order', kind: RECORD_KINDS.ecommerceOrder }], '/ecomOrders/{order}');

export const orderAmounts = addAmounts(['totalPrice', 'shippingAmount', 'taxAmount', 'discountAmount']);

export const orderBody = (property: string, value?: string) => ({ send: { type: 'body' as const, property: `ecomOrder.${property}`, ...(value ? { value } : {}) } });
const amount = (name: string, displayName: string, property: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	description: `${description} as an amount, e.g. 49.99 (sent in cents)`,
	routing: orderBody(property, CENTS_EXPRESSION),
});

export const orderCurrency: INodeProperties = {
	displayName: 'Currency',
	name: 'orderCurrency',
	type: 'options',
	options: CURRENCY_OPTIONS_UPPER,
	default: 'USD',
	routing: orderBody('currency', '={{ String($value).toUpperCase() }}'),
};

export const totalPrice = amount('totalPrice', 'Total Price', 'totalPrice', 'The order total');

/** Options shared by create (Additional Fields) and update (Update Fields). */
export const orderOptions: INodeProperties[] = [
	{
		displayName: 'Abandoned Date',
		name: 'abandonedDate',
		type: 'dateTime',
		default: '',
		description: 'For abandoned carts: when the cart was abandoned',
		routing: orderBody('abandonedDate'),
	},
	amount('discountAmount', 'Discount Amount', 'discountAmount', 'The discount'),
	{
		displayName: 'External Checkout ID',
		name: 'externalcheckoutid',
		type: 'string',
		default: '',
		description: 'For carts: the ID of the cart/checkout in the store',
		routing: orderBody('externalcheckoutid'),
	},
	{ displayName: 'External Updated Date', name: 'externalUpdatedDate', type: 'dateTime', default: '', routing: orderBody('externalUpdatedDate') },
	{ displayName: 'Order Number', name: 'orderNumber', type: 'string', default: '', description: 'The order number shown to the customer', routing: orderBody('orderNumber') },
	{ displayName: 'Order URL', name: 'orderUrl', type: 'string', default: '', placeholder: 'https://example.com/orders/1001', routing: orderBody('orderUrl') },
	amount('shippingAmount', 'Shipping Amount', 'shippingAmount', 'The shipping cost'),
	{ displayName: 'Shipping Method', name: 'shippingMethod', type: 'string', default: '', placeholder: 'e.g. UPS Ground', routing: orderBody('shippingMethod') },
	amount('taxAmount', 'Tax Amount', 'taxAmount', 'The tax'),
];

export const orderProductsParameter: INodeProperties = {
	displayName: 'Products',
	name: 'orderProducts',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Product',
	default: {},
	description: 'The products of the order; prices are amounts (e.g. 49.00) sent in cents',
	options: [
		{
			displayName: 'Product',
			name: 'product',
			values: [
				{ displayName: 'Category', name: 'category', type: 'string', default: '' },
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{ displayName: 'External Product ID', name: 'externalid', type: 'string', default: '', description: 'The ID of the product in the store' },
				{ displayName: 'Image URL', name: 'imageUrl', type: 'string', default: '' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'Price', name: 'price', type: 'number', typeOptions: { minValue: 0, numberPrecision: 2 }, default: 0, description: 'Unit price as an amount, e.g. 49.00' },
				{ displayName: 'Product URL', name: 'productUrl', type: 'string', default: '' },
				{ displayName: 'Quantity', name: 'quantity', type: 'number', typeOptions: { minValue: 1 }, default: 1 },
				{ displayName: 'SKU', name: 'sku', type: 'string', default: '' },
			],
		},
	],
};

/** Where create (top level) and update (inside Update Fields) keep the order's relations, email and products. */
const ORDER_PARAMETERS = {
	create: {
		connection: 'ecommerceOrderConnection',
		customer: 'ecommerceOrderCustomer',
		email: 'ecommerceOrderEmail',
		orderProducts: 'orderProducts',
	},
	update: {
		connection: 'ecommerceOrderUpdateFields.connection',
		customer: 'ecommerceOrderUpdateFields.customer',
		email: 'ecommerceOrderUpdateFields.email',
		orderProducts: 'ecommerceOrderUpdateFields.orderProducts',
	},
} as const;

/** preSend: connection, customer and email checks, and the products with prices in cents. */
export function orderRelations(operation: 'create' | 'update') {
	const at = ORDER_PARAMETERS[operation];
	const create = operation === 'create';
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const connectionid = await optionalRecordId(this, at.connection, RECORD_KINDS.ecommerceConnection);
		const customerid = await optionalRecordId(this, at.customer, RECORD_KINDS.ecommerceCustomer);
		if (create && !connectionid) failItem(this, 'The connection is required', 'Choose the store the order comes from (field "Connection").');
		if (create && !customerid) failItem(this, 'The customer is required', 'Choose the e-commerce customer who placed the order (field "Customer").');
		const emailRaw = this.getNodeParameter(at.email, '') as string;
		const email = create || emailRaw ? checkEmail(this, emailRaw, 'Email') : undefined;
		const given = this.getNodeParameter(at.orderProducts, {}) as IDataObject;
		const rows = (given.product as IDataObject[] | undefined) ?? [];
		const orderProducts = rows.map((row, index) => {
			for (const key of ['name', 'externalid']) {
				if (!String(row[key] ?? '').trim()) failItem(this, `Product ${index + 1} has no ${key === 'name' ? 'name' : 'external product ID'}`, 'Each product needs a name, an external product ID, a price and a quantity.');
			}
			const product: IDataObject = { ...row, price: toCents(row.price ?? 0), quantity: Number(row.quantity ?? 1) };
			for (const key of Object.keys(product)) if (product[key] === '') delete product[key];
			return product;
		});
		setBody(requestOptions, 'ecomOrder', {
			connectionid,
			customerid,
			email,
			orderProducts: orderProducts.length ? orderProducts : undefined,
		});
		return requestOptions;
	};
}
