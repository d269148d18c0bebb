/** Fault injection: the next matching request(s) get a canned answer (or a reset connection). */
import type { Fault } from './types';

interface ActiveFault extends Fault {
	remaining: number;
}

export class FaultInjector {
	private faults: ActiveFault[] = [];

	add(fault: Fault): void {
		if (typeof fault.status !== 'number' && !fault.resetConnection) throw new Error('Fault needs a numeric status (or resetConnection)');
		this.faults.push({ ...fault, remaining: fault.times ?? 1 });
	}

	/** Take (consume one use of) the first fault matching this request. */
	take(method: string, path: string): Fault | undefined {
		const index = this.faults.findIndex(
			(fault) =>
				(!fault.method || fault.method.toUpperCase() === method.toUpperCase()) &&
				(typeof fault.path === 'string' ? fault.path === path : fault.path.test(path)),
		);
		if (index < 0) return undefined;
		const fault = this.faults[index];
		fault.remaining -= 1;
		if (fault.remaining <= 0) this.faults.splice(index, 1);
		return fault;
	}

	list(): Fault[] {
		return this.faults.map((fault) => ({ ...fault }));
	}

	clear(): void {
		this.faults = [];
	}
}
