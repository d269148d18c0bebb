import type { INodeExecutionData, INodeParameters, INodeType, INode } from 'n8n-workflow';

import { ActiveCampaign } from '../../nodes/ActiveCampaign/ActiveCampaign.node';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';
import { EVENT_TRACKING_ACCOUNT_ID, EVENT_TRACKING_KEY, TRACKCMP_PREFIX } from '../../sandbox/resources/eventTracking';
import { runNode, type RunNodeResult, type SandboxCredentials } from './runNode';

export interface SandboxHarness {
	/** The running sandbox (available inside tests, after beforeAll). */
	readonly sandbox: Sandbox;
	/** The credential: API URL and token, and the event-tracking fields with the tracking URL at the sandbox. */
	readonly credentials: SandboxCredentials;
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
			return {
				url: harness.sandbox.url,
				apiToken: harness.sandbox.token,
				eventTrackingAccountId: EVENT_TRACKING_ACCOUNT_ID,
				eventTrackingSecretKey: EVENT_TRACKING_KEY,
				eventTrackingUrl: `${harness.sandbox.url}${TRACKCMP_PREFIX}`,
			};
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
