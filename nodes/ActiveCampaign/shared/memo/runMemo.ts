import type { IExecuteSingleFunctions } from 'n8n-workflow';

/**
 * RoutingNode runs every input item of a node run at once, each with its own context; the only object they
 * all share is the run's array of input items. It identifies the node run.
 */
export function nodeRunKey(context: object): unknown[] | undefined {
	const getExecuteData = (context as Partial<IExecuteSingleFunctions>).getExecuteData;
	if (typeof getExecuteData !== 'function') return undefined;
	const inputItems = getExecuteData.call(context)?.data?.main?.[0];
	return Array.isArray(inputItems) ? inputItems : undefined;
}

const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Computes a value once per node run and shares it with every item: a tag looked up by name for 200 items is
 * one request, and a missing tag that items may create is created once, not once per item.
 * A failure is not kept, so a later item tries again.
 */
export async function oncePerRun<T>(context: object, key: string, compute: () => Promise<T>): Promise<T> {
	const run = nodeRunKey(context);
	if (!run) return await compute();
	let memo = memos.get(run);
	if (!memo) {
		memo = new Map();
		memos.set(run, memo);
	}
	let pending = memo.get(key) as Promise<T> | undefined;
	if (!pending) {
		pending = compute();
		memo.set(key, pending);
		const runMemo = memo;
		pending.catch(() => runMemo.delete(key));
	}
	return await pending;
}
