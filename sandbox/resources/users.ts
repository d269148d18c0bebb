/** Users (/users, /users/me, by email / username). User 1 owns the sandbox token. */
import { links, type Ctx } from '../context';
import { mount, type ResourceSpec } from '../crud';
import { isBlank, notFound, ok, str, unprocessable } from '../http';
import type { Router } from '../router';
import type { Json, Row } from '../store';
import { isoDate } from '../time';

const USER_LINKS = ['lists', 'userGroup', 'dealGroupTotals', 'dealGroupUsers', 'configs'];

export function presentUser(row: Row, ctx: Ctx, operation: string): Json {
	return {
		username: row.username,
		firstName: row.firstName,
		lastName: row.lastName,
		email: row.email,
		phone: row.phone,
		signature: null,
		...(operation !== 'me' ? { lang: 'english', localZoneid: 'America/Chicago', cdate: isoDate(row._c), udate: isoDate(row._u) } : {}),
		links: links(ctx, 'users', row.id, USER_LINKS),
		id: row.id,
	};
}

function unique(ctx: Ctx, key: 'email' | 'username', value: string, self?: Row): void {
	if (ctx.store.table('users').find((user) => user[key].toLowerCase() === value.toLowerCase() && user.id !== self?.id))
		throw unprocessable({ title: `A user with this ${key} already exists.`, code: 'duplicate', pointer: `/data/attributes/${key}` });
}

export const userSpec: ResourceSpec = {
	table: 'users',
	singular: 'user',
	model: 'User',
	build(input, ctx) {
		for (const field of ['username', 'email', 'firstName', 'lastName', 'group', 'password'])
			if (isBlank(input[field]))
				throw unprocessable({ title: `The user ${field} was not provided.`, code: 'field_missing', pointer: `/data/attributes/${field}` });
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
		for (const key of ['username', 'email', 'firstName', 'lastName', 'phone', 'group']) if (input[key] !== undefined) row[key] = str(input[key]);
	},
	present: (row, ctx, operation) => presentUser(row, ctx, operation),
	// GET /users documents no filters.
};

export function mountUsers(router: Router): void {
	router.add('GET', '/users/me', (ctx) => {
		const me = ctx.store.table('users').get('1') ?? ctx.store.table('users').all()[0];
		if (!me) throw notFound('User', 1);
		return ok({ user: presentUser(me, ctx, 'me') });
	});
	router.add('GET', '/users/email/:email', (ctx) => {
		const user = ctx.store.table('users').find((candidate) => candidate.email.toLowerCase() === ctx.params.email.toLowerCase());
		if (!user) throw notFound('User', ctx.params.email);
		return ok({ user: presentUser(user, ctx, 'get') });
	});
	router.add('GET', '/users/username/:username', (ctx) => {
		const user = ctx.store.table('users').find((candidate) => candidate.username === ctx.params.username);
		if (!user) throw notFound('User', ctx.params.username);
		return ok({ user: presentUser(user, ctx, 'get') });
	});
	mount(router, userSpec);
}
