import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { tagId } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a tag',
		description: 'Rename a tag or change its description',
		routing: singleRoute({ method: 'PUT', url: '/tags/{tag}' }, { preSend: [tagId], postReceive: [unwrapRecord('tag')] }),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'tagUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'tag.description' } },
				},
				{
					displayName: 'Name',
					name: 'tagName',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'tag.tag' } },
				},
			],
		},
	],
	simplify: true,
};
