import { bodyOf, rl } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('savedResponse > update', () => {
	const ac = useSandbox();

	it('changes the subject of a response picked by title', async () => {
		const result = await ac.run({
			resource: 'savedResponse',
			operation: 'update',
			savedResponse: rl('Follow-up', 'name'),
			savedResponseUpdateFields: { subject: 'Great talking today' },
		});
		expect(bodyOf(ac, 'PUT', '/savedResponses/1')).toEqual({ savedResponse: { subject: 'Great talking today' } });
		expect(result.json[0]).toMatchObject({ id: '1', title: 'Follow-up', subject: 'Great talking today' });
	});

	describe('bad input', () => {
		it('names an unknown response (ActiveCampaign answers 422 here)', async () => {
			const result = await ac.run({ resource: 'savedResponse', operation: 'update', savedResponse: rl('31'), savedResponseUpdateFields: { title: 'x' } });
			expect(errorText(result)).toContain('SavedResponse with id 31');
		});
	});
});
