/**
 * A Frictionless Tabular Data Package describing the canonical CSVs, with Table Schemas
 * generated from the zod schemas' field metadata: types, constraints, keys and references.
 */
import {
  columnsOf,
  DATASET_NAMES,
  DATASETS,
  REFERENCED,
  type DatasetDefinition,
} from '../schemas/datasets.ts';
import type { FieldMeta } from '../schemas/fields.ts';

const TYPE: Record<FieldMeta['type'], string> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  date: 'date',
  year: 'year',
};

/** Frictionless anchors patterns itself; our JavaScript patterns carry ^ and $. */
const unanchored = (pattern: string) => pattern.replace(/^\^/, '').replace(/\$$/, '');

function field(name: string, meta: FieldMeta) {
  const constraints: Record<string, unknown> = {};
  if (meta.required) constraints.required = true;
  if (meta.enum) constraints.enum = [...meta.enum];
  if (meta.minimum !== undefined && meta.type !== 'year') constraints.minimum = meta.minimum;
  if (meta.maximum !== undefined && meta.type !== 'year') constraints.maximum = meta.maximum;
  if (meta.pattern && meta.pattern !== '^https?://') constraints.pattern = unanchored(meta.pattern);
  if (meta.maxLength !== undefined) constraints.maxLength = meta.maxLength;
  return {
    name,
    type: TYPE[meta.type],
    ...(meta.type === 'date' ? { format: 'default' } : {}),
    description: meta.description,
    ...(meta.unit ? { unit: meta.unit } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** One foreign key per referencing column; Frictionless names the resource itself "". */
function foreignKeys(dataset: DatasetDefinition) {
  return columnsOf(dataset).flatMap(({ name, meta }) => {
    if (!meta.references) return [];
    const target = REFERENCED[meta.references];
    const resource = target.dataset === dataset.name ? '' : target.dataset;
    return [{ fields: name, reference: { resource, fields: target.column } }];
  });
}

export interface PackageInfo {
  name: string;
  title: string;
  version: string;
  homepage?: string;
  /** Frictionless `hash` of each dataset's file, e.g. `sha256:…`, by dataset name. */
  hashes?: Partial<Record<string, string>>;
}

export function dataPackage(info: PackageInfo) {
  return {
    profile: 'tabular-data-package',
    name: info.name,
    title: info.title,
    version: info.version,
    ...(info.homepage ? { homepage: info.homepage } : {}),
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    resources: DATASET_NAMES.map((name) => {
      const dataset = DATASETS[name] as DatasetDefinition;
      const columns = columnsOf(dataset);
      const required = new Set(columns.filter((c) => c.meta.required).map((c) => c.name));
      // A key column that may be empty cannot be part of a Frictionless primary key.
      const primaryKey = dataset.key.every((k) => required.has(k)) ? [...dataset.key] : undefined;
      const keys = foreignKeys(dataset);
      return {
        name,
        path: `data/${dataset.file}`,
        profile: 'tabular-data-resource',
        title: dataset.title.en,
        description: dataset.description.en,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        // Stated, not sniffed: a reader that guesses may take the apostrophes in a note for the
        // quote character or a space for the delimiter.
        dialect: {
          delimiter: ',',
          quoteChar: '"',
          doubleQuote: true,
          lineTerminator: '\n',
          header: true,
          skipInitialSpace: false,
        },
        ...(info.hashes?.[name] ? { hash: info.hashes[name] } : {}),
        schema: {
          fields: columns.map((c) => field(c.name, c.meta)),
          missingValues: [''],
          ...(primaryKey ? { primaryKey } : {}),
          // The profile wants at least one foreign key where the property is given at all.
          ...(keys.length ? { foreignKeys: keys } : {}),
        },
      };
    }),
  };
}
