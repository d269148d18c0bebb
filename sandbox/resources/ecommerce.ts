/** Deep Data ecommerce: /connections, /ecomCustomers, /ecomOrders (+ products), /ecomOrderProducts. */
import { links, type Ctx } from '../context';
import { findOr404, mount, type ResourceSpec } from '../crud';
import { isBlank, ok, str, unprocessable } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, isoOrNull, parseDate } from '../time';

function required(resource: string, input: Record<string, Json>, fields: string[]): void {
	for (const f of fields)
		if (isBlank(input[f])) throw unprocessable({ title: `The ${resource} ${f} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${f}` });
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
		if (ctx.store.t('connections').find((c) => c.service === str(input.service) && c.externalid === str(input.externalid)))
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
	filters: { service: (r, v) => r.service === v, externalid: (r, v) => r.externalid === v },
	afterDelete(row, ctx) {
		for (const t of ['ecomCustomers', 'ecomOrders'])
			for (const r of ctx.store.t(t).where((x) => x.connectionid === row.id)) ctx.store.t(t).delete(r.id);
	},
};

function customerStats(ctx: Ctx, id: string): Record<string, string> {
	const orders = ctx.store.t('ecomOrders').where((o) => o.customerid === id && o.state !== '2');
	const revenue = orders.reduce((s, o) => s + Number(o.totalPrice), 0);
	const products = orders.reduce((s, o) => s + ctx.store.t('ecomOrderProducts').where((p) => p.orderid === o.id).length, 0);
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
		if (!ctx.store.t('connections').get(str(input.connectionid)))
			throw unprocessable({ title: 'The related connection does not exist.', code: 'related_missing', pointer: '/data/attributes/connectionid' });
		return {
			connectionid: str(input.connectionid),
			externalid: str(input.externalid),
			email: str(input.email),
			acceptsMarketing: str(input.acceptsMarketing, '0'),
		};
	},
	writable: ['externalid', 'email', 'acceptsMarketing'],
	present: (row, ctx, op) => ({
		connectionid: row.connectionid,
		externalid: row.externalid,
		email: row.email,
		...(op === 'create' ? {} : { ...customerStats(ctx, row.id), tstamp: isoDate(row._u) }),
		acceptsMarketing: row.acceptsMarketing,
		links: links(ctx, 'ecomCustomers', row.id, ['connection', 'orders']),
		id: row.id,
		connection: row.connectionid,
	}),
	filters: {
		email: (r, v) => r.email.toLowerCase() === v.toLowerCase(),
		externalid: (r, v) => r.externalid === v,
		connectionid: (r, v) => r.connectionid === v,
	},
};

export function presentOrderProduct(p: Row, ctx: Ctx): Json {
	return {
		externalid: p.externalid,
		name: p.name,
		price: Number(p.price),
		quantity: Number(p.quantity),
		category: p.category,
		sku: p.sku,
		description: p.description,
		imageUrl: p.imageUrl,
		productUrl: p.productUrl,
		orderid: p.orderid,
		links: links(ctx, 'ecomOrderProducts', p.id, ['ecomOrder']),
		id: p.id,
		ecomOrder: p.orderid,
	};
}

function saveProducts(ctx: Ctx, orderId: string, list: Json): void {
	if (!Array.isArray(list)) return;
	for (const p of ctx.store.t('ecomOrderProducts').where((x) => x.orderid === orderId)) ctx.store.t('ecomOrderProducts').delete(p.id);
	for (const p of list) {
		required('orderProduct', p ?? {}, ['name', 'price', 'quantity', 'externalid']);
		const t = ctx.store.now();
		ctx.store.t('ecomOrderProducts').insert({
			_c: t,
			_u: t,
			orderid: orderId,
			externalid: str(p.externalid),
			name: str(p.name),
			price: str(p.price),
			quantity: str(p.quantity),
			category: str(p.category),
			sku: str(p.sku),
			description: str(p.description),
			imageUrl: str(p.imageUrl),
			productUrl: str(p.productUrl),
		});
	}
}

function orderState(input: Record<string, Json>): string {
	if (!isBlank(input.abandonedDate) && isBlank(input.externalid)) return '2';
	if (!isBlank(input.externalcheckoutid) && !isBlank(input.externalid)) return '3';
	return '1';
}

export function presentOrder(row: Row, ctx: Ctx): Json {
	const products = ctx.store.t('ecomOrderProducts').where((p) => p.orderid === row.id);
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
		totalProducts: products.reduce((s, p) => s + Number(p.quantity), 0),
		orderDate: isoOrNull(row._ext),
		tstamp: isoDate(row._u),
		cdate: isoDate(row._c),
		udate: isoDate(row._u),
		orderProducts: products.map((p) => p.id),
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
		if (!ctx.store.t('connections').get(str(input.connectionid)))
			throw unprocessable({ title: 'The related connection does not exist.', code: 'related_missing', pointer: '/data/attributes/connectionid' });
		if (!ctx.store.t('ecomCustomers').get(str(input.customerid)))
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
		for (const k of ['externalid', 'externalcheckoutid', 'source', 'email', 'orderUrl', 'shippingMethod', 'totalPrice', 'shippingAmount', 'taxAmount', 'discountAmount', 'orderNumber'])
			if (input[k] !== undefined) row[k] = str(input[k]);
		if (input.currency !== undefined) row.currency = str(input.currency).toUpperCase();
		if (input.externalUpdatedDate !== undefined) row._extU = parseDate(input.externalUpdatedDate);
		if (input.abandonedDate !== undefined) row._abandoned = parseDate(input.abandonedDate);
		if (!isBlank(row.externalid) && !isBlank(row.externalcheckoutid)) row.state = '3';
	},
	present: (row, ctx) => presentOrder(row, ctx),
	sideload(rows, ctx, op) {
		if (op !== 'create' && op !== 'update') return {};
		const o = rows[0];
		const c = ctx.store.t('connections').get(o.connectionid);
		return {
			connections: c ? [presentConnection(c, ctx)] : [],
			ecomOrderProducts: ctx.store.t('ecomOrderProducts').where((p) => p.orderid === o.id).map((p) => presentOrderProduct(p, ctx)),
			ecomOrderDiscounts: [],
		};
	},
	filters: {
		connectionid: (r, v) => r.connectionid === v,
		externalid: (r, v) => r.externalid === v,
		externalcheckoutid: (r, v) => r.externalcheckoutid === v,
		email: (r, v) => r.email.toLowerCase() === v.toLowerCase(),
		state: (r, v) => r.state === v,
		customerid: (r, v) => r.customerid === v,
		external_created_date: (r, v) => isoOrNull(r._ext)?.slice(0, 10) === v.slice(0, 10),
	},
	orders: {
		connectionid: (r) => Number(r.connectionid),
		externalid: (r) => r.externalid,
		externalcheckoutid: (r) => r.externalcheckoutid,
		email: (r) => str(r.email).toLowerCase(),
		state: (r) => Number(r.state),
		customerid: (r) => Number(r.customerid),
		external_created_date: (r) => r._ext ?? 0,
	},
	afterCreate(row, input, ctx) {
		saveProducts(ctx, row.id, input.orderProducts);
	},
	afterUpdate(row, _b, input, ctx) {
		saveProducts(ctx, row.id, input.orderProducts);
	},
	afterDelete(row, ctx) {
		for (const p of ctx.store.t('ecomOrderProducts').where((x) => x.orderid === row.id)) ctx.store.t('ecomOrderProducts').delete(p.id);
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
		const o = findOr404(orderSpec, ctx, ctx.params.id, 'get');
		const rows = ctx.store.t('ecomOrderProducts').where((p) => p.orderid === o.id);
		return ok({ ecomOrderProducts: rows.map((p) => presentOrderProduct(p, ctx)), meta: { total: String(rows.length) } });
	});
	mount(router, orderProductSpec);
}
