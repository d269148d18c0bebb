import {
	bodyAsObject,
	isConnectionFailure,
	isServerFailure,
	readFailure,
	retryAfterMs,
	type HttpFailure,
} from '../../../nodes/ActiveCampaign/shared/errors/failures';

const failure = (extra: Partial<HttpFailure>): HttpFailure => ({ headers: {}, body: undefined, message: '', ...extra });

describe('failures.ts: reading what n8n or axios threw', () => {
	it('readFailure takes status, headers (lower-cased) and body from the response the error carries', () => {
		const thrown = { httpCode: '404', message: 'Request failed', cause: { response: { status: 404, headers: { 'Retry-After': '2' }, data: { message: 'Not Found' } } } };
		expect(readFailure(thrown)).toEqual({ status: 404, headers: { 'retry-after': '2' }, body: { message: 'Not Found' }, code: undefined, message: 'Request failed' });
	});

	it('readFailure falls back to the httpCode of a NodeApiError, and to the network code without a response', () => {
		expect(readFailure({ httpCode: '503', message: 'Service Unavailable' })).toMatchObject({ status: 503, headers: {}, body: undefined });
		expect(readFailure({ message: 'outer', cause: { code: 'ECONNRESET', message: 'socket hang up' } })).toMatchObject({
			status: undefined,
			code: 'ECONNRESET',
			message: 'socket hang up',
		});
		expect(readFailure(undefined)).toMatchObject({ status: undefined, headers: {}, message: 'Unknown error' });
	});

	it('retryAfterMs reads delta seconds or an HTTP date, within 200 ms and 2 minutes', () => {
		expect(retryAfterMs(failure({ headers: { 'retry-after': '2' } }), 1000)).toBe(2000);
		expect(retryAfterMs(failure({}), 1000)).toBe(1000);
		expect(retryAfterMs(failure({ headers: { 'retry-after': '0' } }), 1000)).toBe(200);
		expect(retryAfterMs(failure({ headers: { 'retry-after': '3600' } }), 1000)).toBe(120_000);
		expect(retryAfterMs(failure({ headers: { 'retry-after': new Date(0).toUTCString() } }), 1000)).toBe(200);
		expect(retryAfterMs(failure({ headers: { 'retry-after': 'soon' } }), 1000)).toBe(1000);
	});

	it('isConnectionFailure: no answer and a network code (or a hang-up) only', () => {
		expect(isConnectionFailure(failure({ code: 'ECONNRESET' }))).toBe(true);
		expect(isConnectionFailure(failure({ code: 'EAI_AGAIN' }))).toBe(true);
		expect(isConnectionFailure(failure({ message: 'socket hang up' }))).toBe(true);
		expect(isConnectionFailure(failure({ code: 'ENOTFOUND' }))).toBe(false);
		expect(isConnectionFailure(failure({ status: 500, code: 'ECONNRESET' }))).toBe(false);
	});

	it('isServerFailure: a status of 500 or more', () => {
		expect(isServerFailure(failure({ status: 500 }))).toBe(true);
		expect(isServerFailure(failure({ status: 503 }))).toBe(true);
		expect(isServerFailure(failure({ status: 429 }))).toBe(false);
		expect(isServerFailure(failure({}))).toBe(false);
	});

	it('bodyAsObject takes an object, parses a JSON text and keeps the start of any other text', () => {
		expect(bodyAsObject({ message: 'm' })).toEqual({ message: 'm' });
		expect(bodyAsObject('{"message":"m"}')).toEqual({ message: 'm' });
		expect(bodyAsObject('<html>')).toEqual({ text: '<html>' });
		expect(bodyAsObject('x'.repeat(600))).toEqual({ text: 'x'.repeat(500) });
		expect(bodyAsObject('"just a string"')).toEqual({});
		expect(bodyAsObject(['a'])).toEqual({});
		expect(bodyAsObject(undefined)).toEqual({});
	});
});
