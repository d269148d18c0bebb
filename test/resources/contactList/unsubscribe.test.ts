import { rl, sent } from '../../helpers/requests';
import { useSandbox } from '../../helpers/sandbox';

describe('contactList > unsubscribe', () => {
	const ac = useSandbox();

	it('unsubscribes a contact', async () => {
		const result = await ac.run({ resource: 'contactList', operation: 'unsubscribe', contactListContact: rl('1'), contactListList: rl('1', 'list') });
		expect(sent(ac, 'POST', '/contactLists')[0].body).toEqual({ contactList: { contact: '1', list: '1', status: 2 } });
		expect(result.json[0]).toMatchObject({ contact: '1', list: '1', status: 2 });
	});
});
