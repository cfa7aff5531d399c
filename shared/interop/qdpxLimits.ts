/** The largest .qdpx Dossier takes (browser mode sends it base64 in one request of at most 100 MB). */
export const MAX_QDPX_BYTES = 64 * 1024 * 1024;
