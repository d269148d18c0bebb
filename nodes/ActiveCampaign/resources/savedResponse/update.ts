import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';
import { savedResponseId } from './shared';

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a saved response',
		description: 'Change the title, subject or body of a saved response',
		routing: singleRoute(
			{ method: 'PUT', url: '/savedResponses/{savedResponse}' },
			{ preSend: [savedResponseId], postReceive: [unwrapRecord('savedResponse')] },
		),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'savedResponseUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Body',
					name: 'body',
					type: 'string',
					typeOptions: { rows: 5 },
					default: '',
					description: 'Text of the email',
					routing: { send: { type: 'body', property: 'savedResponse.body' } },
				},
				{
					displayName: 'Subject',
					name: 'subject',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'savedResponse.subject' } },
				},
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'savedResponse.title' } },
				},
			],
		},
	],
	simplify: true,
};
