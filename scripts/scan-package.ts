/**
 * Runs n8n's community package scanner on the local `npm pack` tarball and on the source, the two legs
 * `npx @n8n/scan-community-package` runs on a published package (CONVENTIONS.md 8.3), without publishing.
 * Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface ScanResult {
	passed: boolean;
	message?: string;
	details?: string;
}

async function main(): Promise<void> {
	const { analyzePackage, SOURCE_FILE_PATTERNS } = (await import(
		'@n8n/scan-community-package/scanner/scanner.mjs' as string
	)) as {
		analyzePackage: (dir: string, patterns: string[]) => Promise<ScanResult>;
		SOURCE_FILE_PATTERNS: string[];
	};
	const root = path.resolve(__dirname, '..');
	const work = mkdtempSync(path.join(tmpdir(), 'ac-scan-'));
	try {
		const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root })
			.toString()
			.trim()
			.split('\n')
			.pop() as string;
		const unpacked = path.join(work, 'unpacked');
		execFileSync('mkdir', ['-p', unpacked]);
		execFileSync('tar', ['xzf', path.join(work, tarball), '-C', unpacked, '--strip-components=1']);

		const legs: Array<[string, Promise<ScanResult>]> = [
			['tarball', analyzePackage(unpacked, ['**/*.js', 'package.json'])],
			['source', analyzePackage(root, SOURCE_FILE_PATTERNS)],
		];
		let failed = false;
		for (const [leg, pending] of legs) {
			const result = await pending;
			console.log(`scan ${leg} leg (${tarball}): ${result.passed ? 'PASS' : 'FAIL'}${result.message ? ` - ${result.message}` : ''}`);
			if (result.details) console.log(result.details);
			if (!result.passed) failed = true;
		}
		process.exitCode = failed ? 1 : 0;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
