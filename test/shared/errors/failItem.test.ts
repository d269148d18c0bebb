import { NodeApiError, type INode } from 'n8n-workflow';

import { describeValue, failItem } from '../../../nodes/ActiveCampaign/shared/errors/failItem';
import type { ApiContext } from '../../../nodes/ActiveCampaign/shared/transport/request';

describe('failItem.ts', () => {
	const node: INode = { id: '1', name: 'ActiveCampaign', type: 'activeCampaign', typeVersion: 1, position: [0, 0], parameters: {} };

	it('failItem stops the item with a message, a hint and the item index', () => {
		const context = { getNode: () => node, getItemIndex: () => 2 } as unknown as ApiContext;
		let thrown: unknown;
		try {
			failItem(context, 'The field "Email" is required', 'Map it from the input.');
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(NodeApiError);
		expect((thrown as NodeApiError).httpCode).toBeNull();
		expect(thrown).toMatchObject({ message: 'The field "Email" is required', description: 'Map it from the input.', context: { itemIndex: 2 } });
	});

	it('describeValue quotes a short text and says what other values are', () => {
		expect(describeValue('lots')).toBe('"lots"');
		expect(describeValue(12)).toBe('"12"');
		expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
		expect(describeValue('')).toBe('nothing');
		expect(describeValue(null)).toBe('nothing');
		expect(describeValue(undefined)).toBe('nothing');
		expect(describeValue([1])).toBe('a list');
		expect(describeValue({ a: 1 })).toBe('an object');
	});
});
