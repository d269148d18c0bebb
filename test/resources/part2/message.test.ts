import { continueOnFail, useSandbox } from '../../helpers/sandbox';
import { bodyOf, errorText, items, rl, sent } from './helpers';

describe('message', () => {
	const ac = useSandbox();

	it('create', async () => {
		const result = await ac.run({
			resource: 'message',
			operation: 'create',
			fromName: 'Acme',
			fromEmail: 'news@acme.example',
			replyTo: 'reply@acme.example',
			subject: 'Hello %FIRSTNAME%',
			messageAdditionalFields: { html: '<p>Hi</p>', preheader: 'Read me' },
		});
		expect(bodyOf(ac, 'POST', '/messages')).toEqual({
			message: { fromname: 'Acme', fromemail: 'news@acme.example', reply2: 'reply@acme.example', subject: 'Hello %FIRSTNAME%', html: '<p>Hi</p>', preheader_text: 'Read me' },
		});
		expect(result.json[0]).toMatchObject({ subject: 'Hello %FIRSTNAME%', fromemail: 'news@acme.example' });
	});

	it('get, getAll, update, delete', async () => {
		expect((await ac.run({ resource: 'message', operation: 'get', message: rl('1') })).json[0]).toMatchObject({ id: '1', subject: 'Welcome to the sandbox' });
		const all = await ac.run({ resource: 'message', operation: 'getAll', returnAll: false, limit: 1 });
		expect(sent(ac, 'GET', '/messages')[0].query).toMatchObject({ limit: '1' });
		expect(all.json).toHaveLength(1);
		const updated = await ac.run({ resource: 'message', operation: 'update', message: rl('2'), messageUpdateFields: { subject: 'June news', replyTo: 'team@acme.example' } });
		expect(bodyOf(ac, 'PUT', '/messages/2')).toEqual({ message: { subject: 'June news', reply2: 'team@acme.example' } });
		expect(updated.json[0]).toMatchObject({ subject: 'June news' });
		expect((await ac.run({ resource: 'message', operation: 'delete', message: rl('2') })).json).toEqual([{ deleted: true, message: '2' }]);
	});

	it('bad input: invalid sender email, empty reply-to from an expression, unknown ID with Continue On Fail', async () => {
		const invalid = await ac.run({ resource: 'message', operation: 'create', fromName: 'A', fromEmail: 'acme', replyTo: 'r@acme.example', subject: 'S' });
		expect(errorText(invalid)).toContain('"acme" in the field "From Email" is not a valid email address');
		expect(sent(ac, 'POST', '/messages')).toHaveLength(0);
		const empty = await ac.run({ resource: 'message', operation: 'create', fromName: 'A', fromEmail: 'a@acme.example', replyTo: '={{ $json.nothing }}', subject: 'S' });
		expect(errorText(empty)).toContain('The field "Reply-To Email" is required');
		const result = await ac.run(
			{ resource: 'message', operation: 'get', message: rl('={{ $json.id }}') },
			{ input: items('99', '1'), settings: continueOnFail },
		);
		expect(String(result.json[0].error)).toContain('message 99 was not found');
		expect(result.json[1]).toMatchObject({ id: '1' });
	});
});
