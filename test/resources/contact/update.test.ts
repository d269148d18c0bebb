import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('contact > update', () => {
	const ac = useSandbox();

	it('updates a contact picked by ID (a number) with only a custom field', async () => {
		const result = await ac.run({
			resource: 'contact',
			operation: 'update',
			contact: rl(2 as unknown as string),
			contactCustomFields: { field: [{ field: 'Preferred Language', value: 'French' }] },
		});
		expect(result.error).toBeUndefined();
		expect(sent(ac, 'PUT', '/contacts/2')[0].body).toEqual({ contact: { fieldValues: [{ field: '1', value: 'French' }] } });
		expect(result.json[0]).toMatchObject({ id: '2' });
	});
});
