import { bodyOf, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('message > create', () => {
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

	describe('bad input', () => {
		it('invalid sender email, empty reply-to from an expression', async () => {
			const invalid = await ac.run({ resource: 'message', operation: 'create', fromName: 'A', fromEmail: 'acme', replyTo: 'r@acme.example', subject: 'S' });
			expect(errorText(invalid)).toContain('"acme" in the field "From Email" is not a valid email address');
			expect(sent(ac, 'POST', '/messages')).toHaveLength(0);
			const empty = await ac.run({ resource: 'message', operation: 'create', fromName: 'A', fromEmail: 'a@acme.example', replyTo: '={{ $json.nothing }}', subject: 'S' });
			expect(errorText(empty)).toContain('The field "Reply-To Email" is required');
		});
	});
});
