import { Workflow, type INode } from 'n8n-workflow';

import { API_BASE_URL_EXPRESSION, apiBaseUrl, normalizeApiOrigin } from '../../../nodes/ActiveCampaign/shared/transport/apiUrl';

const SHAPES: Array<[string, string]> = [
	['https://acct.api-us1.com', 'https://acct.api-us1.com'],
	['https://acct.api-us1.com/', 'https://acct.api-us1.com'],
	['https://acct.api-us1.com/api/3', 'https://acct.api-us1.com'],
	['https://acct.api-us1.com/api/3/', 'https://acct.api-us1.com'],
	['  https://acct.api-us1.com/api/3  ', 'https://acct.api-us1.com'],
	['acct.api-us1.com', 'https://acct.api-us1.com'],
	['https://acct.activehosted.com/app/contacts?x=1', 'https://acct.activehosted.com'],
	['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
	['HTTPS://ACCT.api-us1.com/API/3', 'HTTPS://ACCT.api-us1.com'],
];

function evaluateExpression(url: string): string {
	const node: INode = { id: '1', name: 'n', type: 't', typeVersion: 1, position: [0, 0], parameters: {} };
	const nodeTypes = { getByName: () => ({ description: { properties: [] } }), getByNameAndVersion: () => ({ description: { properties: [] } }), getKnownTypes: () => ({}) };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: nodeTypes as never });
	return String(
		workflow.expression.getSimpleParameterValue(node, API_BASE_URL_EXPRESSION, 'internal', { $credentials: { url } } as never, undefined, ''),
	);
}

describe('API URL normalisation', () => {
	it.each(SHAPES)('"%s" becomes origin %s', (input, origin) => {
		expect(normalizeApiOrigin(input)).toBe(origin);
		expect(apiBaseUrl(input)).toBe(`${origin}/api/3`);
	});

	it.each(SHAPES)('the n8n expression agrees with the code for "%s"', (input, origin) => {
		expect(evaluateExpression(input)).toBe(`${origin}/api/3`);
	});
});
