/** Vite bundles a feature's stylesheet when a module imports it (import './claims.css'). */
declare module '*.css';
