import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { userLocator } from '../../shared/locators/property';
import { optionalRecordId } from '../../shared/locators/read';
import { unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { setBody } from '../../shared/routing/body';
import { singleRoute } from '../../shared/routing/routes';
import { TASK_STATUS_OPTIONS, taskId, taskTypeLocator } from './shared';

/** Type and assignee given by name. */
async function taskUpdateRelations(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const dealTasktype = await optionalRecordId(this, 'taskUpdateFields.taskType', RECORD_KINDS.taskType);
	const assignee = await optionalRecordId(this, 'taskUpdateFields.assignee', RECORD_KINDS.user);
	setBody(requestOptions, 'dealTask', { dealTasktype, assignee });
	return requestOptions;
}

const body = (property: string) => ({ send: { type: 'body' as const, property: `dealTask.${property}` } });

export const update: OperationDefinition = {
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a task',
		description: 'Change the title, note, type, due date, assignee or status of a task',
		routing: singleRoute({ method: 'PUT', url: '/dealTasks/{task}' }, { preSend: [taskId, taskUpdateRelations], postReceive: [unwrapRecord('dealTask')] }),
	},
	fields: [
		{
			displayName: 'Update Fields',
			name: 'taskUpdateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				userLocator('assignee', 'Assignee', 'The user the task is assigned to, by username, email or full name'),
				{ displayName: 'Due Date', name: 'dueDate', type: 'dateTime', default: '', routing: body('duedate') },
				{ displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '', routing: body('edate') },
				{ displayName: 'Note', name: 'note', type: 'string', typeOptions: { rows: 3 }, default: '', routing: body('note') },
				{ displayName: 'Status', name: 'status', type: 'options', options: TASK_STATUS_OPTIONS, default: 0, routing: body('status') },
				taskTypeLocator(false),
				{ displayName: 'Title', name: 'title', type: 'string', default: '', routing: body('title') },
			],
		},
	],
	simplify: true,
};
