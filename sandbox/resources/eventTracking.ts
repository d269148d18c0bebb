/**
 * Event tracking: the event names of the account (`/eventTrackingEvents`, API v3) and the tracking endpoint itself,
 * which is not on API v3 but ActiveCampaign's trackcmp host (`POST https://trackcmp.net/event`, its own spec in
 * ../shared/activecampaign/extra-specs): form-encoded, with the account's `actid` and event `key`, no Api-Token.
 * The sandbox serves it under `/trackcmp` (`POST /trackcmp/event`).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { ApiError, isBlank, ok, str, unprocessable, type Reply } from '../http';
import { paging } from '../query';
import type { Router } from '../router';
import type { Json, Store } from '../store';

/** The account's "actid" and "Event Key" (Settings > Tracking > Event Tracking). */
export const EVENT_TRACKING_ACCOUNT_ID = '1000001';
export const EVENT_TRACKING_KEY = 'sandbox-event-key';
/** Path prefix under which the sandbox serves the trackcmp host. */
export const TRACKCMP_PREFIX = '/trackcmp';
/** "The name of the event you wish to track. (Max of 32 Characters)" */
const MAX_EVENT_NAME = 32;

const EVENTS = 'eventTrackingEvents';

/** The two events the documentation's example lists. */
export function seedEventTracking(store: Store, at: number): void {
	for (const name of ['__pagevisit', '__redir']) store.table(EVENTS).insert({ _c: at, _u: at, name });
}

function eventNamed(store: Store, name: string) {
	return store.table(EVENTS).find((row) => row.name === name);
}

export function mountEventTracking(router: Router): void {
	// "meta": {"total": 2} is a number for this collection (API.md §3).
	router.add(
		'GET',
		`/${EVENTS}`,
		(ctx) => {
			const rows = ctx.store.table(EVENTS).all();
			const { limit, offset } = paging(ctx.query);
			return ok({ [EVENTS]: rows.slice(offset, offset + limit).map((row) => ({ name: row.name })), meta: { total: rows.length } });
		},
		['limit', 'offset'],
	);
	router.add('POST', `/${EVENTS}`, (ctx) => {
		const input = (ctx.body?.eventTrackingEvent ?? {}) as Record<string, Json>;
		if (isBlank(input.name)) throw unprocessable({ title: 'The event name was not provided.', code: 'field_missing', pointer: '/data/attributes/name' });
		const name = str(input.name);
		// Creating a name that exists adds nothing (the documentation says nothing of duplicates).
		if (!eventNamed(ctx.store, name)) ctx.store.table(EVENTS).insert({ _c: ctx.store.now(), _u: ctx.store.now(), name });
		return ok({ eventTrackingEvent: { name } }, 201);
	});
	// "Spaces in names are allowed, but must be encoded (for example, "my%20event")." Documented answers: 200 {}, 400 {}.
	router.add('DELETE', `/${EVENTS}/:eventName`, (ctx) => {
		const name = decodeURIComponent(ctx.params.eventName);
		const row = eventNamed(ctx.store, name);
		if (!row) throw new ApiError(400, {});
		ctx.store.table(EVENTS).delete(row.id);
		return ok({});
	});
}

/**
 * `POST /event` of trackcmp: `Content-Type: application/x-www-form-urlencoded` is required, as are `actid`, `key`,
 * `event` (at most 32 characters) and `visit` (JSON `{"email": …}`). Answers 200 `{"success": 1, "message":
 * "Event spawned"}`, or the documented 400 `{}`. Each tracked event is kept in the table `trackedEvents`, with whether
 * an Api-Token header came along (it must not: the token is not for this host).
 */
export function trackEvent(store: Store, body: Json, headers: IncomingHttpHeaders): Reply {
	const refused: Reply = { status: 400, body: {} };
	if (!String(headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) return refused;
	const form = (body && typeof body === 'object' ? body : {}) as Record<string, Json>;
	if (str(form.actid) !== EVENT_TRACKING_ACCOUNT_ID || str(form.key) !== EVENT_TRACKING_KEY) return refused;
	const event = str(form.event);
	if (!event || event.length > MAX_EVENT_NAME) return refused;
	let visit: Json;
	try {
		visit = JSON.parse(str(form.visit));
	} catch {
		return refused;
	}
	const email = str(visit?.email).trim();
	if (!email) return refused;
	const contact = store.table('contacts').find((row) => String(row.email).toLowerCase() === email.toLowerCase());
	const now = store.now();
	store.table('trackedEvents').insert({
		_c: now,
		_u: now,
		event,
		eventdata: form.eventdata === undefined ? null : str(form.eventdata),
		email,
		contact: contact?.id ?? null,
		apiTokenSent: headers['api-token'] !== undefined,
	});
	return ok({ success: 1, message: 'Event spawned' });
}
