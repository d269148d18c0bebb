import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { RECORD_KINDS } from '../../shared/records/kinds';

/** An outcome picker (Task Outcome > Get, Task > Complete's Outcome option). */
export const taskOutcomeLocator = (name: string, displayName: string, required: boolean, description: string): INodeProperties =>
	recordLocator({ name, displayName, kind: RECORD_KINDS.taskOutcome, byText: 'name', required, description });

/** The outcome picker of Task Outcome > Get. */
export const taskOutcomeSharedFields: INodeProperties[] = [
	{
		...taskOutcomeLocator('taskOutcome', 'Task Outcome', true, 'The task outcome, picked from the list, by ID, or by its title'),
		displayOptions: showFor('taskOutcome', ['get']),
	},
];

/** preSend: the picked outcome's ID into `/taskOutcomes/{taskOutcome}`. */
export const taskOutcomeId = resolveIds([{ parameter: 'taskOutcome', kind: RECORD_KINDS.taskOutcome }], '/taskOutcomes/{taskOutcome}');
