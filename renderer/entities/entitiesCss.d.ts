/** Vite bundles the feature's stylesheet; TypeScript only needs to know the import is intended. */
declare module '*/entities.css';
