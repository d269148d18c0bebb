import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { userLocator } from '../../shared/locators/property';
import { optionalRecordId, resolveRecordId } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS, RELATION_TYPES } from '../../shared/records/kinds';
import { setBody } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { attachedRecordParameter, attachTo } from '../note/shared';
import { taskTypeLocator } from './shared';

/** What the task is on (`relid` + `ownerType`), its type and assignee. */
async function taskRelations(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const kind = this.getNodeParameter('attachTo', 'contact') as string;
	const relation = RELATION_TYPES[kind];
	const relid = await resolveRecordId(this, attachedRecordParameter('task', kind), relation.kind);
	const dealTasktype = await resolveRecordId(this, 'taskType', RECORD_KINDS.taskType);
	const assignee = await optionalRecordId(this, 'taskAdditionalFields.assignee', RECORD_KINDS.user);
	setBody(requestOptions, 'dealTask', { relid, ownerType: relation.ownerType, dealTasktype, assignee });
	return requestOptions;
}

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a task',
		description: 'Create a task (call, email, meeting...) on a contact or a deal, with a due date',
		routing: singleRoute({ method: 'POST', url: '/dealTasks' }, { preSend: [taskRelations], postReceive: [unwrapRecord('dealTask')] }),
	},
	fields: [
		...attachTo('task', ['contact', 'deal'], true, 'Whether the task is on a contact or on a deal'),
		taskTypeLocator(true),
		{
			displayName: 'Due Date',
			name: 'dueDate',
			type: 'dateTime',
			default: '',
			required: true,
			description: 'When the task is due (date and time)',
			routing: { send: { type: 'body', property: 'dealTask.duedate' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'taskAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				userLocator('assignee', 'Assignee', 'The user the task is assigned to, by username, email or full name'),
				{
					displayName: 'End Date',
					name: 'endDate',
					type: 'dateTime',
					default: '',
					description: 'When the task ends (defaults to 15 minutes after the due date)',
					routing: { send: { type: 'body', property: 'dealTask.edate' } },
				},
				{
					displayName: 'Note',
					name: 'note',
					type: 'string',
					typeOptions: { rows: 3 },
					default: '',
					description: 'What the task is about',
					routing: { send: { type: 'body', property: 'dealTask.note' } },
				},
				{
					displayName: 'Title',
					name: 'title',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'dealTask.title' } },
				},
			],
		},
	],
	simplify: true,
};
