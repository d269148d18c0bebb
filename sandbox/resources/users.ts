/** Users (/users, /users/me, by email / username). User 1 owns the sandbox token. */
import { links, type Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { isBlank, notFound, ok, str, unprocessable } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate } from '../time';

const USER_LINKS = ['lists', 'userGroup', 'dealGroupTotals', 'dealGroupUsers', 'configs'];

export function presentUser(row: Row, ctx: Ctx, op: string): Json {
	return {
		username: row.username,
		firstName: row.firstName,
		lastName: row.lastName,
		email: row.email,
		phone: row.phone,
		signature: null,
		...(op !== 'me' ? { lang: 'english', localZoneid: 'America/Chicago', cdate: isoDate(row._c), udate: isoDate(row._u) } : {}),
		links: links(ctx, 'users', row.id, USER_LINKS),
		id: row.id,
	};
}

function unique(ctx: Ctx, key: 'email' | 'username', value: string, self?: Row): void {
	if (ctx.store.t('users').find((u) => u[key].toLowerCase() === value.toLowerCase() && u.id !== self?.id))
		throw unprocessable({ title: `A user with this ${key} already exists.`, code: 'duplicate', pointer: `/data/attributes/${key}` });
}

export const userSpec: ResourceSpec = {
	table: 'users',
	singular: 'user',
	model: 'User',
	build(input, ctx) {
		for (const f of ['username', 'email', 'firstName', 'lastName', 'group', 'password'])
			if (isBlank(input[f]))
				throw unprocessable({ title: `The user ${f} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${f}` });
		unique(ctx, 'username', str(input.username));
		unique(ctx, 'email', str(input.email));
		return {
			username: str(input.username),
			email: str(input.email),
			firstName: str(input.firstName),
			lastName: str(input.lastName),
			phone: str(input.phone),
			group: str(input.group),
		};
	},
	apply(row, input, ctx) {
		if (input.email !== undefined) unique(ctx, 'email', str(input.email), row);
		if (input.username !== undefined) unique(ctx, 'username', str(input.username), row);
		for (const k of ['username', 'email', 'firstName', 'lastName', 'phone', 'group']) if (input[k] !== undefined) row[k] = str(input[k]);
	},
	present: (row, ctx, op) => presentUser(row, ctx, op),
	// GET /users documents no filters.
};

export function mountUsers(router: Router): void {
	router.add('GET', '/users/me', (ctx) => {
		const me = ctx.store.t('users').get('1') ?? ctx.store.t('users').all()[0];
		if (!me) throw notFound('User', 1);
		return ok({ user: presentUser(me, ctx, 'me') });
	});
	router.add('GET', '/users/email/:email', (ctx) => {
		const u = ctx.store.t('users').find((r) => r.email.toLowerCase() === ctx.params.email.toLowerCase());
		if (!u) throw notFound('User', ctx.params.email);
		return ok({ user: presentUser(u, ctx, 'get') });
	});
	router.add('GET', '/users/username/:username', (ctx) => {
		const u = ctx.store.t('users').find((r) => r.username === ctx.params.username);
		if (!u) throw notFound('User', ctx.params.username);
		return ok({ user: presentUser(u, ctx, 'get') });
	});
	mount(router, userSpec);
}
