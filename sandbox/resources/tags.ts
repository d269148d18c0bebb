/** Tags (/tags) and contact <-> tag associations (/contactTags). */
import { links, type Ctx } from '../context';
import { mount, stringify, type ResourceSpec } from '../crud';
import { ApiError, isBlank, notFound, ok, str, unprocessable, unwrap } from '../http';
import { compareOp } from '../query';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, sqlDate } from '../time';

const TAG_LINKS = ['contactGoalTags', 'templateTags'];

export function presentTag(row: Row, ctx: Ctx): Json {
	return {
		tagType: row.tagType,
		tag: row.tag,
		description: row.description,
		subscriber_count: String(ctx.store.t('contactTags').where((m) => m.tag === row.id).length),
		cdate: isoDate(row._c),
		created_timestamp: sqlDate(row._c),
		updated_timestamp: sqlDate(row._u),
		created_by: null,
		updated_by: null,
		deleted: '0',
		links: links(ctx, 'tags', row.id, TAG_LINKS),
		id: row.id,
	};
}

export function presentContactTag(m: Row, ctx: Ctx): Json {
	return {
		contact: m.contact,
		tag: m.tag,
		cdate: isoDate(m._c),
		created_timestamp: sqlDate(m._c),
		updated_timestamp: sqlDate(m._u),
		created_by: null,
		updated_by: null,
		links: links(ctx, 'contactTags', m.id, ['tag', 'contact']),
		id: m.id,
	};
}

function assertUniqueName(ctx: Ctx, name: string, self?: Row): void {
	const n = name.trim().toLowerCase();
	if (ctx.store.t('tags').find((t) => t.tag.toLowerCase() === n && t.id !== self?.id))
		throw unprocessable({ title: 'A tag with this name already exists.', code: 'duplicate', pointer: '/data/attributes/tag' });
}

export function findOrCreateTag(ctx: Ctx, name: string): Row {
	const n = name.trim().toLowerCase();
	const existing = ctx.store.t('tags').find((t) => t.tag.toLowerCase() === n);
	if (existing) return existing;
	const t = ctx.store.now();
	return ctx.store.t('tags').insert({ _c: t, _u: t, tag: name.trim(), tagType: 'contact', description: '' });
}

/** Add a tag to a contact; returns [association, created?]. Emits contact_tag_added on creation. */
export function addTag(ctx: Ctx, contactId: string, tagId: string): [Row, boolean] {
	const existing = ctx.store.t('contactTags').find((m) => m.contact === contactId && m.tag === tagId);
	if (existing) return [existing, false];
	const t = ctx.store.now();
	const m = ctx.store.t('contactTags').insert({ _c: t, _u: t, contact: contactId, tag: tagId });
	const contact = ctx.store.t('contacts').get(contactId);
	if (contact) ctx.store.touch(contact);
	const tag = ctx.store.t('tags').get(tagId);
	ctx.emit('contact_tag_added', { contactId, listId: '0', extra: { tag: tag?.tag ?? '' } });
	return [m, true];
}

export const tagSpec: ResourceSpec = {
	table: 'tags',
	singular: 'tag',
	model: 'Tag',
	build(input, ctx) {
		if (isBlank(input.tag)) throw unprocessable({ title: 'The tag tag was not provided.', code: 'field_missing', pointer: '/data/attributes/tag' });
		assertUniqueName(ctx, str(input.tag));
		const tagType = str(input.tagType, 'contact');
		if (!['contact', 'template'].includes(tagType))
			throw unprocessable({ title: 'The tag tagType is invalid.', code: 'field_invalid', pointer: '/data/attributes/tagType' });
		return { tag: str(input.tag).trim(), tagType, description: str(input.description) };
	},
	apply(row, input, ctx) {
		if (input.tag !== undefined) {
			if (isBlank(input.tag)) throw unprocessable({ title: 'The tag tag was not provided.', code: 'field_missing', pointer: '/data/attributes/tag' });
			assertUniqueName(ctx, str(input.tag), row);
			row.tag = str(input.tag).trim();
		}
		if (input.tagType !== undefined) row.tagType = stringify(input.tagType);
		if (input.description !== undefined) row.description = str(input.description);
	},
	present: (row, ctx) => presentTag(row, ctx),
	presentWrite(row, _input, ctx, op) {
		if (op === 'update') return presentTag(row, ctx);
		return {
			tag: row.tag,
			description: row.description,
			tagType: row.tagType,
			cdate: isoDate(row._c),
			links: links(ctx, 'tags', row.id, TAG_LINKS),
			id: row.id,
		};
	},
	params: {
		search: (r, v) => compareOp(r.tag, v, 'contains'),
	},
	filters: {
		search: (r, v, op) => compareOp(r.tag, v, op === '' ? 'contains' : op),
	},
	filterOperators: { search: 'only' },
	orders: {
		search: (r) => r.tag.toLowerCase(),
	},
	afterDelete(row, ctx) {
		for (const m of ctx.store.t('contactTags').where((x) => x.tag === row.id)) ctx.store.t('contactTags').delete(m.id);
	},
};

export function mountTags(router: Router): void {
	mount(router, tagSpec);

	router.add('POST', '/contactTags', (ctx) => {
		const input = unwrap(ctx.body, 'contactTag');
		for (const f of ['contact', 'tag'])
			if (isBlank(input[f]))
				throw new ApiError(422, { errors: [{ status: 422, title: 'Missing attribute', source: { pointer: `/data/attributes/${f}` } }] });
		const contactId = str(input.contact);
		const tagId = str(input.tag);
		if (!ctx.store.t('contacts').get(contactId))
			throw new ApiError(404, { errors: [{ status: 404, title: 'Not Found', detail: 'Contact not found' }] });
		if (!ctx.store.t('tags').get(tagId)) throw new ApiError(404, { errors: [{ status: 404, title: 'Not Found', detail: 'Tag not found' }] });
		const [m, created] = addTag(ctx, contactId, tagId);
		return ok({ contactTag: presentContactTag(m, ctx) }, created ? 201 : 200);
	});

	router.add('GET', '/contactTags/:id', (ctx) => {
		const m = ctx.store.t('contactTags').get(ctx.params.id);
		if (!m) throw notFound('SubscriberTag', ctx.params.id);
		return ok({ contactTag: presentContactTag(m, ctx) });
	});

	router.add('DELETE', '/contactTags/:id', (ctx) => {
		const m = ctx.store.t('contactTags').get(ctx.params.id);
		if (!m) throw notFound('SubscriberTag', ctx.params.id);
		ctx.store.t('contactTags').delete(m.id);
		const contact = ctx.store.t('contacts').get(m.contact);
		if (contact) ctx.store.touch(contact);
		const tag = ctx.store.t('tags').get(m.tag);
		ctx.emit('contact_tag_removed', { contactId: m.contact, listId: '0', extra: { tag: tag?.tag ?? '' } });
		return ok({});
	});
}
