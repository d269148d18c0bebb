/** Fault injection: the next matching request(s) get a canned answer (or a reset connection). */
import type { Fault } from './types';

interface ActiveFault extends Fault {
	remaining: number;
}

export class FaultInjector {
	private faults: ActiveFault[] = [];

	add(f: Fault): void {
		if (typeof f.status !== 'number' && !f.resetConnection) throw new Error('Fault needs a numeric status (or resetConnection)');
		this.faults.push({ ...f, remaining: f.times ?? 1 });
	}

	/** Take (consume one use of) the first fault matching this request. */
	take(method: string, path: string): Fault | undefined {
		const i = this.faults.findIndex(
			(f) =>
				(!f.method || f.method.toUpperCase() === method.toUpperCase()) &&
				(typeof f.path === 'string' ? f.path === path : f.path.test(path)),
		);
		if (i < 0) return undefined;
		const f = this.faults[i];
		f.remaining -= 1;
		if (f.remaining <= 0) this.faults.splice(i, 1);
		return f;
	}

	list(): Fault[] {
		return this.faults.map((f) => ({ ...f }));
	}

	clear(): void {
		this.faults = [];
	}
}
