/** Deep Data ecommerce: /connections, /ecomCustomers, /ecomOrders (+ products), /ecomOrderProducts. */
import { links, type Ctx } from '../context';
import { findOr404, mount, type ResourceSpec } from '../crud';
import { isBlank, ok, str, unprocessable } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, isoOrNull, parseDate } from '../time';

function required(resource: string, input: Record<string, Json>, fields: string[]): void {
	for (const field of fields)
		if (isBlank(input[field])) throw unprocessable({ title: `The ${resource} ${field} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${field}` });
}

export function presentConnection(row: Row, ctx: Ctx): Json {
	return {
		service: row.service,
		externalid: row.externalid,
		name: row.name,
		isInternal: '0',
		connectionType: 'ecommerce',
		status: row.status,
		syncStatus: row.syncStatus,
		sync_request_time: null,
		sync_start_time: null,
		lastSync: null,
		logoUrl: row.logoUrl,
		linkUrl: row.linkUrl,
		listId: row.listId,
		cdate: isoDate(row._c),
		udate: isoDate(row._u),
		credentialExpiration: null,
		links: links(ctx, 'connections', row.id, ['options', 'customers']),
		id: row.id,
		serviceName: row.service,
	};
}

export const connectionSpec: ResourceSpec = {
	table: 'connections',
	singular: 'connection',
	model: 'Connection',
	createStatus: 200,
	build(input, ctx) {
		required('connection', input, ['service', 'externalid', 'name', 'logoUrl', 'linkUrl']);
		if (ctx.store.table('connections').find((connection) => connection.service === str(input.service) && connection.externalid === str(input.externalid)))
			throw unprocessable({ title: 'A connection with this service and externalid already exists.', code: 'duplicate', pointer: '/data/attributes/externalid' });
		return {
			service: str(input.service),
			externalid: str(input.externalid),
			name: str(input.name),
			logoUrl: str(input.logoUrl),
			linkUrl: str(input.linkUrl),
			listId: str(input.listId, '0'),
			status: '1',
			syncStatus: '0',
		};
	},
	writable: ['service', 'externalid', 'name', 'logoUrl', 'linkUrl', 'listId', 'status', 'syncStatus'],
	present: (row, ctx) => presentConnection(row, ctx),
	filters: { service: (row, value) => row.service === value, externalid: (row, value) => row.externalid === value },
	afterDelete(row, ctx) {
		for (const table of ['ecomCustomers', 'ecomOrders'])
			for (const dependent of ctx.store.table(table).where((dependent) => dependent.connectionid === row.id)) ctx.store.table(table).delete(dependent.id);
	},
};

function customerStats(ctx: Ctx, id: string): Record<string, string> {
	const orders = ctx.store.table('ecomOrders').where((order) => order.customerid === id && order.state !== '2');
	const revenue = orders.reduce((sum, order) => sum + Number(order.totalPrice), 0);
	const products = orders.reduce((sum, order) => sum + ctx.store.table('ecomOrderProducts').where((product) => product.orderid === order.id).length, 0);
	return {
		totalRevenue: String(revenue),
		totalOrders: String(orders.length),
		totalProducts: String(products),
		avgRevenuePerOrder: String(orders.length ? Math.round(revenue / orders.length) : 0),
		avgProductCategory: '',
	};
}

export const customerSpec: ResourceSpec = {
	table: 'ecomCustomers',
	singular: 'ecomCustomer',
	model: 'EcomCustomer',
	build(input, ctx) {
		required('ecomCustomer', input, ['connectionid', 'externalid', 'email']);
		if (!ctx.store.table('connections').get(str(input.connectionid)))
			throw unprocessable({ title: 'The related connection does not exist.', code: 'related_missing', pointer: '/data/attributes/connectionid' });
		return {
			connectionid: str(input.connectionid),
			externalid: str(input.externalid),
			email: str(input.email),
			acceptsMarketing: str(input.acceptsMarketing, '0'),
		};
	},
	writable: ['externalid', 'email', 'acceptsMarketing'],
	present: (row, ctx, operation) => ({
		connectionid: row.connectionid,
		externalid: row.externalid,
		email: row.email,
		...(operation === 'create' ? {} : { ...customerStats(ctx, row.id), tstamp: isoDate(row._u) }),
		acceptsMarketing: row.acceptsMarketing,
		links: links(ctx, 'ecomCustomers', row.id, ['connection', 'orders']),
		id: row.id,
		connection: row.connectionid,
	}),
	filters: {
		email: (row, value) => row.email.toLowerCase() === value.toLowerCase(),
		externalid: (row, value) => row.externalid === value,
		connectionid: (row, value) => row.connectionid === value,
	},
};

export function presentOrderProduct(product: Row, ctx: Ctx): Json {
	return {
		externalid: product.externalid,
		name: product.name,
		price: Number(product.price),
		quantity: Number(product.quantity),
		category: product.category,
		sku: product.sku,
		description: product.description,
		imageUrl: product.imageUrl,
		productUrl: product.productUrl,
		orderid: product.orderid,
		links: links(ctx, 'ecomOrderProducts', product.id, ['ecomOrder']),
		id: product.id,
		ecomOrder: product.orderid,
	};
}

function saveProducts(ctx: Ctx, orderId: string, list: Json): void {
	if (!Array.isArray(list)) return;
	for (const product of ctx.store.table('ecomOrderProducts').where((product) => product.orderid === orderId)) ctx.store.table('ecomOrderProducts').delete(product.id);
	for (const item of list) {
		required('orderProduct', item ?? {}, ['name', 'price', 'quantity', 'externalid']);
		const now = ctx.store.now();
		ctx.store.table('ecomOrderProducts').insert({
			_c: now,
			_u: now,
			orderid: orderId,
			externalid: str(item.externalid),
			name: str(item.name),
			price: str(item.price),
			quantity: str(item.quantity),
			category: str(item.category),
			sku: str(item.sku),
			description: str(item.description),
			imageUrl: str(item.imageUrl),
			productUrl: str(item.productUrl),
		});
	}
}

function orderState(input: Record<string, Json>): string {
	if (!isBlank(input.abandonedDate) && isBlank(input.externalid)) return '2';
	if (!isBlank(input.externalcheckoutid) && !isBlank(input.externalid)) return '3';
	return '1';
}

export function presentOrder(row: Row, ctx: Ctx): Json {
	const products = ctx.store.table('ecomOrderProducts').where((product) => product.orderid === row.id);
	return {
		externalid: row.externalid,
		externalcheckoutid: row.externalcheckoutid,
		source: row.source,
		email: row.email,
		currency: row.currency,
		connectionid: row.connectionid,
		customerid: row.customerid,
		orderUrl: row.orderUrl,
		shippingMethod: row.shippingMethod,
		totalPrice: Number(row.totalPrice),
		shippingAmount: Number(row.shippingAmount),
		taxAmount: Number(row.taxAmount),
		discountAmount: Number(row.discountAmount),
		externalCreatedDate: isoOrNull(row._ext),
		externalUpdatedDate: isoOrNull(row._extU),
		abandonedDate: isoOrNull(row._abandoned),
		orderNumber: row.orderNumber,
		state: row.state,
		totalProducts: products.reduce((sum, product) => sum + Number(product.quantity), 0),
		orderDate: isoOrNull(row._ext),
		tstamp: isoDate(row._u),
		cdate: isoDate(row._c),
		udate: isoDate(row._u),
		orderProducts: products.map((product) => product.id),
		orderDiscounts: [],
		links: links(ctx, 'ecomOrders', row.id, ['connection', 'customer', 'orderProducts', 'orderDiscounts']),
		id: row.id,
		connection: row.connectionid,
		customer: row.customerid,
	};
}

export const orderSpec: ResourceSpec = {
	table: 'ecomOrders',
	singular: 'ecomOrder',
	model: 'EcomOrder',
	build(input, ctx) {
		if (isBlank(input.externalid) && isBlank(input.externalcheckoutid))
			throw unprocessable({ title: 'The ecomOrder externalid was not provided.', code: 'field_missing', pointer: '/data/attributes/externalid' });
		required('ecomOrder', input, ['source', 'email', 'totalPrice', 'currency', 'connectionid', 'customerid', 'externalCreatedDate']);
		if (!isBlank(input.externalcheckoutid) && isBlank(input.externalid) && isBlank(input.abandonedDate))
			throw unprocessable({ title: 'The ecomOrder abandonedDate was not provided.', code: 'field_missing', pointer: '/data/attributes/abandonedDate' });
		if (!ctx.store.table('connections').get(str(input.connectionid)))
			throw unprocessable({ title: 'The related connection does not exist.', code: 'related_missing', pointer: '/data/attributes/connectionid' });
		if (!ctx.store.table('ecomCustomers').get(str(input.customerid)))
			throw unprocessable({ title: 'The related customer does not exist.', code: 'related_missing', pointer: '/data/attributes/customerid' });
		return {
			externalid: input.externalid === undefined ? null : str(input.externalid),
			externalcheckoutid: input.externalcheckoutid === undefined ? null : str(input.externalcheckoutid),
			source: str(input.source),
			email: str(input.email),
			currency: str(input.currency).toUpperCase(),
			connectionid: str(input.connectionid),
			customerid: str(input.customerid),
			orderUrl: str(input.orderUrl),
			shippingMethod: str(input.shippingMethod),
			totalPrice: str(input.totalPrice, '0'),
			shippingAmount: str(input.shippingAmount, '0'),
			taxAmount: str(input.taxAmount, '0'),
			discountAmount: str(input.discountAmount, '0'),
			orderNumber: str(input.orderNumber),
			_ext: parseDate(input.externalCreatedDate),
			_extU: parseDate(input.externalUpdatedDate),
			_abandoned: parseDate(input.abandonedDate),
			state: orderState(input),
		};
	},
	apply(row, input) {
		for (const key of ['externalid', 'externalcheckoutid', 'source', 'email', 'orderUrl', 'shippingMethod', 'totalPrice', 'shippingAmount', 'taxAmount', 'discountAmount', 'orderNumber'])
			if (input[key] !== undefined) row[key] = str(input[key]);
		if (input.currency !== undefined) row.currency = str(input.currency).toUpperCase();
		if (input.externalUpdatedDate !== undefined) row._extU = parseDate(input.externalUpdatedDate);
		if (input.abandonedDate !== undefined) row._abandoned = parseDate(input.abandonedDate);
		if (!isBlank(row.externalid) && !isBlank(row.externalcheckoutid)) row.state = '3';
	},
	present: (row, ctx) => presentOrder(row, ctx),
	sideload(rows, ctx, operation) {
		if (operation !== 'create' && operation !== 'update') return {};
		const order = rows[0];
		const connection = ctx.store.table('connections').get(order.connectionid);
		return {
			connections: connection ? [presentConnection(connection, ctx)] : [],
			ecomOrderProducts: ctx.store.table('ecomOrderProducts').where((product) => product.orderid === order.id).map((product) => presentOrderProduct(product, ctx)),
			ecomOrderDiscounts: [],
		};
	},
	filters: {
		connectionid: (row, value) => row.connectionid === value,
		externalid: (row, value) => row.externalid === value,
		externalcheckoutid: (row, value) => row.externalcheckoutid === value,
		email: (row, value) => row.email.toLowerCase() === value.toLowerCase(),
		state: (row, value) => row.state === value,
		customerid: (row, value) => row.customerid === value,
		external_created_date: (row, value) => isoOrNull(row._ext)?.slice(0, 10) === value.slice(0, 10),
	},
	orders: {
		connectionid: (row) => Number(row.connectionid),
		externalid: (row) => row.externalid,
		externalcheckoutid: (row) => row.externalcheckoutid,
		email: (row) => str(row.email).toLowerCase(),
		state: (row) => Number(row.state),
		customerid: (row) => Number(row.customerid),
		external_created_date: (row) => row._ext ?? 0,
	},
	afterCreate(row, input, ctx) {
		saveProducts(ctx, row.id, input.orderProducts);
	},
	afterUpdate(row, _before, input, ctx) {
		saveProducts(ctx, row.id, input.orderProducts);
	},
	afterDelete(row, ctx) {
		for (const product of ctx.store.table('ecomOrderProducts').where((product) => product.orderid === row.id)) ctx.store.table('ecomOrderProducts').delete(product.id);
	},
};

export const orderProductSpec: ResourceSpec = {
	table: 'ecomOrderProducts',
	singular: 'ecomOrderProduct',
	model: 'EcomOrderProduct',
	ops: ['list', 'get'],
	build() {
		throw unprocessable({ title: 'Order products are created through ecomOrders.', code: 'field_invalid' });
	},
	present: (row, ctx) => presentOrderProduct(row, ctx),
};

export function mountEcommerce(router: Router): void {
	mount(router, connectionSpec);
	mount(router, customerSpec);
	mount(router, orderSpec);
	router.add('GET', '/ecomOrders/:id/orderProducts', (ctx) => {
		const order = findOr404(orderSpec, ctx, ctx.params.id, 'get');
		const rows = ctx.store.table('ecomOrderProducts').where((product) => product.orderid === order.id);
		return ok({ ecomOrderProducts: rows.map((product) => presentOrderProduct(product, ctx)), meta: { total: String(rows.length) } });
	});
	mount(router, orderProductSpec);
}
