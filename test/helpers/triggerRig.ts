/**
 * Drives the trigger nodes the way n8n's WebhookService / ActiveWorkflows do, with n8n-core's real contexts
 * (HookContext, WebhookContext, PollContext): requests go through helpers.httpRequestWithAuthentication and
 * the test credentials helper to the sandbox over real HTTP.
 */
import { HookContext, LoadOptionsContext, PollContext, WebhookContext } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type IDataObject,
	type INode,
	type INodeParameters,
	type INodeType,
	type IWebhookData,
	type IWebhookResponseData,
	type WorkflowActivateMode,
	type WorkflowExecuteMode,
	type INodeExecutionData,
} from 'n8n-workflow';

import { buildAdditionalData } from './runNode';

export const WEBHOOK_BASE = 'http://127.0.0.1:5678/webhook';
export const WEBHOOK_TEST_BASE = 'http://127.0.0.1:5678/webhook-test';

export interface FakeResponse {
	statusCode?: number;
	body?: unknown;
	status(code: number): FakeResponse;
	json(body: unknown): FakeResponse;
	send(body: unknown): FakeResponse;
	end(): FakeResponse;
}

function fakeResponse(): FakeResponse {
	const res: FakeResponse = {
		status(code) {
			res.statusCode = code;
			return res;
		},
		json(body) {
			res.body = body;
			return res;
		},
		send(body) {
			res.body = body;
			return res;
		},
		end() {
			return res;
		},
	};
	return res;
}

export interface WebhookCall {
	response: IWebhookResponseData;
	/** What the node wrote itself through getResponseObject() (401/400), if anything. */
	res: FakeResponse;
	/** Emitted items' JSON (empty when the call did not start the workflow). */
	items: IDataObject[];
	/** Status n8n would answer with: the node's own, else 200 (responseMode onReceived). */
	status: number;
}

export interface TriggerRig {
	node: INode;
	workflow: Workflow;
	/** The node's static data as n8n would persist it (a JSON copy). */
	persisted(): IDataObject;
	activate(activation?: WorkflowActivateMode): Promise<void>;
	deactivate(): Promise<void>;
	checkExists(): Promise<boolean>;
	call(body: unknown, query?: IDataObject): Promise<WebhookCall>;
	poll(mode?: WorkflowExecuteMode): Promise<INodeExecutionData[][] | null>;
	/** A real ILoadOptionsFunctions for this node (methods.loadOptions / listSearch). */
	loadOptionsContext(): LoadOptionsContext;
	url(): string;
}

export interface RigOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	credentials: { url: string; apiToken: string };
	/** Static data from a previous run (a "restart"): a JSON copy is used. */
	staticData?: IDataObject;
	workflowName?: string;
	webhookId?: string;
	isTest?: boolean;
	nodeName?: string;
	/** n8n's production webhook base URL (default WEBHOOK_BASE). */
	webhookBase?: string;
}

/** A workflow with one trigger node, as n8n builds it when (re)activating. */
export function rig(options: RigOptions): TriggerRig {
	const { nodeType } = options;
	const node: INode = {
		id: 'trigger-node',
		name: options.nodeName ?? 'Trigger',
		type: `n8n-nodes-activecampaign.${nodeType.description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { activeCampaignTokenApi: { id: '1', name: 'ActiveCampaign account' } },
		webhookId: options.webhookId ?? '6f1c3c0e-1d2b-4c55-9a77-trigger000001',
	};
	node.parameters =
		NodeHelpers.getNodeParameters(nodeType.description.properties, options.parameters, true, false, node, nodeType.description) ??
		options.parameters;
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	};
	const staticData = options.staticData ? (JSON.parse(JSON.stringify(options.staticData)) as IDataObject) : {};
	const workflow = new Workflow({
		id: 'wf-trigger',
		name: options.workflowName ?? 'Lead sync',
		nodes: [node],
		connections: {},
		nodeTypes: nodeTypes as never,
		active: true,
		staticData,
	});
	const additionalData = buildAdditionalData(options.credentials, node) as unknown as Record<string, unknown>;
	additionalData.webhookBaseUrl = options.webhookBase ?? WEBHOOK_BASE;
	additionalData.webhookTestBaseUrl = WEBHOOK_TEST_BASE;
	const mode: WorkflowExecuteMode = options.isTest ? 'manual' : 'trigger';
	const description = nodeType.description.webhooks?.[0];
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: description?.path ?? 'webhook',
		webhookDescription: description,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		webhookId: node.webhookId,
		isTest: options.isTest === true,
	} as unknown as IWebhookData;

	const hookContext = (activation: WorkflowActivateMode) =>
		new HookContext(workflow, node, additionalData as never, mode, activation, webhookData);
	const methods = () => {
		const defaults = nodeType.webhookMethods?.default;
		if (!defaults) throw new Error('node has no webhook methods');
		return defaults;
	};

	const result: TriggerRig = {
		node,
		workflow,
		persisted: () => JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject,
		async activate(activation = 'activate') {
			const ctx = hookContext(activation);
			const exists = await methods().checkExists.call(ctx);
			if (!exists) await methods().create.call(ctx);
		},
		async deactivate() {
			await methods().delete.call(hookContext('update'));
		},
		async checkExists() {
			return await methods().checkExists.call(hookContext('activate'));
		},
		url() {
			return hookContext('activate').getNodeWebhookUrl('default') as string;
		},
		async call(body, query = {}) {
			const res = fakeResponse();
			const data = {
				...additionalData,
				httpRequest: { body, query, headers: {}, params: {} },
				httpResponse: res,
			};
			const ctx = new WebhookContext(workflow, node, data as never, mode, webhookData, [], null);
			if (!nodeType.webhook) throw new Error('node has no webhook()');
			const response = await nodeType.webhook.call(ctx);
			const items = (response.workflowData?.[0] ?? []).map((item) => item.json);
			const status = response.noWebhookResponse ? (res.statusCode ?? 200) : 200;
			return { response, res, items, status };
		},
		loadOptionsContext() {
			return new LoadOptionsContext(workflow, node, additionalData as never, 'events');
		},
		async poll(pollMode = 'trigger') {
			const ctx = new PollContext(workflow, node, additionalData as never, pollMode, 'activate');
			if (!nodeType.poll) throw new Error('node has no poll()');
			return await nodeType.poll.call(ctx);
		},
	};
	return result;
}
