/** Tags (/tags) and contact <-> tag associations (/contactTags). */
import { links, type Ctx } from '../context';
import { mount, stringify, type ResourceSpec } from '../crud';
import { ApiError, isBlank, notFound, ok, str, unprocessable, unwrap } from '../http';
import { compareByOperator } from '../query';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate, sqlDate } from '../time';

const TAG_LINKS = ['contactGoalTags', 'templateTags'];

export function presentTag(row: Row, ctx: Ctx): Json {
	return {
		tagType: row.tagType,
		tag: row.tag,
		description: row.description,
		subscriber_count: String(ctx.store.table('contactTags').where((contactTag) => contactTag.tag === row.id).length),
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

export function presentContactTag(contactTag: Row, ctx: Ctx): Json {
	return {
		contact: contactTag.contact,
		tag: contactTag.tag,
		cdate: isoDate(contactTag._c),
		created_timestamp: sqlDate(contactTag._c),
		updated_timestamp: sqlDate(contactTag._u),
		created_by: null,
		updated_by: null,
		links: links(ctx, 'contactTags', contactTag.id, ['tag', 'contact']),
		id: contactTag.id,
	};
}

function assertUniqueName(ctx: Ctx, name: string, self?: Row): void {
	const wanted = name.trim().toLowerCase();
	if (ctx.store.table('tags').find((tag) => tag.tag.toLowerCase() === wanted && tag.id !== self?.id))
		throw unprocessable({ title: 'A tag with this name already exists.', code: 'duplicate', pointer: '/data/attributes/tag' });
}

export function findOrCreateTag(ctx: Ctx, name: string): Row {
	const wanted = name.trim().toLowerCase();
	const existing = ctx.store.table('tags').find((tag) => tag.tag.toLowerCase() === wanted);
	if (existing) return existing;
	const now = ctx.store.now();
	return ctx.store.table('tags').insert({ _c: now, _u: now, tag: name.trim(), tagType: 'contact', description: '' });
}

/** Add a tag to a contact; returns [association, created?]. Emits contact_tag_added on creation. */
export function addTag(ctx: Ctx, contactId: string, tagId: string): [Row, boolean] {
	const existing = ctx.store.table('contactTags').find((contactTag) => contactTag.contact === contactId && contactTag.tag === tagId);
	if (existing) return [existing, false];
	const now = ctx.store.now();
	const contactTag = ctx.store.table('contactTags').insert({ _c: now, _u: now, contact: contactId, tag: tagId });
	const contact = ctx.store.table('contacts').get(contactId);
	if (contact) ctx.store.touch(contact);
	const tag = ctx.store.table('tags').get(tagId);
	ctx.emit('contact_tag_added', { contactId, listId: '0', extra: { tag: tag?.tag ?? '' } });
	return [contactTag, true];
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
	presentWrite(row, _input, ctx, operation) {
		if (operation === 'update') return presentTag(row, ctx);
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
		search: (row, value) => compareByOperator(row.tag, value, 'contains'),
	},
	filters: {
		search: (row, value, operator) => compareByOperator(row.tag, value, operator === '' ? 'contains' : operator),
	},
	filterOperators: { search: 'only' },
	orders: {
		search: (row) => row.tag.toLowerCase(),
	},
	afterDelete(row, ctx) {
		for (const contactTag of ctx.store.table('contactTags').where((contactTag) => contactTag.tag === row.id)) ctx.store.table('contactTags').delete(contactTag.id);
	},
};

export function mountTags(router: Router): void {
	mount(router, tagSpec);

	router.add('POST', '/contactTags', (ctx) => {
		const input = unwrap(ctx.body, 'contactTag');
		for (const field of ['contact', 'tag'])
			if (isBlank(input[field]))
				throw new ApiError(422, { errors: [{ status: 422, title: 'Missing attribute', source: { pointer: `/data/attributes/${field}` } }] });
		const contactId = str(input.contact);
		const tagId = str(input.tag);
		if (!ctx.store.table('contacts').get(contactId))
			throw new ApiError(404, { errors: [{ status: 404, title: 'Not Found', detail: 'Contact not found' }] });
		if (!ctx.store.table('tags').get(tagId)) throw new ApiError(404, { errors: [{ status: 404, title: 'Not Found', detail: 'Tag not found' }] });
		const [contactTag, created] = addTag(ctx, contactId, tagId);
		return ok({ contactTag: presentContactTag(contactTag, ctx) }, created ? 201 : 200);
	});

	router.add('GET', '/contactTags/:id', (ctx) => {
		const contactTag = ctx.store.table('contactTags').get(ctx.params.id);
		if (!contactTag) throw notFound('SubscriberTag', ctx.params.id);
		return ok({ contactTag: presentContactTag(contactTag, ctx) });
	});

	router.add('DELETE', '/contactTags/:id', (ctx) => {
		const contactTag = ctx.store.table('contactTags').get(ctx.params.id);
		if (!contactTag) throw notFound('SubscriberTag', ctx.params.id);
		ctx.store.table('contactTags').delete(contactTag.id);
		const contact = ctx.store.table('contacts').get(contactTag.contact);
		if (contact) ctx.store.touch(contact);
		const tag = ctx.store.table('tags').get(contactTag.tag);
		ctx.emit('contact_tag_removed', { contactId: contactTag.contact, listId: '0', extra: { tag: tag?.tag ?? '' } });
		return ok({});
	});
}
