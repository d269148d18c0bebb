import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { userLocator } from '../../shared/locators/property';
import { TASK_STATUS_OPTIONS, taskTypeLocator } from './shared';

const body = (property: string) => ({ send: { type: 'body' as const, property: `dealTask.${property}` } });

export const taskUpdateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'taskUpdateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor('task', ['update']),
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
];
