import { legacyResource } from '../../shared/descriptions';
import type { INodeProperties } from 'n8n-workflow';

import { simplifyOption } from '../../shared/descriptions';
import { resolveIds } from '../../shared/locators/read';
import { confirmDeleted, unwrapList, unwrapRecord } from '../../shared/output';
import { RECORD_KINDS } from '../../shared/records/kinds';
import { listRoute, singleRoute } from '../../shared/routing/routes';
import { taskCompleteFields } from './complete';
import { taskCreateFields } from './create';
import { taskGetFields } from './get';
import { taskGetAllFields, taskListQuery } from './getAll';
import { taskRelations, taskUpdateRelations } from './shared';
import { taskUpdateFields } from './update';

const taskId = resolveIds([{ parameter: 'task', kind: RECORD_KINDS.task }], '/dealTasks/{task}');
const one = [unwrapRecord('dealTask')];

export const taskDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['task'] } },
		options: [
			{
				name: 'Complete',
				value: 'complete',
				action: 'Complete a task',
				description: 'Mark a task as done, optionally with an outcome',
				routing: singleRoute(
					{ method: 'PUT', url: '/dealTasks/{task}', body: { dealTask: { status: 1 } } },
					{ preSend: [taskId], postReceive: one },
				),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a task',
				description: 'Create a task (call, email, meeting...) on a contact or a deal, with a due date',
				routing: singleRoute({ method: 'POST', url: '/dealTasks' }, { preSend: [taskRelations], postReceive: one }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a task',
				description: 'Delete a task',
				routing: singleRoute({ method: 'DELETE', url: '/dealTasks/{task}' }, { preSend: [taskId], postReceive: [confirmDeleted('task', 'task')] }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a task',
				description: 'Get a task by ID',
				routing: singleRoute({ method: 'GET', url: '/dealTasks/{task}' }, { preSend: [taskId], postReceive: one }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tasks',
				description: 'List tasks, filtered by contact or deal, type, assignee, status or due date',
				routing: listRoute({ method: 'GET', url: '/dealTasks' }, { preSend: [taskListQuery], postReceive: [unwrapList('dealTasks')] }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a task',
				description: 'Change the title, note, type, due date, assignee or status of a task',
				routing: singleRoute({ method: 'PUT', url: '/dealTasks/{task}' }, { preSend: [taskId, taskUpdateRelations], postReceive: one }),
			},
		],
		default: 'create',
	},
	...taskCreateFields,
	...taskGetFields,
	...taskGetAllFields,
	...taskCompleteFields,
	...taskUpdateFields,
	simplifyOption('task', ['complete', 'create', 'get', 'getAll', 'update']),
];

/** Until this resource has one file per operation. */
export const task = legacyResource('Task', 'task', 'Tasks (calls, emails, meetings...) on contacts or deals', taskDescription);
