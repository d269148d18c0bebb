/**
 * One node run through n8n-core's WorkflowExecute, for any node type and credential type: the same
 * in-process path as test/helpers/runNode.ts (declarative nodes go through RoutingNode, programmatic ones
 * through their execute()), so this package and n8n's built-in node are measured the same way.
 */
import { DirectoryLoader, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { TestCredentialsHelper } from '../test/helpers/runNode';

export interface BenchRunOptions {
	nodeType: INodeType;
	/** e.g. 'n8n-nodes-activecampaign' or 'n8n-nodes-base' */
	packageName: string;
	credentialType: ICredentialType;
	credentials: ICredentialDataDecryptedObject;
	parameters: INodeParameters;
	input: INodeExecutionData[];
	settings?: Partial<INode>;
}

export interface BenchRunResult {
	items: INodeExecutionData[];
	error?: IDataObject;
}

const prepared = new WeakSet<INodeType>();

export async function runBenchNode(options: BenchRunOptions): Promise<BenchRunResult> {
	if (!options.nodeType.execute && !prepared.has(options.nodeType)) {
		DirectoryLoader.applyDeclarativeNodeOptionParameters(options.nodeType);
		prepared.add(options.nodeType);
	}
	const node: INode = {
		id: '1',
		name: 'ActiveCampaign',
		type: `${options.packageName}.${options.nodeType.description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { [options.credentialType.name]: { id: '1', name: 'ActiveCampaign account' } },
		...options.settings,
	};
	const nodeTypes = {
		getByName: () => options.nodeType,
		getByNameAndVersion: () => options.nodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ id: 'wf', nodes: [node], connections: {}, nodeTypes: nodeTypes as never, active: false });
	const additionalData = {
		hooks: new ExecutionLifecycleHooks('manual', '1', { id: 'wf', nodes: [node], connections: {} } as never),
		credentialsHelper: new TestCredentialsHelper(
			{ [options.credentialType.name]: options.credentialType },
			{ [options.credentialType.name]: options.credentials },
		),
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
	} as unknown as IWorkflowExecuteAdditionalData;
	const runExecutionData = createRunExecutionData({
		executionData: { nodeExecutionStack: [{ node, data: { main: [options.input] }, source: null }] },
	});
	const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	const task = run.data.resultData.runData[node.name]?.[0];
	return {
		items: task?.data?.main?.[0] ?? [],
		error: (run.data.resultData.error ?? task?.error) as IDataObject | undefined,
	};
}
