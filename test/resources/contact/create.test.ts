import { sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('contact > create', () => {
	const ac = useSandbox();

	it('creates a contact with custom fields picked by name and formatted by type', async () => {
		const result = await ac.run({
			resource: 'contact',
			operation: 'create',
			contactCreateEmail: 'new.person@example.com',
			contactAdditionalFields: { firstName: 'New', lastName: 'Person', phone: '+1 555 0100' },
			contactCustomFields: {
				field: [
					{ field: '2', value: '2026-03-04T15:30:00Z' },
					{ field: 'Interests', value: 'Product, Marketing' },
					{ field: 'LAST_DEMO', value: '2026-03-04 10:00:00' },
				],
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = sent(ac, 'POST', '/contacts');
		expect(request.body).toEqual({
			contact: {
				email: 'new.person@example.com',
				firstName: 'New',
				lastName: 'Person',
				phone: '+1 555 0100',
				fieldValues: [
					{ field: '2', value: '2026-03-04' },
					{ field: '3', value: '||Product||Marketing||' },
					{ field: '6', value: expect.stringMatching(/^2026-03-04T10:00:00/) },
				],
			},
		});
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ email: 'new.person@example.com', firstName: 'New' });
		expect(result.json[0].links).toBeUndefined();
		expect(result.json[0].fieldValues).toBeUndefined();
	});

	describe('bad input', () => {
		it('names the missing or invalid email field', async () => {
			await expect(ac.run({ resource: 'contact', operation: 'create', contactCreateEmail: '' })).rejects.toThrow('Parameter "Email" is required');
			const emptyFromExpression = await ac.run({ resource: 'contact', operation: 'create', contactCreateEmail: '={{ $json.email }}' });
			expect(errorText(emptyFromExpression)).toContain('field "email"');
			const invalid = await ac.run({ resource: 'contact', operation: 'create', contactCreateEmail: 'not-an-email' });
			expect(errorText(invalid)).toMatch(/email/i);
		});
	});
});
