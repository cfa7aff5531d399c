import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { repoRoot } from '../../helpers/testWorkbench';

const xsdPath = path.join(repoRoot, 'tests/fixtures/refi-qda/Project-mrt2019.xsd');

/** xmllint's verdict on a project.qde against the published REFI-QDA project schema (offline, in WebAssembly). */
export async function validateProjectXml(xml: string | Uint8Array) {
  return validateXML({
    xml: { fileName: 'project.qde', contents: xml },
    schema: { fileName: 'Project-mrt2019.xsd', contents: fs.readFileSync(xsdPath, 'utf8') },
  });
}
