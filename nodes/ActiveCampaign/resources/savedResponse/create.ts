import type { OperationDefinition } from '../../shared/descriptions';
import { unwrapRecord } from '../../shared/output';
import { singleRoute } from '../../shared/routing/routes';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a saved response',
		description: 'Create an email template that users can send from a contact or deal',
		routing: singleRoute({ method: 'POST', url: '/savedResponses' }, { postReceive: [unwrapRecord('savedResponse')] }),
	},
	fields: [
		{
			displayName: 'Title',
			name: 'savedResponseTitle',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Follow-up after a call',
			description: 'The name users pick it by',
			routing: { send: { type: 'body', property: 'savedResponse.title' } },
		},
		{
			displayName: 'Subject',
			name: 'savedResponseSubject',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Following up on our call',
			description: 'Subject of the email',
			routing: { send: { type: 'body', property: 'savedResponse.subject' } },
		},
		{
			displayName: 'Body',
			name: 'savedResponseBody',
			type: 'string',
			typeOptions: { rows: 5 },
			default: '',
			required: true,
			description: 'Text of the email; personalization tags such as %FIRSTNAME% are filled in when it is sent',
			routing: { send: { type: 'body', property: 'savedResponse.body' } },
		},
	],
	simplify: true,
};
