import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { userLocator } from '../../shared/locators/property';
import { attachTo } from '../note/shared';
import { taskTypeLocator } from './shared';

const show = showFor('task', ['create']);

export const taskCreateFields: INodeProperties[] = [
	...attachTo('task', ['create'], ['contact', 'deal'], true, 'Whether the task is on a contact or on a deal'),
	{ ...taskTypeLocator(true), displayOptions: show },
	{
		displayName: 'Due Date',
		name: 'dueDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'When the task is due (date and time)',
		displayOptions: show,
		routing: { send: { type: 'body', property: 'dealTask.duedate' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'taskAdditionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
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
];
