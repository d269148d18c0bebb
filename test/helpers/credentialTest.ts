import { ExecuteContext, RoutingNode } from 'n8n-core';
import {
	createEmptyRunExecutionData,
	Workflow,
	type ICredentialsDecrypted,
	type INode,
	type INodeType,
} from 'n8n-workflow';

import { ActiveCampaignTokenApi } from '../../credentials/ActiveCampaignTokenApi.credentials';
import { buildAdditionalData } from './runNode';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

interface LiveError {
	message: string;
	cause?: { code?: string; response?: { status: number; statusText?: string } };
}

/**
 * Runs the credential's `test` the way n8n's CredentialsTester.runRequestTest does (n8n 2.40): the test
 * request becomes the routing of a temporary node run by RoutingNode, then the rules are applied to the
 * failure's status code or to the successful body.
 */
export async function testCredential(credentials: { url: string; apiToken: string }): Promise<CredentialTestResult> {
	const credentialType = new ActiveCampaignTokenApi();
	const testRequest = credentialType.test;
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'credentialTest',
		typeVersion: 1,
		position: [0, 0],
		parameters: { temp: '' },
		credentials: { [credentialType.name]: { id: '1', name: 'test' } },
	};
	const nodeType = {
		description: {
			displayName: 'Temp',
			name: 'credentialTest',
			group: [],
			version: 1,
			description: '',
			defaults: {},
			inputs: [],
			outputs: [],
			credentials: [{ name: credentialType.name, required: true }],
			properties: [
				{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: testRequest.request } },
			],
		},
	} as unknown as INodeType;
	const nodeTypes = { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: nodeTypes as never });
	const additionalData = buildAdditionalData(credentials, node);
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createEmptyRunExecutionData(),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const decrypted: ICredentialsDecrypted = { id: '1', name: 'test', type: credentialType.name, data: credentials };
	const rules = (testRequest.rules ?? []) as Array<{ type: string; properties: { value?: unknown; key?: string; message: string } }>;
	let response;
	try {
		response = await new RoutingNode(context, nodeType, decrypted).runNode();
	} catch (caught) {
		const error = caught as LiveError;
		if (error.cause?.response) {
			const { status, statusText } = error.cause.response;
			const rule = rules.find((entry) => entry.type === 'responseCode' && entry.properties.value === status);
			if (rule) return { status: 'Error', message: rule.properties.message };
			return { status: 'Error', message: statusText || `Received HTTP status code: ${status}` };
		}
		if (error.cause?.code) return { status: 'Error', message: error.cause.code };
		return { status: 'Error', message: String(error.message) };
	}
	const body = response?.[0]?.[0]?.json as Record<string, unknown> | undefined;
	for (const rule of rules.filter((entry) => entry.type === 'responseSuccessBody')) {
		const value = (rule.properties.key ?? '').split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], body);
		if (value === rule.properties.value) return { status: 'Error', message: rule.properties.message };
	}
	return { status: 'OK', message: 'Connection successful!' };
}
