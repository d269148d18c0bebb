import { dealCustomFieldsParameter, setDealCustomFields } from '../../shared/customFields/deal';
import type { OperationDefinition } from '../../shared/descriptions';
import { userLocator } from '../../shared/locators/property';
import { dealFieldTitles } from '../../shared/output/fieldTitles';
import { singleRoute } from '../../shared/routing/routes';
import { accountLocator } from '../account/shared';
import { pipelineLocator } from '../pipeline/shared';
import { stageLocator } from '../stage/shared';
import { contactLocator, dealRelations, dealSettingFields as settings, oneDeal } from './shared';

export const create: OperationDefinition = {
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a deal',
		description: 'Create a deal in a pipeline, with its value as an amount (e.g. 1500.50) and a contact or account',
		routing: singleRoute(
			{ method: 'POST', url: '/deals' },
			{ preSend: [dealRelations('create'), setDealCustomFields('dealCustomFields'), dealFieldTitles('dealCustomFields')], postReceive: oneDeal },
		),
	},
	fields: [
		{ ...settings.title, name: 'dealTitle', required: true, placeholder: 'e.g. Website redesign' },
		contactLocator('dealContact', false, "The deal's primary contact, by ID or email. A deal needs a contact or an account."),
		{
			...settings.value,
			required: true,
			description: "The deal's value as an amount in its currency, e.g. 1500.50 (sent to ActiveCampaign in cents)",
		},
		{ ...settings.currency, description: "The deal's currency" },
		pipelineLocator('dealPipeline'),
		stageLocator('dealStage', false, "A stage of the chosen pipeline; when empty, the pipeline's first stage"),
		{
			displayName: 'Additional Fields',
			name: 'dealAdditionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ ...accountLocator, required: false },
				settings.description,
				userLocator('owner', 'Owner', "The user who owns the deal, by username, email or full name. Required unless the pipeline assigns owners automatically."),
				{ ...settings.percent, description: 'The chance of winning the deal, 0-100' },
				settings.status,
			],
		},
		{ ...dealCustomFieldsParameter(), name: 'dealCustomFields' },
	],
	simplify: true,
};
