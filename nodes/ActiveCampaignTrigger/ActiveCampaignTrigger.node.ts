import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../ActiveCampaign/shared/transport/apiUrl';
import { findRecordByName, locatorText, readLocator } from '../ActiveCampaign/shared/locators/read';
import { searchRecords } from '../ActiveCampaign/shared/locators/search';
import { RECORD_KINDS } from '../ActiveCampaign/shared/records/kinds';
import { AUTOMATION_MODE, EVENTS_MODE, automationProperties, automationSecretProblem, receiveAutomationCall, triggerMode } from './automationMode';
import { isDuplicate } from './dedupe';
import { enrichItem } from './enrich';
import { ALL_SOURCES, getEvents, SOURCE_OPTIONS } from './events';
import { dealFilterRejection, hasDealFilters, rememberDeal, type DealFilters, type DealMemory } from './filters';
import { PayloadError, parseEvent } from './payload';
import { primeDealMemory } from './priming';
import { firstQueryValue, newSecret, secretsMatch, withSecret } from './secret';
import {
	createWebhook,
	deleteWebhook,
	differences,
	getWebhook,
	listWebhooks,
	pointingAt,
	registeredSecrets,
	type WebhookSpec,
} from './webhookApi';

const DEFAULT_DUPLICATE_WINDOW_SECONDS = 60;
const TEST_SECRET_CACHE_MS = 60_000;
/** Secrets read back from ActiveCampaign for test webhooks (which run without static data). */
const testSecrets = new Map<string, { until: number; secrets: string[] }>();

interface TriggerOptions {
	duplicateWindow?: number;
	enrich?: boolean;
	includeRaw?: boolean;
}

interface NodeState extends IDataObject {
	webhookId?: string;
	secret?: string;
	deals?: DealMemory;
}

type Context = IHookFunctions | IWebhookFunctions;

function state(context: Context): NodeState {
	return context.getWorkflowStaticData('node') as NodeState;
}

function webhookName(context: Context): string {
	const workflow = context.getWorkflow();
	const name = workflow.name?.trim() || `workflow ${workflow.id ?? ''}`.trim();
	return `n8n: ${name}`.slice(0, 100);
}

async function listScope(context: Context): Promise<string | undefined> {
	const raw = context.getNodeParameter('list', '');
	if (locatorText(raw).value === '0') return undefined;
	const reading = readLocator(context, raw, RECORD_KINDS.list);
	if (reading.empty) return undefined;
	if ('id' in reading) return reading.id;
	const list = await findRecordByName(context, RECORD_KINDS.list, reading.name);
	if (!list) {
		throw new NodeOperationError(context.getNode(), `No list named "${reading.name}" exists in ActiveCampaign`, {
			description: 'Check the spelling in "List", pick the list from the list, or leave it empty for all lists.',
		});
	}
	return String(list.id);
}

/** The webhook this node wants, with the secret it currently holds. */
async function wantedWebhook(context: IHookFunctions, secret: string): Promise<WebhookSpec> {
	const base = context.getNodeWebhookUrl('default') as string;
	const sources = context.getNodeParameter('sources', ALL_SOURCES) as string[];
	return {
		name: webhookName(context),
		url: withSecret(base, secret),
		events: context.getNodeParameter('events', []) as string[],
		sources: sources.length ? sources : ALL_SOURCES,
		listid: (await listScope(context)) ?? '0',
	};
}

function dealFilters(context: Context): DealFilters {
	return context.getNodeParameter('dealFilters', {}) as DealFilters;
}

/** The node-specific end of the webhook path, the same for production and test URLs. */
function nodePathSuffix(context: IWebhookFunctions): string {
	const node = context.getNode();
	if (node.webhookId) return `/${node.webhookId}/webhook`;
	const path = String(context.getNodeWebhookUrl('default') ?? '').replace(/[?#].*$/, '');
	return '/' + path.split('/').slice(-3).join('/');
}

async function secretAccepted(context: IWebhookFunctions, given: string | undefined): Promise<boolean> {
	const stored = state(context).secret;
	if (stored) return secretsMatch(given, stored);
	if (!given) return false;
	// Test webhooks ("Listen for test event") run on a copy of the workflow without the static data written
	// at registration: read the secrets registered for this node back from ActiveCampaign.
	const suffix = nodePathSuffix(context);
	let cached = testSecrets.get(suffix);
	if (!cached || cached.until < Date.now() || !cached.secrets.some((secret) => secretsMatch(given, secret))) {
		try {
			cached = { until: Date.now() + TEST_SECRET_CACHE_MS, secrets: await registeredSecrets(context, suffix) };
			testSecrets.set(suffix, cached);
		} catch (error) {
			context.logger.warn(
				`ActiveCampaign Trigger: could not check the webhook secret against ActiveCampaign: ${(error as Error).message}`,
			);
			return false;
		}
	}
	return cached.secrets.some((secret) => secretsMatch(given, secret));
}

/**
 * A node switched from "Events" to "From an automation" may still have its webhook registered: remove it, so
 * ActiveCampaign stops posting events that would now be refused. True when none is left.
 */
async function removeLeftoverWebhook(context: IHookFunctions): Promise<boolean> {
	const data = state(context);
	if (!data.webhookId) return true;
	try {
		await deleteWebhook(context, data.webhookId);
	} catch (error) {
		context.logger.warn(
			`ActiveCampaign Trigger: could not delete webhook ${data.webhookId} registered before this node was switched to "From an automation's Webhook action"; delete it in ActiveCampaign (Settings > Developer > Webhooks): ${(error as Error).message}`,
		);
		return false;
	}
	delete data.webhookId;
	delete data.secret;
	delete data.deals;
	return true;
}

function reject(context: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	const response = context.getResponseObject();
	response.status(status).json(body);
	return { noWebhookResponse: true };
}

export class ActiveCampaignTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ActiveCampaign (Community) Trigger',
		name: 'activeCampaignTrigger',
		icon: { light: 'file:../../icons/activecampaign.svg', dark: 'file:../../icons/activecampaign.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: `={{$parameter["mode"] === "${AUTOMATION_MODE}" ? "From an automation's Webhook action" : $parameter["events"].join(", ")}}`,
		// n8n's node list merges this trigger into the action node of the same name and shows this description for
		// both, so it speaks of both.
		description: 'Work with ActiveCampaign contacts, deals, lists, tags and more, or start a workflow when ActiveCampaign events happen',
		defaults: { name: 'ActiveCampaign Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Trigger On',
				name: 'mode',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						// n8n's node list turns these names into "On ..." actions: "On ActiveCampaign events".
						name: 'ActiveCampaign Events',
						value: EVENTS_MODE,
						description: 'On activation the node registers a webhook for the chosen events in ActiveCampaign',
					},
					{
						name: 'Automation Webhook Step',
						value: AUTOMATION_MODE,
						description:
							"Paste this node's URL into a Webhook step of an ActiveCampaign automation; nothing is registered",
					},
				],
				default: EVENTS_MODE,
			},
			...automationProperties,
			{
				displayName: 'Event Names or IDs',
				name: 'events',
				displayOptions: { show: { mode: [EVENTS_MODE] } },
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getEvents' },
				default: [],
				required: true,
				description:
					'The events that start the workflow. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Sources',
				name: 'sources',
				displayOptions: { show: { mode: [EVENTS_MODE] } },
				type: 'multiOptions',
				options: SOURCE_OPTIONS,
				default: ['public', 'admin', 'api', 'system'],
				description: 'Who caused the event. ActiveCampaign only sends events from the chosen sources.',
			},
			{
				displayName: 'List',
				name: 'list',
				displayOptions: { show: { mode: [EVENTS_MODE] } },
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				description:
					'Optional. Only events on this list fire. It has no effect on deal, account and SMS events, contact notes, contact tasks, tag added/removed and list added: those fire for every list.',
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: 'searchLists', searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 3' },
					{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. Newsletter' },
				],
			},
			{
				displayName: 'Deal Update Filters',
				name: 'dealFilters',
				displayOptions: { show: { mode: [EVENTS_MODE], events: ['deal_update'] } },
				type: 'collection',
				placeholder: 'Add Filter',
				default: {},
				description: 'Only for "Deal Updated" events; other events are not filtered',
				options: [
					{
						displayName: 'From Stage',
						name: 'fromStage',
						type: 'string',
						default: '',
						placeholder: 'e.g. Proposal',
						description:
							'Only deals that left this stage (its name or ID). The previous stage is remembered from earlier events and from the deals in this stage when the workflow is activated.',
					},
					{
						displayName: 'Status Became',
						name: 'statusBecame',
						type: 'options',
						options: [
							{ name: 'Any', value: '' },
							{ name: 'Lost', value: 'lost' },
							{ name: 'Won', value: 'won' },
						],
						default: '',
						description: 'Only deals whose status just changed to this',
					},
					{
						displayName: 'To Stage',
						name: 'toStage',
						type: 'string',
						default: '',
						placeholder: 'e.g. Won',
						description: 'Only deals that moved into this stage (its name or ID)',
					},
				],
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Duplicate Window (Seconds)',
						name: 'duplicateWindow',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: DEFAULT_DUPLICATE_WINDOW_SECONDS,
						description:
							'ActiveCampaign may deliver an event twice. Identical deliveries within this many seconds start the workflow once. 0 turns this off.',
					},
					{
						displayName: 'Fetch Full Record',
						name: 'enrich',
						type: 'boolean',
						default: false,
						description:
							'Whether to read the full contact or deal from ActiveCampaign before starting: custom fields by title, tags, lists (uses API requests)',
					},
					{
						displayName: 'Include Raw Body',
						name: 'includeRaw',
						type: 'boolean',
						default: false,
						description: 'Whether to add the body exactly as received, under "raw"',
					},
				],
			},
		],
	};

	methods = {
		loadOptions: { getEvents },
		listSearch: { searchLists: searchRecords(RECORD_KINDS.list) },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				const data = state(this);
				// From an automation: nothing is registered. create() only runs to check the secret and to remove a
				// webhook this node registered before it was switched to this mode.
				if (triggerMode(this) === AUTOMATION_MODE) return !data.webhookId && !automationSecretProblem(this);
				if (!data.webhookId || !data.secret) return false;
				let registered;
				try {
					registered = await getWebhook(this, data.webhookId);
				} catch (error) {
					this.logger.error(
						`ActiveCampaign Trigger: could not check webhook ${data.webhookId}: ${(error as Error).message}`,
					);
					throw new NodeOperationError(this.getNode(), error as Error, {
						message: `Could not check the ActiveCampaign webhook: ${(error as Error).message}`,
					});
				}
				if (!registered) {
					this.logger.info(
						`ActiveCampaign Trigger: webhook ${data.webhookId} no longer exists in ActiveCampaign; registering it again`,
					);
					return false;
				}
				const reason = differences(registered, await wantedWebhook(this, data.secret));
				if (reason) {
					this.logger.info(`ActiveCampaign Trigger: webhook ${data.webhookId} is out of date (${reason}); registering it again`);
					return false;
				}
				return true;
			},

			async create(this: IHookFunctions): Promise<boolean> {
				const data = state(this);
				if (triggerMode(this) === AUTOMATION_MODE) {
					await removeLeftoverWebhook(this);
					const problem = automationSecretProblem(this);
					if (problem) throw new NodeOperationError(this.getNode(), problem.message, { description: problem.hint });
					return true;
				}
				const secret = newSecret();
				const wanted = await wantedWebhook(this, secret);
				if (wanted.events.length === 0) {
					throw new NodeOperationError(this.getNode(), 'Choose at least one event', {
						description: 'The ActiveCampaign Trigger needs at least one event in "Events".',
					});
				}
				// Exactly one webhook per node: remove the one registered before (a changed node) and any other
				// pointing at this URL (left over after a crash), then register the new one.
				const stale = new Set<string>(data.webhookId ? [data.webhookId] : []);
				try {
					for (const hook of pointingAt(await listWebhooks(this), wanted.url)) stale.add(hook.id);
				} catch (error) {
					this.logger.warn(
						`ActiveCampaign Trigger: could not list webhooks to remove stale ones: ${(error as Error).message}`,
					);
				}
				for (const id of stale) {
					try {
						const outcome = await deleteWebhook(this, id);
						this.logger.debug(`ActiveCampaign Trigger: stale webhook ${id} ${outcome}`);
					} catch (error) {
						this.logger.warn(
							`ActiveCampaign Trigger: could not delete the stale webhook ${id}: ${(error as Error).message}`,
						);
					}
				}
				delete data.webhookId;
				delete data.secret;
				let created;
				try {
					created = await createWebhook(this, wanted);
				} catch (error) {
					this.logger.error(`ActiveCampaign Trigger: could not register the webhook: ${(error as Error).message}`);
					throw new NodeOperationError(this.getNode(), error as Error, {
						message: `Could not register the ActiveCampaign webhook: ${(error as Error).message}`,
						description:
							'ActiveCampaign must be able to reach the n8n webhook URL; an HTTPS URL must use port 443.',
					});
				}
				data.webhookId = created.id;
				data.secret = secret;
				data.deals = {};
				const filters = dealFilters(this);
				if (filters.fromStage?.trim() && wanted.events.includes('deal_update')) {
					try {
						await primeDealMemory(this, filters.fromStage, data.deals);
					} catch (error) {
						this.logger.warn(
							`ActiveCampaign Trigger: could not read the deals in stage "${filters.fromStage}"; moves of deals not seen before will not match "From Stage": ${(error as Error).message}`,
						);
					}
				}
				return true;
			},

			async delete(this: IHookFunctions): Promise<boolean> {
				const data = state(this);
				if (triggerMode(this) === AUTOMATION_MODE) return await removeLeftoverWebhook(this);
				const ids = new Set<string>(data.webhookId ? [data.webhookId] : []);
				if (ids.size === 0) {
					// No static data (a test webhook, or it was lost): find ours by URL.
					try {
						const base = this.getNodeWebhookUrl('default') as string;
						for (const hook of pointingAt(await listWebhooks(this), base)) ids.add(hook.id);
					} catch (error) {
						this.logger.warn(
							`ActiveCampaign Trigger: could not list webhooks to find this node's webhook: ${(error as Error).message}`,
						);
					}
				}
				let allGone = true;
				for (const id of ids) {
					try {
						const outcome = await deleteWebhook(this, id);
						if (outcome === 'gone') this.logger.debug(`ActiveCampaign Trigger: webhook ${id} was already deleted`);
					} catch (error) {
						allGone = false;
						this.logger.error(
							`ActiveCampaign Trigger: could not delete webhook ${id}; delete it in ActiveCampaign (Settings > Developer > Webhooks): ${(error as Error).message}`,
						);
					}
				}
				if (allGone) {
					delete data.webhookId;
					delete data.secret;
					delete data.deals;
				}
				return allGone;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		if (triggerMode(this) === AUTOMATION_MODE) return await receiveAutomationCall(this);
		const given = firstQueryValue((this.getQueryData() as IDataObject)?.secret);
		if (!(await secretAccepted(this, given))) {
			this.logger.warn('ActiveCampaign Trigger: rejected a call without the right secret (401)');
			return reject(this, 401, { error: 'Unauthorized' });
		}

		const body = this.getBodyData() as unknown;
		let item: IDataObject;
		try {
			item = parseEvent(body).item;
		} catch (error) {
			const reason = error instanceof PayloadError ? error.message : `The body could not be read: ${(error as Error).message}`;
			this.logger.warn(`ActiveCampaign Trigger: ignored a call (400): ${reason}`);
			return reject(this, 400, { error: reason });
		}
		const event = String(item.event);

		const events = this.getNodeParameter('events', []) as string[];
		if (events.length > 0 && !events.includes(event)) {
			return { webhookResponse: { received: true, triggered: false, reason: `event "${event}" is not selected` } };
		}

		const options = this.getNodeParameter('options', {}) as TriggerOptions;
		const data = state(this);
		const window = options.duplicateWindow ?? DEFAULT_DUPLICATE_WINDOW_SECONDS;
		if (isDuplicate(data.webhookId ?? this.getNode().id, body, window)) {
			return { webhookResponse: { received: true, triggered: false, reason: 'duplicate delivery' } };
		}

		const filters = dealFilters(this);
		if (item.deal && hasDealFilters(filters)) {
			data.deals ??= {};
			const rejection = dealFilterRejection(item, filters, data.deals);
			rememberDeal(data.deals, item.deal as IDataObject);
			if (rejection) return { webhookResponse: { received: true, triggered: false, reason: rejection } };
		}

		if (options.enrich) {
			try {
				await enrichItem(this, item);
			} catch (error) {
				// The event is still worth delivering; say why it lacks the full record.
				item.enrichmentError = (error as Error).message;
				this.logger.warn(`ActiveCampaign Trigger: could not fetch the full record: ${(error as Error).message}`);
			}
		}
		if (options.includeRaw) item.raw = body as IDataObject;

		return {
			workflowData: [this.helpers.returnJsonArray([item])],
			webhookResponse: { received: true, triggered: true },
		};
	}
}
