import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { recordLocator } from '../../shared/locators/property';
import { resolveRecordId, optionalRecordId } from '../../shared/locators/read';
import { RELATION_TYPES, RECORD_KINDS } from '../../shared/records/kinds';
import { setBody } from '../../shared/routing/body';
import { attachedRecordParameter } from '../note/shared';

export const taskLocator = recordLocator({
	name: 'task',
	displayName: 'Task',
	kind: RECORD_KINDS.task,
	searchListMethod: 'searchTasks',
	description: 'The task, picked from the list or by ID',
});

export const taskTypeLocator = (required: boolean): INodeProperties =>
	recordLocator({
		name: 'taskType',
		displayName: 'Task Type',
		kind: RECORD_KINDS.taskType,
		searchListMethod: 'searchTaskTypes',
		byText: 'name',
		required,
		description: 'The type of task (e.g. Call, Email, Meeting), picked from the list, by ID, or by its title',
	});

export const TASK_STATUS_OPTIONS = [
	{ name: 'Incomplete', value: 0 },
	{ name: 'Complete', value: 1 },
];

/** preSend for create: what the task is on (`relid` + `ownerType`), its type and assignee. */
export async function taskRelations(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const kind = this.getNodeParameter('attachTo', 'contact') as string;
	const relation = RELATION_TYPES[kind];
	const relid = await resolveRecordId(this, attachedRecordParameter('task', kind), relation.kind);
	const dealTasktype = await resolveRecordId(this, 'taskType', RECORD_KINDS.taskType);
	const assignee = await optionalRecordId(this, 'taskAdditionalFields.assignee', RECORD_KINDS.user);
	setBody(requestOptions, 'dealTask', { relid, ownerType: relation.ownerType, dealTasktype, assignee });
	return requestOptions;
}

/** preSend for update: type and assignee given by name. */
export async function taskUpdateRelations(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const dealTasktype = await optionalRecordId(this, 'taskUpdateFields.taskType', RECORD_KINDS.taskType);
	const assignee = await optionalRecordId(this, 'taskUpdateFields.assignee', RECORD_KINDS.user);
	setBody(requestOptions, 'dealTask', { dealTasktype, assignee });
	return requestOptions;
}
