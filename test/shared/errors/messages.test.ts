import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { runNode } from '../../helpers/runNode';
import { ActiveCampaign } from '../../../nodes/ActiveCampaign/ActiveCampaign.node';
import { NOT_JSON, TIMED_OUT, type HttpFailure } from '../../../nodes/ActiveCampaign/shared/errors/failures';
import { describeApiFailure, recordNamedByPath, type FailedRequest } from '../../../nodes/ActiveCampaign/shared/errors/messages';

describe('error messages', () => {
	const ac = useSandbox();

	it('422 names the field from source.pointer and the API title', async () => {
		ac.sandbox.injectFault({
			method: 'POST',
			path: '/api/3/tags',
			status: 422,
			body: { errors: [{ title: 'The tag name is already in use', detail: '', code: 'duplicate', source: { pointer: '/data/attributes/tag' } }] },
		});
		const result = await ac.run({ resource: 'tag', operation: 'create', tagName: 'Dup' });
		expect(result.error).toMatchObject({ httpCode: '422' });
		expect(result.error?.message).toBe('Could not create the tag: The tag name is already in use (field "tag")');
	});

	it('404 says which record was not found', async () => {
		const result = await ac.run({ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '99999' } });
		expect(result.error).toMatchObject({ httpCode: '404', message: 'The tag 99999 was not found in ActiveCampaign' });
	});

	it('403 says the token or the permission is wrong, and never shows the token', async () => {
		const result = await runNode({
			nodeType: new ActiveCampaign(),
			credentials: { url: ac.sandbox.url, apiToken: 'wrong-secret-token-42' },
			parameters: { resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '1' } },
		});
		expect(result.error?.message).toMatch(/API token is wrong, or its user lacks permission/);
		expect(JSON.stringify(result.run)).not.toContain('wrong-secret-token-42');
	});

	it('402 says the account has a billing problem', async () => {
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/tags/1', status: 402, body: { message: 'Payment Required' } });
		const result = await ac.run({ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '1' } });
		expect(result.error?.message).toMatch(/billing problem/);
	});

	it('never puts the token in an error item or the run data', async () => {
		ac.sandbox.injectFault({ method: 'GET', path: '/api/3/tags/1', status: 500, times: 10 });
		const result = await ac.run(
			{ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '1' } },
			{ settings: continueOnFail },
		);
		expect(result.json[0].error).toBeDefined();
		expect(JSON.stringify(result.run)).not.toContain(ac.sandbox.token);
	});

	it('with Continue On Fail, one bad item becomes an error item and the others succeed', async () => {
		const input = [{ json: { id: '1' } }, { json: { id: '99999' } }, { json: { id: '2' } }];
		const result = await ac.run(
			{ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			{ input, settings: continueOnFail },
		);
		expect(result.json).toHaveLength(3);
		expect(result.json[0].id).toBe('1');
		expect(result.json[1].error).toBe('The tag 99999 was not found in ActiveCampaign');
		expect(result.json[2].id).toBe('2');
	});

	it('an unknown name is a clear error naming the value', async () => {
		const result = await ac.run({ resource: 'tag', operation: 'get', tag: { __rl: true, mode: 'name', value: 'No Such Tag' } });
		expect(result.error?.message).toBe('No tag named "No Such Tag" exists in ActiveCampaign');
	});
});

describe('a 403 with its own reason', () => {
	const ac = useSandbox();

	it('shows the API reason instead of blaming the token', async () => {
		ac.sandbox.injectFault({ method: 'POST', path: '/api/3/tags', status: 403, body: { message: 'You do not have permission to create tags.' } });
		const result = await ac.run({ resource: 'tag', operation: 'create', tagName: 'Denied' });
		expect(result.error?.message).toBe('Could not create the tag: ActiveCampaign refused it (You do not have permission to create tags.)');
	});
});

describe('messages.ts: what a failed request says', () => {
	const failure = (status: number | undefined, body: unknown, extra: Partial<HttpFailure> = {}): HttpFailure => ({ status, headers: {}, body, message: '', ...extra });
	const get = (path: string): FailedRequest => ({ method: 'GET', path });

	it('recordNamedByPath names the last record of a path, by the label of its kind', () => {
		expect(recordNamedByPath('/contacts/12/contactTags')).toBe('contact 12');
		expect(recordNamedByPath('/dealGroups/3')).toBe('pipeline 3');
		expect(recordNamedByPath('/deals/7/notes/9?simplify=1')).toBe('note 9');
		expect(recordNamedByPath('/widgets/5')).toBe('widget 5');
		expect(recordNamedByPath('/contacts')).toBeUndefined();
		const schema = '1fc55f22-8433-4c46-a55b-e59827c1eaab';
		expect(recordNamedByPath(`/customObjects/schemas/${schema}`)).toBe(`custom object schema ${schema}`);
		expect(recordNamedByPath(`/customObjects/records/${schema}/17`)).toBe('custom object record 17');
		expect(recordNamedByPath(`/customObjects/records/${schema}/external/sub-1`)).toBeUndefined();
	});

	it('404 names the record from the path, the message or the body sent', () => {
		expect(describeApiFailure(failure(404, { message: 'No Result found for Subscriber with id 12' }), get('/contacts/12'))).toEqual({
			message: 'The contact 12 was not found in ActiveCampaign',
			description: 'Check the ID (it may have been deleted). ActiveCampaign said: No Result found for Subscriber with id 12',
		});
		expect(describeApiFailure(failure(404, { message: 'No Result found for Subscriber with id 12' }), { method: 'POST', path: '/contact/sync' }).message).toBe(
			'The contact 12 was not found in ActiveCampaign',
		);
		const sentBody = { contactTag: { contact: '12', tag: '3' } };
		expect(describeApiFailure(failure(404, { message: 'Contact not found' }), { method: 'POST', path: '/contactTags', body: sentBody }).message).toBe(
			'The contact 12 was not found in ActiveCampaign',
		);
		expect(describeApiFailure(failure(404, ''), get('/contacts')).message).toBe('Nothing was found at /contacts in ActiveCampaign');
	});

	it('a 403 that says "not found" is a missing record, a bare 403 a token or permission problem', () => {
		expect(describeApiFailure(failure(403, { message: 'No Result found for Subscriber with id 9' }), get('/contacts/9')).message).toBe(
			'The contact 9 was not found in ActiveCampaign',
		);
		const bare = describeApiFailure(failure(403, { message: 'Forbidden' }), get('/tags'));
		expect(bare.message).toBe('ActiveCampaign refused access: the API token is wrong, or its user lacks permission for this action');
		expect(bare.description).toContain('ActiveCampaign said: Forbidden');
		expect(describeApiFailure(failure(401, {}), get('/tags')).description).toContain('ActiveCampaign said: Forbidden');
		expect(describeApiFailure(failure(403, { message: 'You may not create tags.' }), { method: 'POST', path: '/tags' }).message).toBe(
			'Could not create the tag: ActiveCampaign refused it (You may not create tags.)',
		);
	});

	it('a 422 "No Result found for <Model> with id N" is a missing record', () => {
		const said = { message: 'No Result found for SavedResponse with id 77' };
		expect(describeApiFailure(failure(422, said), { method: 'PUT', path: '/savedResponses/77' }).message).toBe(
			'The saved response 77 was not found in ActiveCampaign',
		);
	});

	it('400 and 422 name each field from source.pointer, with title and detail', () => {
		const body = {
			errors: [
				{ title: 'Email is invalid', detail: 'not an address', source: { pointer: '/data/attributes/email' } },
				{ title: 'Name is too long' },
			],
		};
		expect(describeApiFailure(failure(422, body), { method: 'POST', path: '/contacts' })).toEqual({
			message: 'Could not create the contact: Email is invalid: not an address (field "email"); Name is too long',
			description: 'ActiveCampaign rejected POST /contacts. Correct the value named above and run the node again.',
		});
		expect(describeApiFailure(failure(400, { message: 'Bad things' }), { method: 'PUT', path: '/tags/1' }).message).toBe(
			'Could not update the tag: Bad things',
		);
		expect(describeApiFailure(failure(422, JSON.stringify({ errors: [] })), { method: 'POST', path: '/tags' }).message).toBe(
			'Could not create the tag: the request was not valid',
		);
		// A schema's UUID is an ID, not the record's name.
		expect(
			describeApiFailure(failure(422, { message: 'plan is required' }), {
				method: 'POST',
				path: '/customObjects/records/1fc55f22-8433-4c46-a55b-e59827c1eaab',
			}).message,
		).toBe('Could not create the custom object record: plan is required');
		expect(describeApiFailure(failure(422, { message: 'bad' }), { method: 'POST', path: '/ecomOrders/12/orderProducts' }).message).toBe(
			'Could not create the order product: bad',
		);
		expect(describeApiFailure(failure(400, { message: 'bad' }), { method: 'POST', path: '/campaigns/12/copy' }).message).toBe(
			'Could not copy the campaign: bad',
		);
	});

	it('402, 429, 5xx and other statuses each say what happened', () => {
		expect(describeApiFailure(failure(402, {}), get('/tags')).message).toBe('ActiveCampaign says the account has a billing problem (402 Payment Required)');
		expect(describeApiFailure(failure(429, {}), get('/tags')).message).toBe('ActiveCampaign kept answering "too many requests" (429) after several retries');
		expect(describeApiFailure(failure(503, {}), get('/tags'))).toEqual({ message: 'ActiveCampaign had a server error (503)', description: 'The request was GET /tags.' });
		expect(describeApiFailure(failure(418, { message: 'Teapot' }), get('/tags'))).toEqual({ message: 'ActiveCampaign answered 418 to GET /tags', description: 'Teapot' });
	});

	it('a timeout, a 2xx answer that is not JSON, a dropped connection and an unreachable host', () => {
		expect(describeApiFailure(failure(undefined, undefined, { code: TIMED_OUT }), { method: 'GET', path: '/contacts', timeoutMs: 60_000 }).message).toBe(
			'ActiveCampaign did not answer within 60 seconds (GET /contacts)',
		);
		const notJson = (body: string) => describeApiFailure(failure(200, body, { code: NOT_JSON }), get('/contacts')).message;
		expect(notJson('<!DOCTYPE html><html></html>')).toBe('ActiveCampaign answered GET /contacts with an HTML page instead of JSON');
		expect(notJson('  ')).toBe('ActiveCampaign answered GET /contacts with an empty answer instead of JSON');
		expect(notJson('hello')).toBe('ActiveCampaign answered GET /contacts with text instead of JSON');
		expect(describeApiFailure(failure(undefined, undefined, { code: 'ECONNRESET' }), get('/tags')).message).toBe(
			'ActiveCampaign closed the connection before answering (GET /tags)',
		);
		expect(describeApiFailure(failure(undefined, undefined, { message: 'socket hang up' }), get('/tags')).message).toBe(
			'ActiveCampaign closed the connection before answering (GET /tags)',
		);
		expect(describeApiFailure(failure(undefined, undefined, { code: 'ENOTFOUND' }), get('/tags')).message).toBe('Could not reach ActiveCampaign (ENOTFOUND)');
	});
});
