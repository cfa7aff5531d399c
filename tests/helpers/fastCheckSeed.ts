import fc from 'fast-check';

// CI runs the properties on a fixed seed so that a landing never depends on luck;
// local runs explore new seeds (set FC_SEED to replay one that failed).
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261122 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
