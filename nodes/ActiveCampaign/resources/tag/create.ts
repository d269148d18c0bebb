import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a tag',
		description: 'Create a tag that contacts can be given',
		routing: singleRoute({ method: 'POST', url: '/tags' }, { postReceive: [unwrapRecord('tag')] }),
	},
	fields: [
		{
			displayName: 'Name',
			name: 'tagName',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Newsletter',
			routing: { send: { type: 'body', property: 'tag.tag' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'tagAdditionalFields',
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
					displayName: 'Type',
					name: 'tagType',
					type: 'options',
					options: [
						{ name: 'Contact', value: 'contact' },
						{ name: 'Template', value: 'template' },
					],
					default: 'contact',
					routing: { send: { type: 'body', property: 'tag.tagType' } },
				},
			],
		},
	],
	simplify: true,
};
