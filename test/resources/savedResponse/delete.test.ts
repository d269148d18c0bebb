import { rl, sent } from '../../helpers/requests';
import { errorText } from '../../helpers/results';
import { useSandbox } from '../../helpers/sandbox';

describe('savedResponse > delete', () => {
	const ac = useSandbox();

	it('deletes a response picked by title', async () => {
		const result = await ac.run({ resource: 'savedResponse', operation: 'delete', savedResponse: rl('Pricing', 'name') });
		expect(sent(ac, 'DELETE', '/savedResponses/2')).toHaveLength(1);
		expect(result.json[0]).toEqual({ deleted: true, savedResponse: '2' });
		expect(ac.sandbox.store.table('savedResponses').get('2')).toBeUndefined();
	});

	describe('bad input', () => {
		it('names an unknown response', async () => {
			expect(errorText(await ac.run({ resource: 'savedResponse', operation: 'delete', savedResponse: rl('55') }))).toContain(
				'saved response 55 was not found',
			);
		});
	});
});
