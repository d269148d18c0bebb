import { rl } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('ecommerceOrder > delete', () => {
	const ac = useSandbox();

	it('delete', async () => {
		expect((await ac.run({ resource: 'ecommerceOrder', operation: 'delete', order: rl('1') })).json).toEqual([{ deleted: true, order: '1' }]);
	});
});
