/** Forms (read mostly; seeded). */
import { links, type Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { isBlank, str, unprocessable } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate } from '../time';

export function presentForm(row: Row, ctx: Ctx, operation: string): Json {
	const contacts = ctx.store.table('contacts').where((contact) => contact._formid === row.id).length;
	return {
		name: row.name,
		action: '',
		actiondata: {},
		submit: 'show-thank-you',
		submitdata: {},
		url: null,
		layout: 'inline-form',
		title: null,
		body: null,
		button: 'Submit',
		thanks: 'Thanks for signing up!',
		style: {},
		options: { useBgColor: true, useBgImage: false },
		cfields: [
			{ type: 'header', header: row.name },
			{ type: 'email', header: 'Email', required: true },
			{ type: 'button', header: 'Submit' },
		],
		parentformid: '0',
		userid: '1',
		addressid: '0',
		cdate: isoDate(row._c),
		udate: isoDate(row._u),
		source: 'builder',
		aid: null,
		...(operation === 'list'
			? { defaultscreenshot: '//img-us1.com/default-form.gif', recent: [], contacts, deals: 0, entries: contacts }
			: { entries: String(contacts) }),
		links: links(ctx, 'forms', row.id, ['address']),
		id: row.id,
		address: null,
	};
}

export const formSpec: ResourceSpec = {
	table: 'forms',
	singular: 'form',
	model: 'Form',
	notFoundStatus: { get: 403 },
	createStatus: 200,
	build(input) {
		if (isBlank(input.name)) throw unprocessable({ title: 'The form name was not provided.', code: 'field_missing', pointer: '/data/attributes/name' });
		return { name: str(input.name) };
	},
	writable: ['name'],
	present: (row, ctx, operation) => presentForm(row, ctx, operation),
};

export function mountForms(router: Router): void {
	mount(router, formSpec);
}
