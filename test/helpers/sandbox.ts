import type { INodeExecutionData, INodeParameters, INodeType, INode } from 'n8n-workflow';

import { ActiveCampaign } from '../../nodes/ActiveCampaign/ActiveCampaign.node';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';
import { runNode, type RunNodeResult } from './runNode';

export interface SandboxHarness {
	/** The running sandbox (available inside tests, after beforeAll). */
	readonly sandbox: Sandbox;
	readonly credentials: { url: string; apiToken: string };
	/** Runs the ActiveCampaign node (or another node type) against this sandbox. */
	run(
		parameters: INodeParameters,
		options?: { input?: INodeExecutionData[]; settings?: Partial<INode>; nodeType?: INodeType },
	): Promise<RunNodeResult>;
	/** Requests the sandbox received since the last `reset`/`clearRequests`. */
	clearRequests(): void;
}

/**
 * Starts one sandbox for the test file (rate limit off unless asked), resets it before each test.
 * Usage: `const ac = useSandbox();` at the top of a describe block.
 */
export function useSandbox(options: SandboxOptions = {}, { resetEachTest = true } = {}): SandboxHarness {
	let sandbox: Sandbox | undefined;
	const nodeType = new ActiveCampaign();
	beforeAll(async () => {
		sandbox = await startSandbox({ rateLimit: false, ...options });
	});
	afterAll(async () => {
		await sandbox?.close();
	});
	if (resetEachTest) {
		beforeEach(() => {
			sandbox?.reset({ seed: options.seed ?? true });
		});
	}
	const harness: SandboxHarness = {
		get sandbox() {
			if (!sandbox) throw new Error('sandbox not started: use it inside a test');
			return sandbox;
		},
		get credentials() {
			return { url: harness.sandbox.url, apiToken: harness.sandbox.token };
		},
		async run(parameters, runOptions = {}) {
			return await runNode({
				nodeType: runOptions.nodeType ?? nodeType,
				parameters,
				credentials: harness.credentials,
				input: runOptions.input,
				settings: runOptions.settings,
			});
		},
		clearRequests() {
			harness.sandbox.requests.length = 0;
		},
	};
	return harness;
}

export const continueOnFail: Partial<INode> = { onError: 'continueRegularOutput' };
