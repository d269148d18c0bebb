import { DirectoryLoader, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	ICredentialsHelper,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type IRun,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { ActiveCampaignTokenApi } from '../../credentials/ActiveCampaignTokenApi.credentials';

/** Resolves generic `authenticate` definitions the way n8n's CredentialsHelper does. */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly types: Record<string, ICredentialType>,
		private readonly data: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		request: IHttpRequestOptions,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const auth = this.types[typeName]?.authenticate;
		if (typeof auth === 'function') return await auth(credentials, request);
		if (!auth || auth.type !== 'generic' || !workflow || !node) return request;
		const resolve = (value: unknown) =>
			workflow.expression.getSimpleParameterValue(
				node,
				value as string,
				'internal',
				{ $credentials: credentials } as never,
				undefined,
				'',
			);
		const target = request as unknown as Record<string, IDataObject>;
		for (const [section, values] of Object.entries(auth.properties)) {
			const resolved = Object.fromEntries(
				Object.entries(values as IDataObject).map(([key, value]) => [key, resolve(value)]),
			);
			target[section] = { ...(target[section] ?? {}), ...resolved } as IDataObject;
		}
		return request;
	}

	async getDecrypted(_additionalData: unknown, _nodeCredentials: unknown, type: string) {
		return this.data[type] ?? {};
	}

	getParentTypes() {
		return [];
	}

	isCredentialUsableByNode() {
		return true;
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used in tests');
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties() {
		return [];
	}
}

/** The credential's data: API URL and token, and optional fields (event tracking). */
export type SandboxCredentials = { url: string; apiToken: string } & Record<string, string>;

export interface RunNodeOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	credentials: SandboxCredentials;
	input?: INodeExecutionData[];
	/** Node settings such as `{ onError: 'continueRegularOutput' }`. */
	settings?: Partial<INode>;
}

export interface RunNodeResult {
	run: IRun;
	items: INodeExecutionData[];
	json: IDataObject[];
	error?: IDataObject;
}

const credentialType = new ActiveCampaignTokenApi();
const prepared = new WeakSet<INodeType>();

/** What WorkflowExecute needs around a run: hooks, credentials and the waiting URLs expressions may build. */
export function buildAdditionalData(
	credentials: ICredentialDataDecryptedObject,
	node: INode,
): IWorkflowExecuteAdditionalData {
	const hooks = new ExecutionLifecycleHooks('manual', '1', { id: 'wf', nodes: [node], connections: {} } as never);
	return {
		hooks,
		credentialsHelper: new TestCredentialsHelper({ [credentialType.name]: credentialType }, { [credentialType.name]: credentials }),
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** Runs one node through n8n-core's WorkflowExecute -> RoutingNode, over real HTTP. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	if (!prepared.has(options.nodeType)) {
		DirectoryLoader.applyDeclarativeNodeOptionParameters(options.nodeType);
		prepared.add(options.nodeType);
	}
	const node: INode = {
		id: '1',
		name: 'ActiveCampaign',
		type: `n8n-nodes-activecampaign.${options.nodeType.description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { [credentialType.name]: { id: '1', name: 'ActiveCampaign account' } },
		...options.settings,
	};
	const nodeTypes = {
		getByName: () => options.nodeType,
		getByNameAndVersion: () => options.nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'wf',
		nodes: [node],
		connections: {},
		nodeTypes: nodeTypes as never,
		active: false,
	});
	const additionalData = buildAdditionalData(options.credentials, node);
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node, data: { main: [options.input ?? [{ json: {} }]] }, source: null }],
		},
	});
	const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(
		workflow,
	);
	const task = run.data.resultData.runData[node.name]?.[0];
	const items = task?.data?.main?.[0] ?? [];
	const error = (run.data.resultData.error ?? task?.error) as IDataObject | undefined;
	return { run, items, json: items.map((item) => item.json), error };
}
