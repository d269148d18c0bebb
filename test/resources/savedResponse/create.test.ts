import { bodyOf } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('savedResponse > create', () => {
	const ac = useSandbox();

	it('creates a saved response', async () => {
		const result = await ac.run({
			resource: 'savedResponse',
			operation: 'create',
			savedResponseTitle: 'Demo booked',
			savedResponseSubject: 'See you soon',
			savedResponseBody: 'Hi %FIRSTNAME%, looking forward to the demo.',
		});
		expect(bodyOf(ac, 'POST', '/savedResponses')).toEqual({
			savedResponse: { title: 'Demo booked', subject: 'See you soon', body: 'Hi %FIRSTNAME%, looking forward to the demo.' },
		});
		expect(result.json[0]).toMatchObject({ id: '3', title: 'Demo booked', subject: 'See you soon' });
		expect(result.json[0].links).toBeUndefined();
	});

	describe('bad input', () => {
		it('names a missing title', async () => {
			const result = await ac.run({
				resource: 'savedResponse',
				operation: 'create',
				savedResponseTitle: '={{ "" }}',
				savedResponseSubject: 'S',
				savedResponseBody: 'B',
			});
			expect(errorText(result)).toContain('field "title"');
		});
	});
});
