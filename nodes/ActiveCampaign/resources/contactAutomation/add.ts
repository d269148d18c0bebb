import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { automationLocator } from '../automation/shared';
import { contactLocator } from '../deal/shared';

export const contactAutomationAddFields: INodeProperties[] = [
	{ ...contactLocator('contactAutomationContact'), displayOptions: showFor('contactAutomation', ['add', 'remove', 'getAll']) },
	{ ...automationLocator, name: 'contactAutomationAutomation', displayOptions: showFor('contactAutomation', ['add', 'remove']) },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor('contactAutomation', ['add']),
		options: [
			{
				displayName: 'Enrol Again If Already In It',
				name: 'enrolAgain',
				type: 'boolean',
				default: false,
				description:
					'Whether to enrol the contact even when they are already in the automation. Off (default): the existing enrolment is returned with alreadyEnrolled: true.',
			},
		],
	},
];
