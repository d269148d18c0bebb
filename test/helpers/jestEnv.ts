import path from 'node:path';

// n8n-core writes its settings file under the user folder on first use; keep it inside the project.
process.env.N8N_USER_FOLDER ??= path.resolve(__dirname, '..', '..', '.dev', 'unit-tests-n8n');
